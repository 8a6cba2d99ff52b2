"""`dealerdesk` command line: a thin argparse layer over the services (contract: docs/cli.md).

Errors are one line on stderr with exit 1, usage errors exit 2 (argparse), never a traceback. Commands never
wait for input when stdin is not a terminal.

common.py holds what every command shares (errors, opening the store, the acting user, JSON); one module per
area holds its commands (customers, sales, aftersales, reception, reporting, transfer, demo, maintenance,
gui); parser.py lists them all in one table, builds the argparse parser from it and runs `main`.
"""
from dealerdesk.cli.parser import COMMANDS, build_parser, main

__all__ = ["COMMANDS", "build_parser", "main"]
