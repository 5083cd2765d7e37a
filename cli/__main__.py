"""``python -m cli``: the same command line as ``python -m loaders``."""

import sys

from cli.main import main

sys.exit(main())
