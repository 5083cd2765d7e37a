"""The README's deployment notes (issue 11, item 14) say what the code does: the offline install
through a wheelhouse, the first start's wait, and the boundary file limits with the numbers the
configuration really has (the upload box's cap is Streamlit's server.maxUploadSize)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import config

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(title)
    return README[start:start + 1500]


def test_the_offline_install_names_both_steps_and_their_pip_commands():
    offline = _section("### On a laptop without internet")
    for words in ("bash scripts/wheelhouse.sh make", "pip download -r requirements.txt",
                  "bash scripts/wheelhouse.sh install", "--no-index --find-links wheelhouse"):
        assert words in offline, words
    assert (ROOT / "scripts" / "wheelhouse.sh").is_file()
    assert re.search(r"first start can take about \d+ s", README)


def test_the_boundary_limits_in_the_readme_are_the_configured_ones():
    text = " ".join(_section("**Boundary files over").split())
    box = re.search(r"upload box on the \*Batas Wilayah\* page takes at most (\d+) MB", text)
    whole = re.search(r"a boundary file may be up to (\d+) MB", text)
    assert box and whole, text
    streamlit = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert int(box.group(1)) == streamlit["server"]["maxUploadSize"]
    assert int(whole.group(1)) == config.MAX_BOUNDARY_MB.default
