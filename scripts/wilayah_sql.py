"""Read the Kepmendagri code list, ../shared/facts/wilayah_kepmendagri_2025/wilayah.sql (the file
db/wilayah.sql of cahyadsn/wilayah, MIT), whole: every unit's code and name, checked against the
sha256 in SHA256SUMS beside it.

The same rules as scripts/make_subregions.py (which reads one province's kecamatan and desa, and
is left as it is; tests/unit/test_registry_national.py checks that both read the same): rows
``('code','name'),`` or ``...;``, a doubled quote is an apostrophe, names cleaned of outer and
doubled spaces, a code twice stops the reader.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

SQL = Path("facts/wilayah_kepmendagri_2025/wilayah.sql")  # relative to the shared folder
PINNED_SHA256 = "c4c3396d9380d4edee072af1d9dff83573b574d7cd00a6562cf82e200e954031"

_ROW = re.compile(r"^\('([0-9.]+)','((?:[^']|'')*)'\)[,;]$")
_CODE = re.compile(r"^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$")
LEVELS = ("provinsi", "kabupaten_kota", "kecamatan", "desa")  # by the number of dots, 0 to 3


class SourceError(Exception):
    """A source file that cannot be used as it is."""


@dataclass(frozen=True)
class CodeList:
    names: dict[str, str]  # code -> cleaned name, in file order
    cleaned: tuple[str, ...]  # codes whose name had outer or doubled spaces
    sha256: str


def level(code: str) -> str:
    return LEVELS[code.count(".")]


def parent(code: str) -> str:
    return code.rpartition(".")[0]


def check_sha256(sql: Path) -> str:
    """The file's sha256, which must be the pinned one and the one SHA256SUMS beside it names."""
    digest = hashlib.sha256(sql.read_bytes()).hexdigest()
    sums = sql.with_name("SHA256SUMS")
    pinned = PINNED_SHA256
    if sums.exists():
        listed = dict(reversed(line.split()) for line in sums.read_text().splitlines() if line.strip())
        pinned = listed.get(sql.name, pinned)
    if digest != pinned or pinned != PINNED_SHA256:
        raise SourceError(f"{sql} has sha256 {digest}, pinned {PINNED_SHA256}: a new version of "
                          "the source; update scripts/wilayah_sql.py and geodata/registry/README.md")
    return digest


def read_code_list(sql: Path) -> CodeList:
    """Every unit of the file, its parent listed before it (checked)."""
    digest = check_sha256(sql)
    names: dict[str, str] = {}
    cleaned: list[str] = []
    for number, line in enumerate(sql.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.startswith("('"):
            continue
        match = _ROW.match(line)
        if not match or not _CODE.match(match.group(1)):
            raise SourceError(f"{sql}, line {number}: not a (kode, nama) row: {line[:80]!r}")
        code, raw = match.group(1), match.group(2).replace("''", "'")
        if code in names:
            raise SourceError(f"{sql}, line {number}: {code} appears twice")
        if "." in code and parent(code) not in names:
            raise SourceError(f"{sql}, line {number}: {code} before its parent {parent(code)}")
        clean = " ".join(raw.split())
        if clean != raw:
            cleaned.append(code)
        names[code] = clean
    if not names:
        raise SourceError(f"{sql}: no (kode, nama) rows")
    return CodeList(names, tuple(cleaned), digest)
