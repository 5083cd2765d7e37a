"""The kecamatan and desa/kelurahan of a province: codes, names, parents, name variants, lookups.

The units are data, two CSV tables per province beside the district registry in geodata/registry/
(``64_kalimantan_timur_kecamatan.csv``, ``64_kalimantan_timur_desa.csv``), derived by
``scripts/make_subregions.py`` from the Kepmendagri code list in
../shared/facts/wilayah_kepmendagri_2025/wilayah.sql (MIT; the notice is in
geodata/registry/README.md) and, for Kalimantan Timur, the BPS 2020 crosswalks in ../shared/geodata/.
Edit the script, not the tables.

Codes are Kemendagri's, dotted: kecamatan ``64.02.04``, desa/kelurahan ``64.02.04.2005`` (the first
digit of the last part: 1 kelurahan, 2 desa). A unit's parent is in its own column and must be the
code's prefix. BPS 2020 codes (kecamatan seven digits, ``6403120``; desa ten, ``6403120005``) are
what the crosswalk gives, with ``bps_match`` saying how it found them:

    name         the names agree (after case, spacing and punctuation)
    spelling     the names differ in spelling (``Kombeng`` / ``Kongbeng``): review before relying
    without_linggang  Kutai Barat's "Linggang Tutung" is BPS "Tutung"
    overlap      matched by area overlap, the names differ more (``Pegat Batumbuk`` / ``Pegat``)
    renamed      a kecamatan renamed since 2020 (``Mook Manaar Bulatn`` / ``Manor Bulatn``)
    name_only    no BPS geometry to check against (Anggana)
    split_from   a kecamatan created since 2020: ``bps_code`` is the BPS kecamatan it was split
                 from, which it shares with the unit that kept the name (BPS 6403080 Kotabangun
                 covers both 64.02.08 Kota Bangun and 64.02.19 Kota Bangun Darat); such a code does
                 not find the split unit, and BPS figures for it cover both
    (empty)      no BPS unit found

``variants`` (separated by "|") are the other spellings a lookup accepts: today the BPS names that
differ from the Kemendagri one. Case, spacing, hyphens, apostrophes, the prefixes Kec./Kecamatan
and Desa/Ds./Kel./Kelurahan and "Sei" for "Sungai" are ignored by the lookups without being listed.

The tables are checked on load (``SubregionTableError``, naming file, row and column); a lookup
that does not find exactly one unit raises ``SubregionLookupError``, which ``error_message`` says
in the user's language with the candidates named.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gzip
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Literal

from rapidfuzz import fuzz, process

from domain.regions import (
    DEFAULT_PROVINCE,
    DEFAULT_REGISTRY_FILE,
    FUZZY_MARGIN,
    FUZZY_THRESHOLD,
    PROVINCES_DIR,
    District,
    Registry,
    RegistryError,
    default_registry,
    registry_for,
)
from domain.tables import read_table

Level = Literal["kecamatan", "desa"]
Scheme = Literal["kemendagri", "bps"]

KECAMATAN_COLUMNS: tuple[str, ...] = ("code", "name", "district_code", "bps_code", "bps_name",
                                      "bps_match", "variants")
DESA_COLUMNS: tuple[str, ...] = ("code", "name", "kind", "kecamatan_code", "bps_code", "bps_name",
                                 "bps_match", "variants")
KECAMATAN_MATCHES: tuple[str, ...] = ("name", "spelling", "renamed", "name_only", "split_from")
DESA_MATCHES: tuple[str, ...] = ("name", "spelling", "without_linggang", "overlap")
VARIANT_SEPARATOR = "|"
#: The kind a desa code's last part says by its first digit (other digits: no kind, e.g. Papua's
#: 3xxx "Desa Adat").
KIND_BY_DIGIT: dict[str, str] = {"1": "Kelurahan", "2": "Desa"}
DEFAULT_KECAMATAN_FILE = DEFAULT_REGISTRY_FILE.with_name(
    f"{DEFAULT_REGISTRY_FILE.stem}_kecamatan.csv")
DEFAULT_DESA_FILE = DEFAULT_REGISTRY_FILE.with_name(f"{DEFAULT_REGISTRY_FILE.stem}_desa.csv")
# Every kecamatan and desa/kelurahan of Indonesia: code, name, level, parent, kind.
NATIONAL_FILE = PROVINCES_DIR / "indonesia_units.csv.gz"

_KECAMATAN_CODE = re.compile(r"\d{2}\.\d{2}\.\d{2}")
_DESA_CODE = re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}")
_DISTRICT_CODE = re.compile(r"\d{2}\.\d{2}")


@dataclass(frozen=True)
class Kecamatan:
    code: str  # "64.72.06"
    name: str  # "Sungai Kunjang"
    district_code: str  # "64.72"
    bps_code: str = ""  # "6472050"
    bps_name: str = ""
    bps_match: str = ""
    variants: tuple[str, ...] = ()

    level = "kecamatan"

    @property
    def label(self) -> str:
        """'Kecamatan Sungai Kunjang (64.72.06)'."""
        return f"Kecamatan {self.name} ({self.code})"

    @property
    def parent_code(self) -> str:
        return self.district_code


@dataclass(frozen=True)
class Desa:
    code: str  # "64.02.04.2005"
    name: str  # "Anggana"
    kind: str  # "Desa", "Kelurahan", or "" where the code does not say
    kecamatan_code: str  # "64.02.04"
    bps_code: str = ""  # "6403120005"
    bps_name: str = ""
    bps_match: str = ""
    variants: tuple[str, ...] = ()

    level = "desa"

    @property
    def district_code(self) -> str:
        return self.code[:5]

    @property
    def parent_code(self) -> str:
        return self.kecamatan_code

    @property
    def label(self) -> str:
        """'Desa Anggana (64.02.04.2005)'."""
        return f"{self.kind or 'Desa'} {self.name} ({self.code})"


Unit = Kecamatan | Desa


class SubregionTableError(RegistryError):
    """A kecamatan or desa table that cannot be used; like RegistryError (which it is, so that
    whatever stops a start on a bad district table stops it on these too): file, row, column."""

    def __init__(self, path: Path | str, problem: str, row: int | None = None,
                 column: str | None = None):
        super().__init__(path, problem, row, column)
        where = "".join([f", row {row}" if row is not None else "",
                         f", column {column!r}" if column is not None else ""])
        self.args = (f"subregion table {self.path}{where}: {problem}",)


class SubregionLookupError(ValueError):
    """Input that does not name exactly one kecamatan or desa. ``reason`` is one of: empty,
    unknown, ambiguous, elsewhere (the unit exists, under another parent than the one given),
    other_province, ambiguous_code. ``params`` fill the message (``error_message``)."""

    def __init__(self, reason: str, level: Level, value: str, candidates: Iterable[Unit] = (),
                 **params: str):
        self.reason = reason
        self.level = level
        self.value = value
        self.candidates = tuple(candidates)
        self.labels = tuple(c.label for c in self.candidates)  # Subregions.describe's, once raised
        self.params = params
        names = ", ".join(self.labels) or "-"
        super().__init__(f"{level} {reason}: {value!r} (candidates: {names}; {params})")


@dataclass(frozen=True)
class SubregionMatch:
    unit: Unit
    method: str  # code, bps_code, name, variant, fuzzy
    value: str
    score: float = 100.0


# --- names -------------------------------------------------------------------------------------

_PREFIXES: dict[str, re.Pattern[str]] = {
    "kecamatan": re.compile(r"^(?:kecamatan|kec|distrik)\b\.?\s*"),
    "desa": re.compile(r"^(?:kelurahan|kel|desa|ds)\b\.?\s*"),
}
_SYNONYMS = {"sei": "sungai"}


def name_key(text: str, level: Level) -> str:
    """A name as lookups compare it: case, spaces, hyphens, punctuation and the level's prefix
    ignored, "Sei" read as "Sungai": 'Kec. Sei-Kunjang' -> 'sungaikunjang'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"['’‘`´]", "", text)  # Long La'ai, Tiong Bu'u
    text = re.sub(r"[\s_]+", " ", text).strip()
    text = _PREFIXES[level].sub("", text) or text  # Jawa Tengah has a desa named "Kelurahan"
    words = re.sub(r"[^\w]+", " ", text).split()
    return "".join(_SYNONYMS.get(w, w) for w in words)


