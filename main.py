"""python main.py → the DealerDesk GUI (same as the `dealerdesk` command)."""
import sys

from dealerdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
