"""Write geodata/published/kaltim_2024.csv, the published figures the dashboard ships, and
geodata/demo/ikp.csv, the embedded default of the ``ikp`` dataset (Bawaslu's IKP Pemilu 2024 of
the ten kab/kota, published figures, not DATA CONTOH), from
../shared/facts/kaltim_published_figures_2024.csv (read in place, never copied whole).

    python scripts/make_published_figures.py           # write both tables
    python scripts/make_published_figures.py --check   # exit 1 if a committed table differs

The source's sha256 must be SOURCE_SHA256 below (a new version of the source changes what
geodata/published/README.md says, so the script refuses it until both are updated). The output
depends on nothing but that file: rows in the source's order, UTF-8 without BOM, "\\n" line ends,
so a re-run reproduces the table byte for byte (tests/unit/test_published_figures.py checks it).

What the script derives from each row (the source's columns are kept as they are):
- ``keyakinan``: the confidence the note states ("Keyakinan: sedang-tinggi untuk 69,18" gives
  ``sedang-tinggi``); empty when the note states none;
- ``bertentangan``: the sentence of the note that says sources disagree (marked BERTENTANGAN, or
  "Versi lain:"), empty when none does;
- ``alternatif_nilai`` / ``alternatif_sumber``: the other values that sentence names, as numbers
  (decimal point, no thousands separator) and the source each is credited to, separated by
  ``|``. A number counts as another value of the same figure when it stands outside brackets and
  lies between three quarters and four thirds of the chosen value (so dates, ranks and the DPT
  quoted beside a turnout are not taken for one); a number without a source of its own (the
  second of a range) takes the one before it; a sentence that names no such number (a rank,
  another instrument) keeps its text in ``bertentangan`` only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"
SOURCE = Path("facts/kaltim_published_figures_2024.csv")
SOURCE_SHA256 = "68990c4a89ea356c5b2cbaca2904f0686d4293342a4bf8793b30f09428633491"
GEODATA = ROOT / "geodata"
TABLE = Path("published/kaltim_2024.csv")
IKP_TABLE = Path("demo/ikp.csv")
IKP_INDICATOR = "IKP Pemilu 2024 - skor kab/kota"
IKP_EDITION = "IKP Pemilu 2024"
IKP_COLUMNS = ("kab_kota", "edisi", "skor", "kategori", "dimensi_konteks_sosial_politik",
               "dimensi_penyelenggaraan_pemilu", "dimensi_kontestasi", "dimensi_partisipasi",
               "sumber")
_STATED_CATEGORY = re.compile(r"Kategori:\s*rawan (rendah|sedang|tinggi)", re.IGNORECASE)

SOURCE_COLUMNS = ("indikator", "wilayah", "kode_kemendagri", "nilai", "satuan", "periode",
                  "sumber", "url", "catatan")
COLUMNS = ("indikator", "wilayah", "kode_kemendagri", "nilai", "satuan", "periode", "sumber",
           "url", "keyakinan", "bertentangan", "alternatif_nilai", "alternatif_sumber", "catatan")
SEPARATOR = "|"

_CONFIDENCE = re.compile(r"Keyakinan:\s*([a-z]+(?:-[a-z]+)?)", re.IGNORECASE)
_MARKER = re.compile(r"BERTENTANGAN|Versi lain:")
_MARKER_PREFIX = re.compile(r"^.*?(?:BERTENTANGAN(?: kecil)?(?: dgn instrumen lain)?|Versi lain)"
                            r"\s*:?\s*")
# A sentence ends at a full stop followed by a blank, except after "Kab." and "No.".
_SENTENCE = re.compile(r"(?<!Kab)(?<!No)\.\s+")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_UNIT_AFTER = re.compile(r"^\s*(?:%|persen|TPS|orang|pemilih)?\s*")
_VERB = re.compile(r"\s+(?:menyebut|menulis|mencatat)\b.*$")


class SourceError(Exception):
    """The source file is not the one this script was written for."""


def check_sha256(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SOURCE_SHA256:
        raise SourceError(f"{path} has sha256 {digest}, expected {SOURCE_SHA256}: a new version "
                          "of the source; check the figures, then update SOURCE_SHA256 here and "
                          "geodata/published/README.md")
    return digest


def confidence(note: str) -> str:
    match = _CONFIDENCE.search(note)
    return match.group(1).lower() if match else ""


def conflict_sentence(note: str) -> str:
    for sentence in _SENTENCE.split(note):
        if _MARKER.search(sentence):
            return sentence.strip().rstrip(".")
    return ""


def parse_number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def number_text(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _outside_brackets(text: str) -> list[bool]:
    depth, mask = 0, []
    for char in text:
        if char == "(":
            depth += 1
        mask.append(depth == 0)
        if char == ")":
            depth = max(0, depth - 1)
    return mask


def _bracket_after(text: str, end: int) -> str:
    rest = text[end:]
    rest = rest[_UNIT_AFTER.match(rest).end():]
    if not rest.startswith("("):
        return ""
    depth = 0
    for i, char in enumerate(rest):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return rest[1:i].strip()
    return rest[1:].strip()


def _clean_prefix(prefix: str) -> str:
    prefix = _VERB.sub("", prefix.strip())
    return prefix.strip(" &:;,-–%").strip()


def alternatives(sentence: str, value: str) -> list[tuple[str, str]]:
    """(value, source) of the other values a conflict sentence names for the figure ``value``."""
    try:
        chosen = float(value)
    except ValueError:
        return []  # a category or a text: nothing to compare
    if not sentence or chosen == 0:
        return []
    body = _MARKER_PREFIX.sub("", sentence, count=1)
    outside = _outside_brackets(body)
    found, start = [], 0
    for match in _NUMBER.finditer(body):
        if not outside[match.start()]:
            continue
        other = parse_number(match.group())
        clause_start = max(start, body.rfind(";", 0, match.start()) + 1)
        prefix = _clean_prefix(body[clause_start:match.start()])
        start = match.end()
        if other == chosen or not 0.75 <= other / chosen <= 4 / 3:
            continue
        after = _bracket_after(body, match.end())
        source = f"{prefix} ({after})" if prefix and after else (prefix or after)
        if not source and found:  # "6.264-6.268": the second of a range, from the same source
            source = found[-1][1]
        found.append((number_text(other), source))
    return found


def derive(row: dict[str, str]) -> dict[str, str]:
    note = row["catatan"]
    sentence = conflict_sentence(note)
    others = alternatives(sentence, row["nilai"])
    for _, source in others:
        if SEPARATOR in source:
            raise SourceError(f"source {source!r} holds the separator {SEPARATOR!r}")
    return {**row, "keyakinan": confidence(note), "bertentangan": sentence,
            "alternatif_nilai": SEPARATOR.join(v for v, _ in others),
            "alternatif_sumber": SEPARATOR.join(s for _, s in others)}


def ikp_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The ikp dataset's default: one row per kab/kota with a published IKP Pemilu 2024 score, in
    Kemendagri code order, its category as the note states it (empty when it states none: the
    dashboard then reads it from the score). The dimension scores per kab/kota are not published
    by Bawaslu's release (one district's, from another presentation, disagrees with its score)."""
    out = []
    for row in sorted((r for r in rows if r["indikator"] == IKP_INDICATOR),
                      key=lambda r: r["kode_kemendagri"]):
        stated = _STATED_CATEGORY.search(row["catatan"])
        out.append({"kab_kota": row["kode_kemendagri"], "edisi": IKP_EDITION, "skor": row["nilai"],
                    "kategori": stated.group(1).lower() if stated else "",
                    "sumber": row["sumber"]})
    return out


