"""Extension points on the stores' write paths.

Each hook is None unless something installs it (nothing in the product does), and is called at the
moment a write is complete but not yet visible to any reader: what runs there sees the write as
readers never will, and whatever it raises, or a process that dies there, must leave the store as
it was. That is the moment the tests stop a write at (a full disk, a process killed mid-commit),
by installing a hook, in their own process or in a child they start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass
class WriteHooks:
    # A dataset version (commit or rollback): inside its transaction, holding the dataset's lock,
    # after the version's rows are written; called with the dataset's name.
    before_commit: Callable[[str], None] | None = None
    # A boundary layer version: its features are stored, the version is not yet visible (the file
    # store's manifest not yet replaced, PostGIS's transaction not yet committed); called with the
    # level.
    before_boundary_publish: Callable[[str], None] | None = None


write_hooks = WriteHooks()
