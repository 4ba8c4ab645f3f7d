"""``python -m diplorel`` runs the command line."""

import sys

from diplorel.cli import main

if __name__ == "__main__":
    sys.exit(main())
