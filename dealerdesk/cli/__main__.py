import sys

from dealerdesk.cli import main

sys.exit(main())
