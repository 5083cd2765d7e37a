"""The tools the house is kept with: ruff with the rules the README names, run by CI before the
tests; branca pinned to the version maps/safe_render.py mirrors; coverage settings for
scripts/coverage.sh."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_ruff_selects_pyflakes_pycodestyle_isort_bugbear_and_a_complexity_limit():
    lint = PYPROJECT["tool"]["ruff"]["lint"]
    assert {"F", "E", "W", "I", "B", "C90"} <= set(lint["select"])
    assert not {"F", "E", "W", "I", "B", "C90"} & set(lint.get("ignore", []))  # no family off
    assert lint["mccabe"]["max-complexity"] <= 15
    assert PYPROJECT["tool"]["ruff"]["line-length"] <= 110


def test_ci_runs_ruff_on_the_whole_tree_before_pytest():
    assert re.search(r"^bash scripts/test\.sh\b", (ROOT / ".ci" / "run").read_text(), re.M)
    lines = [line.strip() for line in (ROOT / "scripts" / "test.sh").read_text().splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    ruff = next(i for i, line in enumerate(lines) if re.search(r"ruff check( --quiet)? \.$", line))
    pytest_run = next(i for i, line in enumerate(lines) if "-m pytest" in line)
    assert ruff < pytest_run
    assert not lines[ruff].endswith("|| true") and "set -euo pipefail" in lines


def test_ruff_and_coverage_are_pinned_for_ci():
    dev = (ROOT / "requirements-dev.txt").read_text()
    assert re.search(r"^ruff==\d", dev, re.M) and re.search(r"^coverage\b", dev, re.M)
    assert re.search(r"^branca==0\.8\.2\b", (ROOT / "requirements.txt").read_text(), re.M)
    assert PYPROJECT["tool"]["coverage"]["run"]["source"] == ["."]
