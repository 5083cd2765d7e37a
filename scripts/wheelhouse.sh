#!/usr/bin/env bash
# Install the dashboard on a laptop without internet, in two steps:
#
#   bash scripts/wheelhouse.sh make      # with internet: every package into wheelhouse/
#   bash scripts/wheelhouse.sh install   # on the laptop, offline: .venv from wheelhouse/ only
#
# Copy the whole project folder (with wheelhouse/) to the laptop between the two steps (USB stick).
# Needed on both machines: Python 3.11 or newer with its venv module (Debian/Ubuntu: the package
# python3-venv). The machine that makes the wheelhouse must match the laptop (same OS family,
# processor and Python minor version), or name the laptop's with WHEELHOUSE_PLATFORM (e.g.
# manylinux2014_x86_64) and WHEELHOUSE_PYTHON (e.g. 3.11): pip then fetches wheels for
# it. Chromium is not needed to run the dashboard (only for its browser tests).
#
# Settings (environment): WHEELHOUSE (folder, default ./wheelhouse), REQUIREMENTS (default
# requirements.txt; `make --dev` adds requirements-dev.txt for running the tests), VENV (default
# ./.venv), PYTHON (default python3), WHEELHOUSE_TOOLS (default "pip setuptools wheel": kept in the
# wheelhouse so that a package shipped only as source can still be built offline).
set -euo pipefail
cd "$(dirname "$0")/.."

WHEELHOUSE="${WHEELHOUSE:-wheelhouse}"
VENV="${VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
TOOLS="${WHEELHOUSE_TOOLS-pip setuptools wheel}"

usage() {
  echo "usage: bash scripts/wheelhouse.sh make [--dev] | install [--dev]" >&2
  exit 2
}

check_python() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    found="$("$PYTHON" --version 2>&1 || echo 'not found')"
    echo "Python 3.11 or newer is needed ($PYTHON: $found)." >&2
    echo "Set PYTHON=/path/to/python3.11 or install it first." >&2
    exit 1
  fi
}

requirement_args() {
  local args=(-r "${REQUIREMENTS:-requirements.txt}")
  if [ "${1:-}" = "--dev" ]; then args=(-r requirements-dev.txt); fi  # it includes requirements.txt
  printf '%s\n' "${args[@]}"
}

[ $# -ge 1 ] || usage
command="$1"; shift
dev="${1:-}"
[ -z "$dev" ] || [ "$dev" = "--dev" ] || usage
mapfile -t REQ < <(requirement_args "$dev")

case "$command" in
  make)
    check_python
    mkdir -p "$WHEELHOUSE"
    platform=()
    if [ -n "${WHEELHOUSE_PLATFORM:-}" ] || [ -n "${WHEELHOUSE_PYTHON:-}" ]; then
      platform=(--only-binary=:all:)
      [ -z "${WHEELHOUSE_PLATFORM:-}" ] || platform+=(--platform "$WHEELHOUSE_PLATFORM")
      [ -z "${WHEELHOUSE_PYTHON:-}" ] || platform+=(--python-version "$WHEELHOUSE_PYTHON")
    fi
    # shellcheck disable=SC2086  # TOOLS is a list of names
    "$PYTHON" -m pip download --disable-pip-version-check -d "$WHEELHOUSE" "${platform[@]}" \
      "${REQ[@]}" $TOOLS
    count=$(find "$WHEELHOUSE" -maxdepth 1 -type f | wc -l)
    size=$(du -sh "$WHEELHOUSE" | cut -f1)
    echo "wheelhouse ready: $WHEELHOUSE ($count files, $size)."
    echo "Copy the project folder with it to the laptop, then run there:"
    echo "  bash scripts/wheelhouse.sh install${dev:+ $dev}"
    ;;
  install)
    check_python
    if [ ! -d "$WHEELHOUSE" ] || [ -z "$(ls -A "$WHEELHOUSE" 2>/dev/null)" ]; then
      echo "No wheelhouse at $WHEELHOUSE: make it first on a machine with internet" >&2
      echo "(bash scripts/wheelhouse.sh make) and copy it here." >&2
      exit 1
    fi
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --no-index \
      --find-links "$WHEELHOUSE" "${REQ[@]}"
    echo "installed into $VENV without network. Start the dashboard with:"
    echo "  $VENV/bin/python -m streamlit run dashboard.py"
    ;;
  *)
    usage
    ;;
esac
