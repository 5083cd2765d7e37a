"""Write the registry of every province from the Kepmendagri code list: one kab/kota table per
province, geodata/registry/provinces/<code>_<name>.csv (the columns of domain/regions.py), and one
table of every kecamatan and desa/kelurahan of Indonesia, geodata/registry/provinces/
indonesia_units.csv.gz. (A folder of their own: scripts/make_subregions.py reads any
<code>_*.csv in geodata/registry/ as the province's district table; domain.regions.registry_for
reads these, empty bps_code/capital/abbreviation columns and all.)

    python scripts/make_registry.py            # write the tables
    python scripts/make_registry.py --check    # write nothing; exit 1 if the committed tables are
                                               # not what this script writes

Sources, read in place (never copied): ../shared/facts/wilayah_kepmendagri_2025/wilayah.sql (the
code list of cahyadsn/wilayah, MIT, its sha256 pinned in scripts/wilayah_sql.py) and, for the BPS
codes of Kalimantan Timur, ../shared/geodata/kaltim_crosswalk_kabupaten_kemendagri_bps.csv.

What the script decides:
- kind and short name from the official name: "Kabupaten X" is a Kabupaten with short name X,
  "Kota X" a Kota; "Kabupaten Administrasi X" and "Kota Administrasi X" (Jakarta) too, with X as
  the short name. The kind must agree with the code (kota are numbered 71 and up) or the script stops;
- variants: "Kab. X" for a kabupaten, and "Kabupaten X"/"Kota X" where the official name carries
  "Administrasi";
- bps_code from a crosswalk where there is one (Kalimantan Timur), else empty; capital and
  abbreviation empty (the code list has neither);
- Kalimantan Timur's table is NOT written: the hand-made geodata/registry/64_kalimantan_timur.csv
  (capitals, abbreviations, the variants users write) stays the one the dashboard reads. The
  generated one is compared with it (codes, names and kinds must agree; the script prints what
  only the hand-made one has) and can be written elsewhere with --kaltim-out to look at it;
- the national table holds code, name, level (kecamatan, desa), parent (the code one level up)
  and kind (desa/kelurahan from the first digit of the code's last part: 1xxx Kelurahan,
  2xxx Desa, anything else empty; empty for a kecamatan), in code order.
Output depends on nothing but the sources: rows in code order, UTF-8 without BOM, "\\n" line ends;
the .gz is written with mtime 0 and no file name, so a re-run gives the same bytes with the same
zlib (--check compares the uncompressed CSV, which does not depend on the zlib build).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.make_subregions import render  # noqa: E402 - the registry's tables, written alike
from scripts.wilayah_sql import SQL, SourceError, level, parent, read_code_list  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
REGISTRY_DIR = ROOT / "geodata" / "registry"
OUT_DIR = REGISTRY_DIR / "provinces"
NATIONAL_FILE = "indonesia_units.csv.gz"
HAND_MADE = {"64": "64_kalimantan_timur.csv"}  # provinces whose table is kept as made by hand
CROSSWALKS = {"64": Path("geodata/kaltim_crosswalk_kabupaten_kemendagri_bps.csv")}

COLUMNS = ("province_code", "province_name", "kemendagri_code", "bps_code", "official_name",
           "short_name", "kind", "capital", "abbreviation", "variants")  # = domain.regions.COLUMNS
NATIONAL_COLUMNS = ("code", "name", "level", "parent", "kind")
KIND_BY_DIGIT = {"1": "Kelurahan", "2": "Desa"}  # = domain.subregions.KIND_BY_DIGIT
VARIANT_SEPARATOR = "|"
_KAB_NAME = re.compile(r"^(Kabupaten|Kota)( Administrasi)? (\S.*)$")
_COMPARED = ("kemendagri_code", "bps_code", "official_name", "short_name", "kind")


@dataclass(frozen=True)
class Output:
    province_tables: dict[str, tuple[str, bytes]]  # province code -> (file name, bytes)
    national: bytes  # the uncompressed national table
    notes: list[str]


def stem(code: str, name: str) -> str:
    """The table's file stem: as scripts/make_subregions.py names a province without one."""
    return f"{code}_" + re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")


def gzip_bytes(data: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=out, mtime=0) as f:
        f.write(data)
    return out.getvalue()


def read_crosswalk(shared: Path, province: str, names: dict[str, str]) -> dict[str, str]:
    """Kemendagri kab/kota code -> BPS code, from the province's crosswalk (none: {})."""
    if province not in CROSSWALKS:
        return {}
    path = shared / CROSSWALKS[province]
    bps: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            code = row["kode_kemendagri_src"]
            if names.get(code) != " ".join(row["nama_kemendagri"].split()):
                raise SourceError(f"{path}, row {line}: {code} {row['nama_kemendagri']!r} is "
                                  f"{names.get(code)!r} in the code list: different vintages?")
            bps[code] = row["kode_bps"]
    return bps


