"""Readers that take the place of the boundary sandbox's own (``loaders.boundaries_sandbox.reader``).
The reading child imports them by name, so they live in a module of their own that imports almost
nothing: the child reaches them about as fast as it starts the real reader."""

from __future__ import annotations

import os
from pathlib import Path

PIDFILE_ENV = "DASHBOARD_TEST_BOUNDARY_SPIN_PIDFILE"


def never_returns(path, name, level, scheme):
    """A reader stuck for ever (in Python; a real one would be stuck in GDAL's C code), after
    writing the child's pid to the file named by $DASHBOARD_TEST_BOUNDARY_SPIN_PIDFILE."""
    Path(os.environ[PIDFILE_ENV]).write_text(str(os.getpid()))
    while True:
        pass
