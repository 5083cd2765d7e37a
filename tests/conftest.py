"""Shared fixtures. Reference data is read in place from ../shared (never copied into the repo);
tests that need it skip with a clear reason when it is absent."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("DASHBOARD_SHARED_DIR", PROJECT_ROOT.parent / "shared"))

if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED_DIR / "geodata").is_dir():
        pytest.skip(f"reference data not found at {SHARED_DIR} (../shared beside the project); "
                    "set DASHBOARD_SHARED_DIR to run this test")
    return SHARED_DIR


@pytest.fixture()
def data_dir(tmp_path, monkeypatch) -> Path:
    """A fresh, empty DASHBOARD_DATA_DIR for one test."""
    path = tmp_path / "data"
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(path))
    return path
