"""Run Glossary Reader from a source checkout: ``python main.py [FILE]``."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
