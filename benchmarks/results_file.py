"""The generated blocks of benchmarks/RESULTS.md: each benchmark rewrites its own block, between
``<!-- NAME:start -->`` and ``<!-- NAME:end -->``, and leaves the prose and the other blocks alone."""

from __future__ import annotations

from pathlib import Path


def write_between_markers(path: Path, text: str, name: str) -> None:
    """Replace the block ``name`` of a results file (or append it), keeping everything else."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{text}{end}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if start in old and end in old:
        new = old[:old.index(start)] + block + old[old.index(end) + len(end):]
    else:
        new = (old.rstrip() + "\n\n" if old else "") + block + "\n"
    path.write_text(new, encoding="utf-8")
