"""``python -m loaders``: the command line, kept under the name the README and the guides use
(the commands live in ``cli/``)."""

import sys

from cli.main import main

sys.exit(main())
