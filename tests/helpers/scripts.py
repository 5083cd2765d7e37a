"""The generator scripts of ``scripts/`` (not a package) loaded as modules, so a test calls their
``build()``/``main()`` and reads their constants (the ../shared snapshot they read, its pinned
sha256)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py``, loaded afresh. Registered in ``sys.modules`` under its name first:
    its dataclasses look their module up there while the file runs."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