def _names(unit: Unit) -> tuple[str, ...]:
    return (unit.name, *unit.variants)


# --- reading the tables ------------------------------------------------------------------------


class _Checker:
    """The checks both tables share, for one file."""

    def __init__(self, path: Path, level: Level, province: str | None):
        self.path, self.level, self.province = path, level, province
        self.codes: dict[str, int] = {}
        self.bps_codes: dict[str, int] = {}
        # (parent, name key) -> (row, code, is a variant)
        self.name_keys: dict[tuple[str, str], list[tuple[int, str, bool]]] = {}
        self.variant_keys: dict[tuple[str, str], tuple[int, str, bool]] = {}

    def fail(self, problem: str, row: int | None = None, column: str | None = None):
        raise SubregionTableError(self.path, problem, row=row, column=column)

    def code(self, row: int, cell: dict[str, str], pattern: re.Pattern[str], parent_column: str,
             example: str) -> tuple[str, str]:
        code, parent = cell["code"], cell[parent_column]
        if not pattern.fullmatch(code) or code.endswith(".00") or code.endswith(".0000"):
            self.fail(f"{code!r} is not a Kemendagri {self.level} code such as {example}", row,
                      "code")
        named = re.match(r"(\d{2})_", self.path.name)
        if self.province is None:
            self.province = named.group(1) if named else code[:2]
        if code[:2] != self.province or (named and named.group(1) != self.province):
            self.fail(f"{code!r} is not in province {self.province}, or the file is not named for "
                      "it (one table, one province, named <code>_...)", row, "code")
        if code in self.codes:
            self.fail(f"{code!r} is already the code of row {self.codes[code]}", row, "code")
        self.codes[code] = row
        if code.rpartition(".")[0] != parent:
            self.fail(f"{code!r} is not inside its parent {parent!r} (the code must start with "
                      "the parent's)", row, parent_column)
        return code, parent

    def names_of(self, row: int, cell: dict[str, str], parent: str, code: str) -> tuple[str, ...]:
        if not cell["name"]:
            self.fail("the cell is empty", row, "name")
        variants = tuple(v.strip() for v in cell["variants"].split(VARIANT_SEPARATOR)) \
            if cell["variants"] else ()
        if not all(variants):
            self.fail(f"an empty variant between {VARIANT_SEPARATOR!r} separators", row, "variants")
        for column, name in (("name", cell["name"]), *(("variants", v) for v in variants)):
            key = name_key(name, self.level)
            if not key or key.isdigit():
                self.fail(f"{name!r} is not a name (only punctuation, a prefix or digits)", row,
                          column)
            # Two units of one parent may share an official name (the code list has a few such
            # pairs; a lookup by that name is refused as ambiguous), but a variant must not name
            # another unit of its parent, nor be another's official name.
            clash = self.variant_keys.get((parent, key))
            if column == "variants":
                clash = clash or next((o for o in self.name_keys.get((parent, key), ())
                                       if o[1] != code), None)
            if clash is not None and clash[1] != code:
                self.fail(f"{name!r} is already a {'variant' if clash[2] else 'name'} of "
                          f"{clash[1]} (row {clash[0]}) in {parent}: a variant must point to one "
                          "unit of its parent", row, column)
            if column == "variants":
                self.variant_keys[parent, key] = (row, code, True)
            else:
                self.name_keys.setdefault((parent, key), []).append((row, code, False))
        return variants

    def bps(self, row: int, cell: dict[str, str], digits: int, matches: tuple[str, ...]) -> None:
        bps, match = cell["bps_code"], cell["bps_match"]
        if bps and not re.fullmatch(rf"\d{{{digits}}}", bps):
            self.fail(f"{bps!r} is not a {digits}-digit BPS code", row, "bps_code")
        if bps and bps[:2] != self.province:
            self.fail(f"{bps!r} is not in province {self.province}", row, "bps_code")
        if match and match not in matches:
            self.fail(f"{match!r} is not one of {', '.join(matches)} (or empty)", row, "bps_match")
        if bool(bps) != bool(match) or (cell["bps_name"] and not bps):
            self.fail("bps_code and bps_match are given together (and bps_name only with them)",
                      row, "bps_match")
        if bps and match != "split_from":
            if bps in self.bps_codes:
                self.fail(f"{bps!r} is already the BPS code of row {self.bps_codes[bps]}", row,
                          "bps_code")
            self.bps_codes[bps] = row


