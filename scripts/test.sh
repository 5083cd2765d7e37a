#!/usr/bin/env bash
# Install what the tests need and run them: Debian's Chromium for the browser tests (when missing
# and apt-get is available), the Python packages in .venv, then ruff (lint), then pytest. Extra
# arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
# Lint before the tests (a second; settings in pyproject.toml): a finding fails the run early.
.venv/bin/python -m ruff check --quiet .
exec .venv/bin/python -m pytest "$@"