def render(columns: tuple[str, ...], rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def build(shared: Path) -> tuple[dict[Path, bytes], list[str]]:
    path = shared / SOURCE
    digest = check_sha256(path)
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != SOURCE_COLUMNS:
            raise SourceError(f"{path}: columns {reader.fieldnames}, expected {SOURCE_COLUMNS}")
        rows = [derive({k: (v or "").strip() for k, v in row.items()}) for row in reader]
    ikp = ikp_rows(rows)
    notes = [f"{path} (sha256 {digest[:12]}...): {len(rows)} figures, "
             f"{sum(bool(r['bertentangan']) for r in rows)} with disagreeing sources, "
             f"{sum(bool(r['alternatif_nilai']) for r in rows)} with another value parsed; "
             f"IKP of {len(ikp)} kab/kota"]
    return {TABLE: render(COLUMNS, rows), IKP_TABLE: render(IKP_COLUMNS, ikp)}, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the reference folder (default: ../shared beside the project)")
    parser.add_argument("--out", type=Path, default=GEODATA,
                        help=f"the folder to write {TABLE} and {IKP_TABLE} in (default: geodata/)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a table in --out differs")
    args = parser.parse_args(argv)
    try:
        tables, notes = build(args.shared)
    except (SourceError, OSError, KeyError) as error:
        print(f"make_published_figures: {error}", file=sys.stderr)
        return 2
    for note in notes:
        print(note)
    if args.check:
        stale = [str(args.out / name) for name, data in tables.items()
                 if not (args.out / name).exists() or (args.out / name).read_bytes() != data]
        print("out of date: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    for name, data in tables.items():
        (args.out / name).parent.mkdir(parents=True, exist_ok=True)
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
