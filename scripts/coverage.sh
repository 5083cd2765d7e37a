#!/usr/bin/env bash
# Statement coverage of the application (settings: [tool.coverage.*] in pyproject.toml) under the
# unit and AppTest suites, with the Python processes they start (the boundary sandbox, the CLI).
# The browser tests are left out: they would take 25 minutes more. Extra arguments go to
# pytest. About 8 minutes of CPU on the 2-core test machine. Needs .venv with requirements-dev.txt
# (bash scripts/test.sh makes it).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! .venv/bin/python -m coverage --version >/dev/null 2>&1; then
  echo "coverage is not installed in .venv: run bash scripts/test.sh first" >&2
  exit 1
fi
.venv/bin/python -m coverage erase
status=0
.venv/bin/python -m coverage run -m pytest -q tests --ignore=tests/e2e "$@" || status=$?
.venv/bin/python -m coverage combine --quiet
.venv/bin/python -m coverage report
exit "$status"
