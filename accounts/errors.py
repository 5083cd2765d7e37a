"""The error every account operation raises for a reason users can act on.
"""

from __future__ import annotations

from i18n.errors import LocalizedError


class AccountError(LocalizedError):
    """A refused account action (login, new user, password...)."""