def _read_kecamatan(path: Path) -> tuple[list[int], list[Kecamatan]]:
    check = _Checker(path, "kecamatan", None)
    rows, units = [], []
    for row, cell in read_table(path, KECAMATAN_COLUMNS, SubregionTableError):
        code, district = check.code(row, cell, _KECAMATAN_CODE, "district_code", "64.02.04")
        variants = check.names_of(row, cell, district, code)
        check.bps(row, cell, 7, KECAMATAN_MATCHES)
        rows.append(row)
        units.append(Kecamatan(code, cell["name"], district, cell["bps_code"], cell["bps_name"],
                               cell["bps_match"], variants))
    return rows, units


def _read_desa(path: Path, province: str,
               kecamatan: dict[str, Kecamatan]) -> tuple[list[int], list[Desa]]:
    check = _Checker(path, "desa", province)
    rows, units = [], []
    for row, cell in read_table(path, DESA_COLUMNS, SubregionTableError):
        code, parent = check.code(row, cell, _DESA_CODE, "kecamatan_code", "64.02.04.2005")
        if parent not in kecamatan:
            check.fail(f"kecamatan {parent!r} is not in the kecamatan table", row, "kecamatan_code")
        expected = KIND_BY_DIGIT.get(code[-4], "")
        if cell["kind"] != expected:
            check.fail(f"{cell['kind']!r}, but the code's {code[-4]}xxx says "
                       f"{expected or 'no kind'!r} (1xxx Kelurahan, 2xxx Desa)", row, "kind")
        variants = check.names_of(row, cell, parent, code)
        check.bps(row, cell, 10, DESA_MATCHES)
        parent_bps = kecamatan[parent].bps_code
        if cell["bps_code"] and parent_bps and not cell["bps_code"].startswith(parent_bps):
            check.fail(f"{cell['bps_code']!r} is not inside its kecamatan's BPS code "
                       f"{parent_bps!r}", row, "bps_code")
        rows.append(row)
        units.append(Desa(code, cell["name"], cell["kind"], parent, cell["bps_code"],
                          cell["bps_name"], cell["bps_match"], variants))
    return rows, units


