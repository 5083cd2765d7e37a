"""Write docs/columns.md (Bahasa Indonesia) and docs/columns.en.md from the schema: every
dataset's columns with the other headers offices write for them. tests/unit/test_templates_exports.py
checks that the files are up to date.

    .venv/bin/python scripts/make_columns_doc.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exports.templates import columns_markdown  # noqa: E402

DOCS = {"id": ROOT / "docs" / "columns.md", "en": ROOT / "docs" / "columns.en.md"}


def main() -> None:
    for lang, path in DOCS.items():
        path.write_text(columns_markdown(lang) + "\n", encoding="utf-8")
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
