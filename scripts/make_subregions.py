"""Write a province's kecamatan and desa/kelurahan tables, geodata/registry/<stem>_kecamatan.csv and
<stem>_desa.csv, from the Kepmendagri code list and (for Kalimantan Timur) the BPS 2020 crosswalks.

    python scripts/make_subregions.py            # Kalimantan Timur (64)
    python scripts/make_subregions.py 65         # another province: no crosswalk, no BPS columns
    python scripts/make_subregions.py --check    # exit 1 if the committed tables are not what
                                                 # this script writes

Sources, read in place (never copied): ../shared/facts/wilayah_kepmendagri_2025/wilayah.sql (the
code list of cahyadsn/wilayah, MIT; its sha256 must be the one in SHA256SUMS beside it, so that the
source named in geodata/registry/README.md stays true) and, for province 64,
../shared/geodata/kaltim_crosswalk_{kecamatan,desa}_kemendagri_bps2020.csv. <stem> is the district
registry's file name (64_kalimantan_timur), or the province's name from the code list when the
province has no district registry yet. The output depends on nothing but these files: rows in code
order, UTF-8 without BOM, "\\n" line ends, so a re-run reproduces the tables byte for byte.

What the script decides (domain/subregions.py documents the columns):
- names as in the code list, with outer and doubled spaces removed (two Kutai Barat names end in a
  space there);
- kind from the code: 1xxx Kelurahan, 2xxx Desa, anything else none;
- from the crosswalk: bps_code, bps_name, and bps_match (the crosswalk's method, in a short word);
  the BPS name becomes a variant when lookups would not already find it (domain.subregions.name_key
  differs) and it names no other unit of the same parent, and never for a split_from kecamatan.
A crosswalk row whose Kemendagri code or name is not in the code list stops the script: the two
would be of different vintages.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain import subregions  # noqa: E402
from domain.regions import REGISTRY_DIR, RegistryError, load_registry  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
SQL = Path("facts/wilayah_kepmendagri_2025/wilayah.sql")
CROSSWALKS: dict[str, tuple[Path, Path]] = {
    "64": (Path("geodata/kaltim_crosswalk_kecamatan_kemendagri_bps2020.csv"),
           Path("geodata/kaltim_crosswalk_desa_kemendagri_bps2020.csv")),
}

# The crosswalks' match methods (kecamatan: match_method and name_match) in the tables' words.
KECAMATAN_METHODS: dict[tuple[str, str], str] = {
    ("name+overlap", "exact_normalized"): "name",
    ("name+overlap", "fuzzy"): "spelling",
    ("name_only(no BPS geometry)", "exact_normalized"): "name_only",
    ("overlap_only(renamed/respelled kecamatan)", "none"): "renamed",
    ("overlap_only(new kecamatan, split from this BPS-2020 kecamatan)", "none"): "split_from",
}
DESA_METHODS: dict[str, str] = {
    "exact_normalized_name": "name",
    "fuzzy_name_same_kecamatan": "spelling",
    "exact_name_without_Linggang_prefix": "without_linggang",
    "overlap_only(both shares>=0.7)": "overlap",
    "unmatched": "",
    "unmatched(no BPS-2020 geometry for this kecamatan in the snapshot)": "",
}

_ROW = re.compile(r"^\('([0-9.]+)','((?:[^']|'')*)'\)[,;]$")


class SourceError(Exception):
    """A source file this script cannot use as it is."""


@dataclass
class Unit:
    code: str
    name: str
    bps_code: str = ""
    bps_name: str = ""
    bps_match: str = ""
    variants: list[str] = field(default_factory=list)

    @property
    def level(self) -> str:
        return "kecamatan" if self.code.count(".") == 2 else "desa"

    @property
    def parent(self) -> str:
        return self.code.rpartition(".")[0]


def check_sha256(sql: Path) -> str:
    digest = hashlib.sha256(sql.read_bytes()).hexdigest()
    sums = sql.with_name("SHA256SUMS")
    if sums.exists():
        pinned = dict(reversed(line.split()) for line in sums.read_text().splitlines() if line.strip())
        if pinned.get(sql.name) not in (None, digest):
            raise SourceError(f"{sql} has sha256 {digest}, SHA256SUMS says {pinned[sql.name]}: a "
                              "new version of the source; update geodata/registry/README.md too")
    return digest


def read_code_list(sql: Path, province: str) -> tuple[str, dict[str, str], int]:
    """(province name, {code: name} of its kecamatan and desa, names cleaned of spaces)."""
    name, units, cleaned = None, {}, 0
    for number, line in enumerate(sql.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.startswith("('"):
            continue
        match = _ROW.match(line)
        if not match:
            raise SourceError(f"{sql}, line {number}: not a (kode, nama) row: {line[:80]!r}")
        code, raw = match.group(1), match.group(2).replace("''", "'")
        if code != province and not code.startswith(province + "."):
            continue
        clean = " ".join(raw.split())
        cleaned += clean != raw
        if code == province:
            name = clean
        elif code.count(".") in (2, 3):
            if code in units:
                raise SourceError(f"{sql}, line {number}: {code} appears twice")
            units[code] = clean
    if name is None:
        raise SourceError(f"{sql}: no province {province!r}")
    return name, units, cleaned


def read_crosswalks(shared: Path, province: str, units: dict[str, Unit]) -> list[str]:
    """Fill the BPS columns from the province's crosswalks; notes on what they do not cover."""
    if province not in CROSSWALKS:
        return [f"no crosswalk for province {province}: the BPS columns stay empty"]
    covered: set[str] = set()
    for path in (shared / p for p in CROSSWALKS[province]):
        with open(path, encoding="utf-8", newline="") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                code = row["kode_kemendagri_src"]
                unit = units.get(code)
                if unit is None or unit.name != " ".join(row["nama_kemendagri"].split()):
                    raise SourceError(f"{path}, row {line}: {code} {row['nama_kemendagri']!r} is "
                                      f"{'not in the code list' if unit is None else repr(unit.name)}"
                                      " there: crosswalk and code list of different vintages?")
                method = (KECAMATAN_METHODS.get((row["match_method"], row.get("name_match", "")))
                          if unit.level == "kecamatan" else DESA_METHODS.get(row["match_method"]))
                if method is None:
                    raise SourceError(f"{path}, row {line}: unknown match method "
                                      f"{row['match_method']!r}: add it to this script")
                if method:
                    unit.bps_code, unit.bps_name = row["kode_bps_2020"], row["nama_bps_2020"].strip()
                    unit.bps_match = method
                covered.add(code)
    missing = sorted(set(units) - covered)
    return [f"{len(missing)} units without a crosswalk row: {', '.join(missing[:10])}"] if missing else []