def read_subregion_tables(kecamatan_path: Path | str, desa_path: Path | str
                          ) -> tuple[tuple[Kecamatan, ...], tuple[Desa, ...]]:
    """Both tables read and checked against each other (not against a district registry: see
    ``load_subregions``). Raises SubregionTableError at the first problem."""
    _, kecamatan, desa = _read_tables(Path(kecamatan_path), Path(desa_path))
    return kecamatan, desa


def _read_tables(kecamatan_path: Path, desa_path: Path
                 ) -> tuple[list[int], tuple[Kecamatan, ...], tuple[Desa, ...]]:
    kec_rows, kecamatan = _read_kecamatan(kecamatan_path)
    by_code = {k.code: k for k in kecamatan}
    _, desa = _read_desa(desa_path, kecamatan[0].code[:2], by_code)
    with_desa = {d.kecamatan_code for d in desa}
    for row, kec in zip(kec_rows, kecamatan):
        if kec.code not in with_desa:
            raise SubregionTableError(kecamatan_path, f"kecamatan {kec.code} has no desa/kelurahan "
                                      f"in {desa_path.name}", row=row, column="code")
    return kec_rows, tuple(kecamatan), tuple(desa)


def _check_districts(path: Path, rows: Iterable[int], kecamatan: Iterable[Kecamatan],
                     districts: Registry) -> None:
    """Every kecamatan in a district of the registry, every district with a kecamatan, and BPS
    codes inside the district's BPS code."""
    seen: set[str] = set()
    for row, kec in zip(rows, kecamatan):
        district = districts.by_kemendagri.get(kec.district_code)
        if district is None:
            raise SubregionTableError(path, f"{kec.district_code!r} is not a kab/kota of the district "
                                      f"registry ({districts.source or districts.province_code})",
                                      row=row, column="district_code")
        if kec.bps_code and not kec.bps_code.startswith(district.bps_code):
            raise SubregionTableError(path, f"{kec.bps_code!r} is not inside the BPS code "
                                      f"{district.bps_code} of {district.label}", row=row,
                                      column="bps_code")
        seen.add(kec.district_code)
    for district in districts.districts:
        if district.kemendagri_code not in seen:
            raise SubregionTableError(path, f"{district.label} has no kecamatan")


