"""Run Glossary Reader from a source checkout: ``python main.py [FILE]``."""

import gc
import sys

# Start-up allocates many objects that live as long as the app (modules, Qt's enums,
# the glossary) and little garbage: the collector's passes over them cost 50-80 ms
# before the first paint. It is off until the window has painted (desktop/app.py), or
# until a command other than the window starts (desktop/cli.py).
gc.disable()

from desktop.cli.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