def add_variants(units: dict[str, Unit]) -> list[str]:
    """The BPS names as variants where lookups need them and they name one unit of the parent."""
    claimed: dict[tuple[str, str], str] = {}  # (parent, key) -> code
    for unit in units.values():
        claimed[unit.parent, subregions.name_key(unit.name, unit.level)] = unit.code
    notes = []
    for unit in units.values():
        if not unit.bps_name or unit.bps_match == "split_from":
            continue
        key = subregions.name_key(unit.bps_name, unit.level)
        owner = claimed.setdefault((unit.parent, key), unit.code)
        if owner == unit.code:
            if key != subregions.name_key(unit.name, unit.level):
                unit.variants.append(unit.bps_name)
        else:
            notes.append(f"BPS name {unit.bps_name!r} of {unit.code} {unit.name} not a variant: it "
                         f"names {owner} {units[owner].name} in {unit.parent}")
    return notes


def render(columns: tuple[str, ...], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def tables(units: dict[str, Unit]) -> tuple[bytes, bytes]:
    kecamatan, desa = [], []
    for code in sorted(units):
        u = units[code]
        bps = [u.bps_code, u.bps_name, u.bps_match, subregions.VARIANT_SEPARATOR.join(u.variants)]
        if u.level == "kecamatan":
            kecamatan.append([u.code, u.name, u.parent, *bps])
        else:
            kind = subregions.KIND_BY_DIGIT.get(u.code[-4], "")
            desa.append([u.code, u.name, kind, u.parent, *bps])
    return (render(subregions.KECAMATAN_COLUMNS, kecamatan),
            render(subregions.DESA_COLUMNS, desa))


def stem_for(province: str, name: str) -> str:
    """The district registry's stem for the province, else one made from its name."""
    registries = sorted(p for p in REGISTRY_DIR.glob(f"{province}_*.csv")
                        if not p.stem.endswith(("_kecamatan", "_desa")))
    if registries:
        return registries[0].stem
    return f"{province}_" + re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")


def build(province: str, shared: Path) -> tuple[str, bytes, bytes, list[str]]:
    """(stem, kecamatan table, desa table, notes)."""
    sql = shared / SQL
    digest = check_sha256(sql)
    name, names, cleaned = read_code_list(sql, province)
    units = {code: Unit(code, unit_name) for code, unit_name in names.items()}
    notes = [f"{sql} (sha256 {digest[:12]}...): province {province} {name}",
             *([f"{cleaned} names cleaned of outer or doubled spaces"] if cleaned else [])]
    notes += read_crosswalks(shared, province, units)
    notes += add_variants(units)
    return (stem_for(province, name), *tables(units), notes)


def summary(kecamatan: Path, desa: Path, stem: str) -> str:
    """Read the written tables back as the dashboard will (with the district registry, if the
    province has one) and count them."""
    registry_file = REGISTRY_DIR / f"{stem}.csv"
    if registry_file.exists():
        loaded = subregions.load_subregions(kecamatan, desa, load_registry(registry_file))
        units_kec, units_desa = loaded.kecamatan, loaded.desa
    else:
        units_kec, units_desa = subregions.read_subregion_tables(kecamatan, desa)
    kinds = {k: sum(d.kind == k for d in units_desa) for k in ("Desa", "Kelurahan", "")}
    return (f"{len(units_kec)} kecamatan, {len(units_desa)} desa/kelurahan ({kinds['Desa']} desa, "
            f"{kinds['Kelurahan']} kelurahan, {kinds['']} without a kind), "
            f"{sum(bool(u.bps_code) for u in (*units_kec, *units_desa))} with a BPS code, "
            f"{sum(bool(u.variants) for u in (*units_kec, *units_desa))} with variants")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("province", nargs="?", default="64", help="two-digit Kemendagri code")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the reference folder (default: ../shared beside the project)")
    parser.add_argument("--out", type=Path, default=REGISTRY_DIR, help="where to write")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the tables in --out differ")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"\d{2}", args.province):
        parser.error(f"{args.province!r} is not a two-digit province code")
    try:
        stem, kecamatan, desa, notes = build(args.province, args.shared)
    except (SourceError, OSError, KeyError) as error:
        print(f"make_subregions: {error}", file=sys.stderr)
        return 2
    for note in notes:
        print(note)
    names = (f"{stem}_kecamatan.csv", f"{stem}_desa.csv")
    if args.check:
        stale = [str(args.out / n) for n, data in zip(names, (kecamatan, desa))
                 if not (args.out / n).exists() or (args.out / n).read_bytes() != data]
        print("out of date: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    with tempfile.TemporaryDirectory() as scratch:  # read back before anything is replaced
        drafts = [Path(scratch) / n for n in names]
        for path, data in zip(drafts, (kecamatan, desa)):
            path.write_bytes(data)
        try:
            counts = summary(*drafts, stem)
        except RegistryError as error:
            print(f"make_subregions: the tables would not load: {error}", file=sys.stderr)
            return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in zip(names, (kecamatan, desa)):
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name}")
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