def load_subregions(kecamatan_path: Path | str, desa_path: Path | str,
                    districts: Registry | None = None) -> Subregions:
    """Both tables, checked (see the module's docstring) and against ``districts`` (the default
    district registry when None): the province must be the registry's, and every kecamatan in one
    of its kab/kota."""
    districts = default_registry() if districts is None else districts
    path = Path(kecamatan_path)
    rows, kecamatan, desa = _read_tables(path, Path(desa_path))
    if kecamatan[0].code[:2] != districts.province_code:
        raise SubregionTableError(path, f"province {kecamatan[0].code[:2]}, but the district "
                                  f"registry is province {districts.province_code}", row=rows[0],
                                  column="code")
    _check_districts(path, rows, kecamatan, districts)
    return Subregions(districts, kecamatan, desa, sources=(str(kecamatan_path), str(desa_path)))


def default_subregions() -> Subregions:
    """The configured province's kecamatan and desa (DASHBOARD_PROVINCE), read once per process
    and province."""
    return subregions_for(default_registry().province_code)


@functools.cache
def subregions_for(province_code: str) -> Subregions:
    """A province's kecamatan and desa: Kaltim's tables (with their BPS crosswalk), the others'
    from the national list of every unit of the Kepmendagri code list (NATIONAL_FILE, made by
    scripts/make_registry.py; no BPS codes, no variants)."""
    districts = registry_for(province_code)
    if districts.province_code == DEFAULT_PROVINCE:
        return load_subregions(DEFAULT_KECAMATAN_FILE, DEFAULT_DESA_FILE, districts)
    return _national_subregions(districts)


def _national_subregions(districts: Registry) -> Subregions:
    prefix = districts.province_code + "."
    kec_rows: list[int] = []
    kecamatan: list[Kecamatan] = []
    desa: list[Desa] = []
    with gzip.open(NATIONAL_FILE, "rt", encoding="utf-8", newline="") as handle:
        for row, cell in enumerate(csv.DictReader(handle), start=2):
            if not cell["code"].startswith(prefix):
                continue
            if cell["level"] == "kecamatan":
                kec_rows.append(row)
                kecamatan.append(Kecamatan(cell["code"], cell["name"], cell["parent"]))
            elif cell["level"] == "desa":
                desa.append(Desa(cell["code"], cell["name"], cell["kind"], cell["parent"]))
    _check_districts(NATIONAL_FILE, kec_rows, kecamatan, districts)
    return Subregions(districts, tuple(kecamatan), tuple(desa), sources=(str(NATIONAL_FILE),))


# --- lookups -----------------------------------------------------------------------------------

_SEP = r"\s*[.\-]\s*"
_KEC_DOTTED = re.compile(rf"^(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}})$")
_DESA_DOTTED = re.compile(rf"^(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{4}})$")


def _text(value: object, level: Level) -> str:
    """The input as text (a number from a spreadsheet as its digits); empty -> error."""
    if value is None or (isinstance(value, float) and value != value):
        raise SubregionLookupError("empty", level, "")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = str(value)
    if not raw.strip():
        raise SubregionLookupError("empty", level, raw)
    return raw


def _index(units: Iterable[Unit]) -> dict[str, tuple[tuple[Unit, bool], ...]]:
    """name key -> ((unit, is its official name), ...)."""
    index: dict[str, list[tuple[Unit, bool]]] = {}
    for unit in units:
        for name in _names(unit):
            index.setdefault(name_key(name, unit.level), []).append((unit, name == unit.name))
    return {key: tuple(entries) for key, entries in index.items()}


