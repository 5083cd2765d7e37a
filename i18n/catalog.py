"""The translation catalogue: message id -> {"id": Bahasa Indonesia, "en": English}.

Each area of the product keeps its messages in its own module (``messages_*.py``) so that work on
one area does not collide with another; they are merged here and ids must not repeat.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

MESSAGES: dict[str, dict[str, str]] = {}

for _info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda i: i.name):
    if not _info.name.startswith("messages_"):
        continue
    _module = importlib.import_module(f"i18n.{_info.name}")
    for _key, _entry in _module.MESSAGES.items():
        if _key in MESSAGES:
            raise ValueError(f"message id {_key!r} defined twice (second in {_info.name})")
        MESSAGES[_key] = _entry
