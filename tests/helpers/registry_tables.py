"""District tables written for a test (``domain.regions.load_registry`` reads them): a made-up
province 99 of three districts, one with codes that differ, and a writer."""

from __future__ import annotations

import csv
from pathlib import Path

from domain import regions

TINY_ROWS = [
    {"province_code": "99", "province_name": "Provinsi Contoh", "kemendagri_code": "99.01",
     "bps_code": "9902", "official_name": "Kabupaten Hulu Contoh", "short_name": "Hulu Contoh",
     "kind": "Kabupaten", "capital": "Tepian", "abbreviation": "Kahuco",
     "variants": "Hulu Kontoh|Kab. Hulu Contoh"},
    {"province_code": "99", "province_name": "Provinsi Contoh", "kemendagri_code": "99.02",
     "bps_code": "9901", "official_name": "Kabupaten Hilir Contoh", "short_name": "Hilir Contoh",
     "kind": "Kabupaten", "capital": "Muara", "abbreviation": "Kahico", "variants": ""},
    {"province_code": "99", "province_name": "Provinsi Contoh", "kemendagri_code": "99.71",
     "bps_code": "9971", "official_name": "Kota Pelabuhan", "short_name": "Pelabuhan",
     "kind": "Kota", "capital": "Pelabuhan", "abbreviation": "Pelabuhan", "variants": ""},
]


def write_table(path: Path, rows: list[dict[str, str]], columns=regions.COLUMNS) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([row.get(c, "") for c in columns])
    return path


def changed(index: int, **cells: str) -> list[dict[str, str]]:
    """TINY_ROWS with some cells of one row changed."""
    rows = [dict(r) for r in TINY_ROWS]
    rows[index].update(cells)
    return rows