@dataclass(frozen=True, eq=False)
class Subregions:
    """One province's kecamatan and desa with their indexes. Built by ``load_subregions``."""

    districts: Registry
    kecamatan: tuple[Kecamatan, ...]
    desa: tuple[Desa, ...]
    sources: tuple[str, ...] = ()
    by_code: dict[str, Unit] = field(init=False, repr=False)
    by_bps: dict[str, Unit] = field(init=False, repr=False)
    children: dict[str, tuple[Unit, ...]] = field(init=False, repr=False)
    names: dict[Level, dict[str, tuple[tuple[Unit, bool], ...]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        init = functools.partial(object.__setattr__, self)
        units: tuple[Unit, ...] = (*self.kecamatan, *self.desa)
        init("by_code", {u.code: u for u in units})
        init("by_bps", {u.bps_code: u for u in units if u.bps_code and u.bps_match != "split_from"})
        children: dict[str, list[Unit]] = {}
        for unit in units:
            children.setdefault(unit.parent_code, []).append(unit)
        init("children", {code: tuple(us) for code, us in children.items()})
        init("names", {"kecamatan": _index(self.kecamatan), "desa": _index(self.desa)})

    @property
    def province_code(self) -> str:
        return self.districts.province_code

    # -- by code, exact --

    def get_kecamatan(self, code: str) -> Kecamatan:
        """The kecamatan with this dotted Kemendagri code ("64.72.06"); KeyError if none."""
        unit = self.by_code.get(code)
        if not isinstance(unit, Kecamatan):
            raise KeyError(code)
        return unit

    def get_desa(self, code: str) -> Desa:
        """The desa/kelurahan with this dotted Kemendagri code ("64.02.04.2005"); KeyError if none."""
        unit = self.by_code.get(code)
        if not isinstance(unit, Desa):
            raise KeyError(code)
        return unit

    def kecamatan_of(self, district: str | District) -> tuple[Kecamatan, ...]:
        """The kecamatan of a kab/kota (a District or its Kemendagri code), in code order."""
        code = district.kemendagri_code if isinstance(district, District) else district
        return self.children.get(code, ())  # type: ignore[return-value]

    def desa_of(self, kecamatan: str | Kecamatan) -> tuple[Desa, ...]:
        """The desa/kelurahan of a kecamatan (a Kecamatan or its code), in code order."""
        code = kecamatan.code if isinstance(kecamatan, Kecamatan) else kecamatan
        return self.children.get(code, ())  # type: ignore[return-value]

    def describe(self, unit: Unit) -> str:
        """A unit as a candidate in a message, with its parent: 'Kelurahan Kampung Baru
        (64.02.06.1008, Kec. Tenggarong)', 'Kecamatan Sungai Kunjang (64.72.06, Kota Samarinda)'."""
        if isinstance(unit, Kecamatan):
            return f"{unit.label[:-1]}, {self.districts.get(unit.district_code).official_name})"
        return f"{unit.label[:-1]}, Kec. {self.get_kecamatan(unit.kecamatan_code).name})"

    def parent_label(self, unit: Unit) -> str:
        """What a unit is in: the kab/kota's official name for a kecamatan, the kecamatan's label
        for a desa."""
        if isinstance(unit, Kecamatan):
            return self.districts.get(unit.district_code).official_name
        return self.get_kecamatan(unit.kecamatan_code).label

    # -- from what users write --

    def find_kecamatan(self, value: object, district: object = None, *,
                       scheme: Scheme | None = None) -> SubregionMatch:
        """A kecamatan from a code ("64.72.06", "647206", BPS "6472050") or a name, within
        ``district`` when given (anything ``regions.normalise`` reads: "Samarinda", "64.72", a
        District; its errors are its own). Raises SubregionLookupError, never guesses."""
        with self._described():
            return self._find_kecamatan(value, district, scheme)

    def find_desa(self, value: object, kecamatan: object = None, district: object = None, *,
                  scheme: Scheme | None = None) -> SubregionMatch:
        """A desa/kelurahan from a code ("64.02.04.2005", "6402042005", BPS "6403120005") or a name,
        within ``kecamatan`` (a name or code, read by ``find_kecamatan`` within ``district``, or a
        Kecamatan) and/or ``district`` when given. A name several desa share in the scope is
        refused with them named; so is a code whose kecamatan is not the one given. A bare ten-digit
        code that is one desa's Kemendagri code and another's BPS code needs ``scheme``."""
        with self._described():
            return self._find_desa(value, kecamatan, district, scheme)

    @contextlib.contextmanager
    def _described(self) -> Iterator[None]:
        """Name an error's candidates with their parents (``describe``)."""
        try:
            yield
        except SubregionLookupError as error:
            error.labels = tuple(self.describe(c) for c in error.candidates)
            raise

    # -- the parts --

    def _find_kecamatan(self, value: object, district: object,
                        scheme: Scheme | None) -> SubregionMatch:
        raw = _text(value, "kecamatan")
        scope = self._district(district)
        text = _fold(raw)
        if _KEC_DOTTED.match(text) or re.fullmatch(r"\d{6,7}", text):
            match = self._kecamatan_by_code(raw, text, scheme)
            return self._in_scope(match, scope)
        if re.fullmatch(r"[\d.\s\-]+", text):
            raise SubregionLookupError("unknown", "kecamatan", raw, scope=self._scope_label(scope))
        return self._by_name(raw, "kecamatan", scope)

    def _find_desa(self, value: object, kecamatan: object, district: object,
                   scheme: Scheme | None) -> SubregionMatch:
        raw = _text(value, "desa")
        scope: District | Kecamatan | None = self._district(district)
        if isinstance(kecamatan, Kecamatan):
            scope = self._in_scope(SubregionMatch(kecamatan, "code", kecamatan.code), scope).unit
        elif kecamatan is not None:
            scope = self.find_kecamatan(kecamatan, scope).unit  # type: ignore[assignment]
        text = _fold(raw)
        if _DESA_DOTTED.match(text) or re.fullmatch(r"\d{10}", text):
            return self._in_scope(self._desa_by_code(raw, text, scheme), scope)
        if re.fullmatch(r"[\d.\s\-]+", text):
            raise SubregionLookupError("unknown", "desa", raw, scope=self._scope_label(scope))
        return self._by_name(raw, "desa", scope)

    def _district(self, district: object) -> District | None:
        if district is None or isinstance(district, District):
            return district
        return self.districts.normalise(district).district

    def _scope_label(self, scope: District | Kecamatan | None) -> str:
        if scope is None:
            return self.districts.province_name
        return scope.official_name if isinstance(scope, District) else scope.label

    def _contains(self, scope: District | Kecamatan | None, unit: Unit) -> bool:
        if scope is None:
            return True
        if isinstance(scope, District):
            return unit.district_code == scope.kemendagri_code
        return isinstance(unit, Desa) and unit.kecamatan_code == scope.code

    def _in_scope(self, match: SubregionMatch, scope: District | Kecamatan | None) -> SubregionMatch:
        if self._contains(scope, match.unit):
            return match
        unit = match.unit
        actual = self.districts.get(unit.district_code).official_name \
            if isinstance(scope, District) else self.parent_label(unit)
        raise SubregionLookupError("elsewhere", unit.level, match.value, [unit], unit=unit.label,
                                   actual=actual, given=self._scope_label(scope))

    def _province(self, raw: str, level: Level, code: str) -> None:
        if code[:2] != self.province_code:
            raise SubregionLookupError("other_province", level, raw, province=code[:2],
                                       province_name=self.districts.province_name)

    def _kecamatan_by_code(self, raw: str, text: str, scheme: Scheme | None) -> SubregionMatch:
        dotted = _KEC_DOTTED.match(text)
        digits = "".join(dotted.groups()) if dotted else text
        self._province(raw, "kecamatan", digits)
        if dotted or (len(digits) == 6 and scheme != "bps"):
            unit = self.by_code.get(f"{digits[:2]}.{digits[2:4]}.{digits[4:]}")
            method = "code"
        else:
            unit = self.by_bps.get(digits) if scheme != "kemendagri" else None
            method = "bps_code"
        if not isinstance(unit, Kecamatan):
            raise SubregionLookupError("unknown", "kecamatan", raw,
                                       scope=self.districts.province_name)
        return SubregionMatch(unit, method, raw)

    def _desa_by_code(self, raw: str, text: str, scheme: Scheme | None) -> SubregionMatch:
        dotted = _DESA_DOTTED.match(text)
        digits = "".join(dotted.groups()) if dotted else text
        self._province(raw, "desa", digits)
        kemendagri = self.by_code.get(f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}") \
            if scheme != "bps" else None
        bps = self.by_bps.get(digits) if not dotted and scheme != "kemendagri" else None
        kemendagri = kemendagri if isinstance(kemendagri, Desa) else None
        bps = bps if isinstance(bps, Desa) else None
        if kemendagri is not None and bps is not None and kemendagri is not bps:
            raise SubregionLookupError("ambiguous_code", "desa", raw, [kemendagri, bps])
        if kemendagri is not None:
            return SubregionMatch(kemendagri, "code", raw)
        if bps is not None:
            return SubregionMatch(bps, "bps_code", raw)
        raise SubregionLookupError("unknown", "desa", raw, scope=self.districts.province_name)

    def _by_name(self, raw: str, level: Level, scope: District | Kecamatan | None) -> SubregionMatch:
        key = name_key(raw, level)
        entries = self.names[level].get(key, ())
        if not entries and not re.sub(r"\W+", "", _PREFIXES[level].sub("", _fold(raw))):
            raise SubregionLookupError("empty", level, raw)  # only a prefix, "Kec."
        inside = [(u, official) for u, official in entries if self._contains(scope, u)]
        if inside:
            # The official name wins over another unit's variant; several units left: refused.
            best = [u for u, official in inside if official] or [u for u, _ in inside]
            if len(best) == 1:
                official = any(o for u, o in inside if u is best[0])
                return SubregionMatch(best[0], "name" if official else "variant", raw)
            raise SubregionLookupError("ambiguous", level, raw, best,
                                       scope=self._scope_label(scope))
        outside = list(dict.fromkeys(u for u, _ in entries))
        if len(outside) == 1:
            return self._in_scope(SubregionMatch(outside[0], "name", raw), scope)
        if outside:
            raise SubregionLookupError("unknown", level, raw, outside,
                                       scope=self._scope_label(scope))
        return self._fuzzy(raw, level, key, scope)

    def _fuzzy(self, raw: str, level: Level, key: str,
               scope: District | Kecamatan | None) -> SubregionMatch:
        """A typo accepted as domain/regions.py accepts one: above FUZZY_THRESHOLD and ahead of
        the next unit by FUZZY_MARGIN; else refused with up to three close candidates."""
        choices = {k: [u for u, _ in entries if self._contains(scope, u)]
                   for k, entries in self.names[level].items()}
        choices = {k: us for k, us in choices.items() if us}
        best: dict[str, tuple[Unit, float]] = {}
        for name, score, _ in process.extract(key, list(choices), scorer=fuzz.ratio,
                                              limit=len(choices)):
            for unit in choices[name]:
                if unit.code not in best:
                    best[unit.code] = (unit, score)
        ordered = sorted(best.values(), key=lambda pair: (-pair[1], pair[0].code))
        label = self._scope_label(scope)
        if not ordered:
            raise SubregionLookupError("unknown", level, raw, scope=label)
        top, top_score = ordered[0]
        second = ordered[1][1] if len(ordered) > 1 else 0.0
        if top_score >= FUZZY_THRESHOLD and top_score - second >= FUZZY_MARGIN:
            return SubregionMatch(top, "fuzzy", raw, score=round(top_score, 1))
        if top_score >= FUZZY_THRESHOLD:
            raise SubregionLookupError("ambiguous", level, raw,
                                       [u for u, s in ordered if s >= FUZZY_THRESHOLD], scope=label)
        raise SubregionLookupError("unknown", level, raw, [u for u, s in ordered[:3] if s >= 60],
                                   scope=label)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    if re.fullmatch(r"\d+\.0", text):  # a code read by a spreadsheet as a number
        text = text[:-2]
    return re.sub(r"\s+", " ", text)


# --- messages ----------------------------------------------------------------------------------

_LEVEL_IDS = {"kecamatan": "subregion.level.kecamatan", "desa": "subregion.level.desa"}


def error_message(error: SubregionLookupError, lang: str = "id") -> str:
    """The lookup error said in the user's language, naming the candidates."""
    from i18n import t

    level = t(_LEVEL_IDS[error.level], lang)
    params = error.params
    names = ", ".join(error.labels)
    if error.reason == "empty":
        return t("subregion.error.empty", lang, level=level)
    if error.reason == "elsewhere":
        return t("subregion.error.elsewhere", lang, unit=params["unit"], actual=params["actual"],
                 given=params["given"])
    if error.reason == "other_province":
        return t("subregion.error.other_province", lang, value=error.value,
                 province=params["province"], province_name=params["province_name"])
    if error.reason == "ambiguous_code":
        kemendagri, bps = error.labels
        names = ", ".join((t("region.candidate.kemendagri", lang, name=kemendagri),
                           t("region.candidate.bps", lang, name=bps)))
        return t("subregion.error.ambiguous_code", lang, value=error.value, candidates=names)
    if error.reason == "ambiguous":
        return t("subregion.error.ambiguous", lang, value=error.value, level=level,
                 scope=params["scope"], candidates=names)
    hint = t("subregion.error.hint", lang, candidates=names) if names else ""
    return t("subregion.error.unknown", lang, value=error.value, level=level,
             scope=params["scope"], hint=hint)