def district_row(province: str, province_name: str, code: str, name: str, bps: str) -> list[str]:
    match = _KAB_NAME.match(name)
    if not match:
        raise SourceError(f"{code} {name!r}: neither 'Kabupaten ...' nor 'Kota ...'")
    kind, administrasi, short = match.groups()
    if (kind == "Kota") != (code[3] == "7"):
        raise SourceError(f"{code} {name!r}: a {kind}, but kota codes are {province}.7x")
    variants = (["Kab. " + short] if kind == "Kabupaten" else []) + \
        ([f"{kind} {short}"] if administrasi else [])
    return [province, province_name, code, bps, name, short, kind, "", "",
            VARIANT_SEPARATOR.join(variants)]


def national_row(code: str, name: str) -> list[str]:
    kind = KIND_BY_DIGIT.get(code[-4], "") if level(code) == "desa" else ""
    return [code, name, level(code), parent(code), kind]


def build(shared: Path) -> Output:
    codes = read_code_list(shared / SQL)
    names = codes.names
    notes = [f"{shared / SQL} (sha256 {codes.sha256[:12]}...): {len(names)} units",
             f"{len(codes.cleaned)} names cleaned of outer or doubled spaces: "
             + ", ".join(codes.cleaned)]
    provinces = sorted(c for c in names if level(c) == "provinsi")
    tables: dict[str, tuple[str, bytes]] = {}
    for province in provinces:
        bps = read_crosswalk(shared, province, names)
        rows = [district_row(province, names[province], code, names[code], bps.get(code, ""))
                for code in sorted(names) if level(code) == "kabupaten_kota" and parent(code) == province]
        tables[province] = (stem(province, names[province]) + ".csv", render(COLUMNS, rows))
    national = [national_row(code, names[code]) for code in sorted(names)
                if level(code) in ("kecamatan", "desa")]
    odd = [row[0] for row in national if row[2] == "desa" and not row[4]]
    notes.append(f"{len(provinces)} provinces, {sum(level(c) == 'kabupaten_kota' for c in names)} "
                 f"kab/kota, {sum(r[2] == 'kecamatan' for r in national)} kecamatan, "
                 f"{sum(r[2] == 'desa' for r in national)} desa/kelurahan ({len(odd)} without a "
                 f"kind: their code's last part starts with neither 1 nor 2: {', '.join(odd)})")
    return Output(tables, render(NATIONAL_COLUMNS, national), notes)


def read_table(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def compare_with_hand_made(generated: bytes, hand_made: Path) -> tuple[list[str], list[str]]:
    """(differences in codes, names and kinds: must be none; what only the hand-made table has
    or has otherwise in capital, abbreviation and variants)."""
    mine = {r["kemendagri_code"]: r for r in read_table(generated)}
    theirs = {r["kemendagri_code"]: r for r in read_table(hand_made.read_bytes())}
    errors = [f"{code}: only in the {'generated' if code in mine else 'hand-made'} table"
              for code in sorted(set(mine) ^ set(theirs))]
    extras = []
    for code in sorted(set(mine) & set(theirs)):
        for column in _COMPARED:
            if mine[code][column] != theirs[code][column]:
                errors.append(f"{code} {column}: generated {mine[code][column]!r}, hand-made "
                              f"{theirs[code][column]!r}")
        for column in ("capital", "abbreviation", "variants"):
            if mine[code][column] != theirs[code][column]:
                extras.append(f"{code} {column}: hand-made {theirs[code][column]!r}, generated "
                              f"{mine[code][column]!r}")
    return errors, extras


def stale_files(out: Path, output: Output) -> list[str]:
    stale = [str(out / name) for province, (name, data) in output.province_tables.items()
             if province not in HAND_MADE and (not (out / name).exists()
                                               or (out / name).read_bytes() != data)]
    national = out / NATIONAL_FILE
    try:
        same = gzip.decompress(national.read_bytes()) == output.national
    except (OSError, EOFError):
        same = False
    return stale + ([] if same else [str(national)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the reference folder (default: ../shared beside the project)")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where to write")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the tables in --out differ")
    parser.add_argument("--kaltim-out", type=Path,
                        help="also write the generated Kalimantan Timur table to this file")
    args = parser.parse_args(argv)
    try:
        output = build(args.shared)
    except (SourceError, OSError, KeyError) as error:
        print(f"make_registry: {error}", file=sys.stderr)
        return 2
    for note in output.notes:
        print(note)
    for province, name in HAND_MADE.items():
        errors, extras = compare_with_hand_made(output.province_tables[province][1], REGISTRY_DIR / name)
        for line in extras:
            print(f"{name}, by hand only: {line}")
        if errors:
            print(f"make_registry: {name} and the code list disagree: " + "; ".join(errors),
                  file=sys.stderr)
            return 2
        print(f"{name}: codes, names and kinds as in the code list")
    if args.kaltim_out:
        args.kaltim_out.write_bytes(output.province_tables["64"][1])
        print(f"wrote {args.kaltim_out}")
    if args.check:
        stale = stale_files(args.out, output)
        print("out of date: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for province, (name, data) in output.province_tables.items():
        if province not in HAND_MADE:
            (args.out / name).write_bytes(data)
    (args.out / NATIONAL_FILE).write_bytes(gzip_bytes(output.national))
    print(f"wrote {len(output.province_tables) - len(HAND_MADE)} kab/kota tables and "
          f"{args.out / NATIONAL_FILE} ({(args.out / NATIONAL_FILE).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
