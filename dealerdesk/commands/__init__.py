"""Sub-commands of feature areas. Each module defines `add_commands(subparsers)` and may use the helpers in
dealerdesk.cli (`open_store_for`, `actor_for`, `print_json`, `CliError`)."""
