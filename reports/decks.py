"""Saved slide decks: the presenter's choice and order of slides, kept as JSON in the data dir
(``$DASHBOARD_DATA_DIR/decks/``) so the next meeting starts from it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import config
from views.presentation import slide_ids

FORMAT = 1


def decks_dir() -> Path:
    return config.DATA_DIR.get() / "decks"


def _slug(name: str) -> str:
    # The file name is derived, never taken from the user, so no path can escape decks_dir.
    slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")[:60]
    if not slug:
        raise ValueError("a deck needs a name with letters or digits")
    return slug


def save_deck(name: str, slides: list[str], directory: Path | None = None) -> Path:
    known = set(slide_ids())
    kept = [s for s in slides if s in known]
    if not name.strip() or not kept:
        raise ValueError("a deck needs a name and at least one slide")
    directory = directory or decks_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{_slug(name)}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"format": FORMAT, "name": name.strip(), "slides": kept},
                              ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)  # a reader never sees half a file
    return path


def _read(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("slides"), list):
        return None
    return data


def list_decks(directory: Path | None = None) -> list[str]:
    directory = directory or decks_dir()
    if not directory.is_dir():
        return []
    names = [str(d.get("name") or p.stem) for p in sorted(directory.glob("*.json"))
             if (d := _read(p)) is not None]
    return sorted(names, key=str.lower)


def load_deck(name: str, directory: Path | None = None) -> list[str]:
    """The deck's slides that still exist (a slide id may have been retired since)."""
    data = _read((directory or decks_dir()) / f"{_slug(name)}.json")
    if data is None:
        raise KeyError(name)
    known = set(slide_ids())
    return [s for s in data["slides"] if isinstance(s, str) and s in known]
