"""The error every account operation raises for a reason users can act on.
"""

from __future__ import annotations

from domain.text import visible
from i18n.errors import LocalizedError

MAX_QUOTED = 60  # characters of a typed value (a user name, a role) quoted back in a message


class AccountError(LocalizedError):
    """A refused account action (login, new user, password...). A typed value quoted in the
    message (``name``, ``role``) is shortened and its control characters are written visibly:
    the form field may hold 100,000 characters or an ESC sequence."""

    def say_param(self, name: str, value: object, lang: str) -> object:
        if isinstance(value, str):
            value = visible(value, keep_newlines=False)
            if len(value) > MAX_QUOTED:
                value = value[:MAX_QUOTED - 1] + "…"
        return super().say_param(name, value, lang)
