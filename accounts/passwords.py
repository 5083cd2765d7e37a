"""Password rules: length and strength (zxcvbn, offline), with the reason a weak one is refused.
"""

from __future__ import annotations

from accounts.errors import AccountError
from domain import regions

MIN_PASSWORD_LENGTH = 10


# zxcvbn's score (0-4) a password must reach: 3 = "safely unguessable" against online guessing
# and offline guessing of a slow hash.
MIN_PASSWORD_SCORE = 3


# Words a guesser of this office's passwords tries first, besides zxcvbn's own dictionaries
# (common passwords, English words and names): the product, the agency, the province, the districts.
_CONTEXT_WORDS = ("kesbangpol", "kaltim", "kalimantan", "timur", "dasbor", "dashboard", "pemilu",
                  "pilkada", "rahasia", "katasandi", "sandi", "admin", "editor")


# zxcvbn's kinds of match -> why a password made of it is easy to guess (message ids).
_WEAK_REASONS = {"dictionary": "common", "spatial": "keyboard", "repeat": "repeat",
                 "sequence": "sequence", "date": "date", "regex": "date"}


def check_password_strength(password: str, name: str = "") -> None:
    """Refuse a password that is short, contains the user name, or is easy to guess: a common
    password or word, a keyboard row, a repeat, a sequence or a date (zxcvbn, offline, with the
    districts and the agency's words added to its dictionaries). The message says which."""
    from zxcvbn import zxcvbn

    password = password or ""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("auth.error.short_password", minimum=MIN_PASSWORD_LENGTH)
    if name and name.lower() in password.lower():
        raise AccountError("auth.error.password_has_name")
    words = [*_CONTEXT_WORDS, *(w.lower() for d in regions.DISTRICTS for w in d.short_name.split())]
    if name:
        words.append(name.lower())
    result = zxcvbn(password[:64], user_inputs=words)  # zxcvbn is slow on long input
    if result["score"] >= MIN_PASSWORD_SCORE:
        return
    matches = [m for m in result["sequence"] if m["pattern"] in _WEAK_REASONS]
    reason = (_WEAK_REASONS[max(matches, key=lambda m: len(m["token"]))["pattern"]]
              if matches else "guessable")
    raise AccountError(f"auth.error.weak_password.{reason}")
