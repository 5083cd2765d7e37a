"""The translation catalogue: message id -> {"id": Bahasa Indonesia, "en": English}.

A message id's prefix, the part before its first dot, names its module: ``risk_page.title`` and
every other ``risk_page.*`` id live in ``messages_risk_page.py`` (the id ``district``, which has no
dot, in ``messages_district.py``), and nowhere else. A new prefix gets a new module. The modules
are merged here and ids must not repeat; tests/test_i18n.py checks the naming and that every id
the code uses is here.
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
