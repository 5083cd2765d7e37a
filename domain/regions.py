"""The ten kabupaten/kota of Kalimantan Timur: the one place that knows their codes and names.

Two code schemes are in use and they differ for four districts:

    Kemendagri (KPU, Dukcapil, this dashboard's key)   BPS (statistics)
    64.02 Kutai Kartanegara                              6403
    64.03 Berau                                          6405
    64.07 Kutai Barat                                    6402
    64.08 Kutai Timur                                    6404

A bare four-digit code is therefore only trusted when its scheme is known, or when it names the
same district in both schemes. Everything else in the project asks this module.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal

from rapidfuzz import fuzz, process

import config
from domain.tables import read_table
from i18n import MISSING

Scheme = Literal["kemendagri", "bps"]

# Similarity (0-100, rapidfuzz ratio on normalised names) needed to accept a typo, and the margin
# by which the best candidate must beat the next one; below either, the input is refused.
FUZZY_THRESHOLD = 85.0
FUZZY_MARGIN = 6.0


@dataclass(frozen=True)
class District:
    kemendagri_code: str  # "64.02"
    bps_code: str  # "6403"; "" in a province without a crosswalk (BPS codes not known)
    official_name: str  # "Kabupaten Kutai Kartanegara"
    short_name: str  # "Kutai Kartanegara"
    kind: Literal["Kabupaten", "Kota"]
    capital: str  # "" where the table has none (the generated tables)
    abbreviation: str  # "Kukar"; the short name where the table has none
    variants: tuple[str, ...] = field(default=())

    @property
    def kemendagri_undotted(self) -> str:
        return self.kemendagri_code.replace(".", "")

    @property
    def label(self) -> str:
        """How a district is named to users: 'Kabupaten Kutai Kartanegara (64.02)'."""
        return f"{self.official_name} ({self.kemendagri_code})"


# Kab/kota that belonged to Kalimantan Timur until 2012 and are now in Kalimantan Utara (65): the
# most likely "other province" in a district's file, so they get a precise message.
FORMER_DISTRICTS_NOW_KALTARA: dict[str, str] = {
    "malinau": "Kabupaten Malinau",
    "bulungan": "Kabupaten Bulungan",
    "nunukan": "Kabupaten Nunukan",
    "tana tidung": "Kabupaten Tana Tidung",
    "tarakan": "Kota Tarakan",
}


# The districts themselves are data: one CSV per province in geodata/registry/, named
# "<province code>_<province name>.csv" (64_kalimantan_timur.csv), UTF-8, a header row and one row
# per kab/kota with the columns below in any order. Every cell is required except ``variants``
# (other spellings users write, separated by "|": "Pasir|Kab. Paser") and the OPTIONAL_COLUMNS,
# which a table fills on every row or leaves empty on every row (a half-filled column is an
# editing slip, and a half-known crosswalk would make bare codes unsafe to read). A table without
# BPS codes is a province without a crosswalk: a bare four-digit code there is refused with reason
# ``no_crosswalk`` unless the scheme is stated as Kemendagri (see normalise). The province's code
# and name are repeated on every row, so that a row read alone still says where it belongs. The
# module-level API (DISTRICTS, BY_KEMENDAGRI, normalise, get, ...) is the table of the province
# DASHBOARD_PROVINCE names (Kaltim's by default; default_registry()), each table read once per
# process.
# Kalimantan Timur's table: from ../shared/facts/kaltim_kabupaten_kota.csv (checked against
# Kepmendagri 300.2.2-2430/2025 and BPS 2020 through the crosswalk in ../shared/geodata/), with the
# variants this project accepts. The other 37 provinces' tables are in PROVINCES_DIR, made by
# scripts/make_registry.py from the Kepmendagri code list: no BPS codes, capitals or abbreviations.
# ``registry_file(code)`` finds a province's table and ``registry_for(code)`` reads it.
REGISTRY_DIR = Path(__file__).resolve().parent.parent / "geodata" / "registry"
PROVINCES_DIR = REGISTRY_DIR / "provinces"
DEFAULT_PROVINCE = "64"
DEFAULT_REGISTRY_FILE = REGISTRY_DIR / "64_kalimantan_timur.csv"
COLUMNS: tuple[str, ...] = ("province_code", "province_name", "kemendagri_code", "bps_code",
                            "official_name", "short_name", "kind", "capital", "abbreviation",
                            "variants")
OPTIONAL_COLUMNS: tuple[str, ...] = ("bps_code", "capital", "abbreviation")
VARIANT_SEPARATOR = "|"
KINDS: tuple[str, ...] = ("Kabupaten", "Kota")


class RegistryError(ValueError):
    """A registry table that cannot be used: says the file, the row (its line in the file, the
    header being row 1) and the column, where there is one. A deployment error for whoever set the
    dashboard up, so in English."""

    def __init__(self, path: Path | str, problem: str, row: int | None = None,
                 column: str | None = None):
        self.path = str(path)
        self.problem = problem
        self.row = row
        self.column = column
        where = "".join([f", row {row}" if row is not None else "",
                         f", column {column!r}" if column is not None else ""])
        super().__init__(f"district registry {self.path}{where}: {problem}")


class UnknownProvinceError(RegistryError, KeyError):
    """A province code with no table (``registry_file``): the message lists the valid codes with
    their names. A setting's error, for whoever set the dashboard up, so in English like every
    RegistryError."""

    def __init__(self, code: object, known: dict[str, str]):
        self.code = code
        self.known = dict(known)
        listed = ", ".join(f"{c} {name}" for c, name in self.known.items())
        super().__init__(REGISTRY_DIR, f"no province {str(code)!r}: the province codes are "
                         f"{listed}")

    __str__ = ValueError.__str__  # not KeyError's quoted repr


@dataclass(frozen=True, eq=False)
class Registry:
    """One province's kab/kota, with the indexes that lookups use. Built by ``load_registry``,
    which checks the table; the lookups are the module's functions with ``registry=`` this."""

    province_code: str  # "64"
    province_name: str  # "Kalimantan Timur"
    districts: tuple[District, ...]
    source: str = ""  # the file it was read from
    by_kemendagri: dict[str, District] = field(init=False, repr=False)
    by_bps: dict[str, District] = field(init=False, repr=False)
    codes_that_differ: tuple[str, ...] = field(init=False, repr=False)
    # name key (no prefix) -> the one district it names; keys a Kabupaten and a Kota share
    # ("magelang") are in shared_names instead, and kind_index tells them apart by the prefix.
    name_index: dict[str, District] = field(init=False, repr=False)
    shared_names: dict[str, tuple[District, ...]] = field(init=False, repr=False)
    kind_index: dict[tuple[str, str], District] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        init = functools.partial(object.__setattr__, self)
        init("by_kemendagri", {d.kemendagri_code: d for d in self.districts})
        init("by_bps", {d.bps_code: d for d in self.districts if d.bps_code})
        init("codes_that_differ", tuple(d.kemendagri_code for d in self.districts
                                        if d.bps_code and d.kemendagri_undotted != d.bps_code))
        name_index, shared, by_kind = _build_name_index(self.districts)
        init("name_index", name_index)
        init("shared_names", shared)
        init("kind_index", by_kind)

    @property
    def has_crosswalk(self) -> bool:
        """Whether the BPS codes of this province are known (only Kalimantan Timur's today)."""
        return bool(self.by_bps)

    def get(self, kemendagri_code: str) -> District:
        return get(kemendagri_code, registry=self)

    def codes(self) -> list[str]:
        return codes(registry=self)

    def normalise(self, value: object, scheme: Scheme | None = None) -> RegionMatch:
        return normalise(value, scheme, registry=self)

    def detect_scheme(self, values: Iterable[object]) -> Scheme | None | Literal["mixed"]:
        return detect_scheme(values, registry=self)


def load_registry(path: Path | str) -> Registry:
    """Read and check one province's table (see the comment above REGISTRY_DIR). Raises
    RegistryError naming the file, row and column of the first problem found."""
    path = Path(path)
    rows = read_table(path, COLUMNS, RegistryError, rows_are="district rows")
    _check_optional_columns(path, rows)
    province: tuple[str, str] | None = None
    districts: list[District] = []
    codes_seen: dict[tuple[str, str], int] = {}  # (column, code) -> row
    names_seen: dict[str, list[tuple[int, District]]] = {}  # name key -> (row, district)s
    for row, cell in rows:
        for column in COLUMNS:
            if column != "variants" and column not in OPTIONAL_COLUMNS and not cell[column]:
                raise RegistryError(path, "the cell is empty", row=row, column=column)
        province = _check_province(path, row, cell, province)
        district = _district(path, row, cell, province[0])
        _check_unique(path, row, district, codes_seen, names_seen)
        districts.append(district)
    assert province is not None
    return Registry(province[0], province[1], tuple(districts), source=str(path))


def _check_optional_columns(path: Path, rows: list[tuple[int, dict[str, str]]]) -> None:
    """An optional column is filled on every row or on none: the first empty cell of a column
    filled elsewhere is refused, naming a filled row."""
    for column in OPTIONAL_COLUMNS:
        filled = [row for row, cell in rows if cell[column]]
        empty = [row for row, cell in rows if not cell[column]]
        if filled and empty:
            raise RegistryError(path, f"the cell is empty, but row {filled[0]} has one: this "
                                "column is filled on every row or left empty on every row",
                                row=empty[0], column=column)


def _check_province(path: Path, row: int, cell: dict[str, str],
                    first: tuple[str, str] | None) -> tuple[str, str]:
    """The province this row names, which must be the first row's (and the file name's)."""
    code, name = cell["province_code"], cell["province_name"]
    if not re.fullmatch(r"\d{2}", code):
        raise RegistryError(path, f"{code!r} is not a two-digit province code", row=row,
                            column="province_code")
    if first is None:
        named = re.match(r"(\d{2})_", path.name)
        if named and named.group(1) != code:
            raise RegistryError(path, f"province {code}, but the file is named for "
                                f"{named.group(1)}", row=row, column="province_code")
        return code, name
    for column, value, expected in (("province_code", code, first[0]),
                                    ("province_name", name, first[1])):
        if value != expected:
            raise RegistryError(path, f"{value!r} differs from {expected!r} in the first row "
                                "(one table, one province)", row=row, column=column)
    return first


def _district(path: Path, row: int, cell: dict[str, str], province: str) -> District:
    kemendagri, bps = cell["kemendagri_code"], cell["bps_code"]
    if not re.fullmatch(r"\d{2}\.\d{2}", kemendagri) or kemendagri.endswith(".00"):
        raise RegistryError(path, f"{kemendagri!r} is not a Kemendagri kab/kota code such as "
                            f"{province}.01", row=row, column="kemendagri_code")
    if bps and (not re.fullmatch(r"\d{4}", bps) or bps.endswith("00")):
        raise RegistryError(path, f"{bps!r} is not a BPS kab/kota code such as {province}01",
                            row=row, column="bps_code")
    for column, code in (("kemendagri_code", kemendagri), ("bps_code", bps)):
        if code and code[:2] != province:
            raise RegistryError(path, f"{code!r} is not in province {province} (province_code)",
                                row=row, column=column)
    if cell["kind"] not in KINDS:
        raise RegistryError(path, f"{cell['kind']!r} is not one of {', '.join(KINDS)}", row=row,
                            column="kind")
    variants = tuple(v.strip() for v in cell["variants"].split(VARIANT_SEPARATOR)) \
        if cell["variants"] else ()
    if not all(variants):
        raise RegistryError(path, f"an empty variant between {VARIANT_SEPARATOR!r} separators",
                            row=row, column="variants")
    return District(kemendagri, bps, cell["official_name"], cell["short_name"], cell["kind"],
                    cell["capital"], cell["abbreviation"] or cell["short_name"], variants)


def _check_unique(path: Path, row: int, district: District,
                  codes_seen: dict[tuple[str, str], int],
                  names_seen: dict[str, list[tuple[int, District]]]) -> None:
    """Each code names one row in its scheme, and each name (official, short, abbreviation,
    variant; compared as normalise compares them, without the Kab./Kota prefix) one district, or
    one Kabupaten and one Kota (Kabupaten Magelang and Kota Magelang: the prefix tells them apart,
    the bare name is ambiguous)."""
    for column, code in (("kemendagri_code", district.kemendagri_code),
                         ("bps_code", district.bps_code)):
        if not code:
            continue
        if (column, code) in codes_seen:
            raise RegistryError(path, f"{code!r} is already the code of row "
                                f"{codes_seen[column, code]}", row=row, column=column)
        codes_seen[column, code] = row
    for column, name in (("official_name", district.official_name),
                         ("short_name", district.short_name),
                         ("abbreviation", district.abbreviation),
                         *(("variants", v) for v in district.variants)):
        key = _name_key(name)
        if not key or key.replace(" ", "").isdigit():
            raise RegistryError(path, f"{name!r} is not a name (only punctuation, a prefix or "
                                "digits)", row=row, column=column)
        seen = names_seen.setdefault(key, [])
        for other_row, other in seen:
            if other is not district and other.kind == district.kind:
                raise RegistryError(path, f"{name!r} already names {other.label} (row "
                                    f"{other_row}): a name must point to one district (or to "
                                    "one Kabupaten and one Kota)", row=row, column=column)
        if all(other is not district for _, other in seen):
            seen.append((row, district))


def configured_province() -> str:
    """The province code DASHBOARD_PROVINCE names ("64" unset), as written (not checked)."""
    return _province_code(config.PROVINCE.get())


def default_registry() -> Registry:
    """The table this dashboard runs on: the province DASHBOARD_PROVINCE names (Kaltim, 64, by
    default), each table read once per process. An unknown code raises UnknownProvinceError
    (domain.province says it in both languages)."""
    return registry_for(configured_province())


def _province_code(code: object) -> str:
    text = str(code).strip()
    return text.zfill(2) if text.isdigit() and len(text) == 1 else text


def province_tables() -> dict[str, Path]:
    """Province code -> its district table: Kaltim's hand-made one, the others' generated ones."""
    tables: dict[str, list[Path]] = {}
    for path in sorted(PROVINCES_DIR.glob("[0-9][0-9]_*.csv")):
        tables.setdefault(path.name[:2], []).append(path)
    for code, paths in tables.items():
        if len(paths) > 1 and code != DEFAULT_PROVINCE:
            raise RegistryError(PROVINCES_DIR, f"two tables for province {code}: "
                                f"{', '.join(p.name for p in paths)}")
    found = {code: paths[0] for code, paths in tables.items()}
    found[DEFAULT_PROVINCE] = DEFAULT_REGISTRY_FILE
    return dict(sorted(found.items()))


def province_names() -> dict[str, str]:
    """Province code -> name, from each table's first row (the file name where it has none)."""
    names: dict[str, str] = {}
    for code, path in province_tables().items():
        try:
            with open(path, encoding="utf-8-sig", newline="") as f:
                first = next(csv.DictReader(f), None) or {}
        except (OSError, UnicodeDecodeError, csv.Error):
            first = {}
        names[code] = (first.get("province_name") or "").strip() or \
            path.stem[3:].replace("_", " ").title()
    return names


def registry_file(province_code: object) -> Path:
    """The district table of a province ("33" or 33): geodata/registry/64_kalimantan_timur.csv
    for Kaltim, geodata/registry/provinces/<code>_*.csv for the others. An unknown code raises
    UnknownProvinceError, listing the valid codes with their names."""
    code = _province_code(province_code)
    tables = province_tables()
    if code not in tables:
        raise UnknownProvinceError(province_code, province_names())
    return tables[code]


def registry_for(province_code: object) -> Registry:
    """A province's registry, read once per process (Kaltim's is ``default_registry()``)."""
    return _registry_for(_province_code(province_code))


@functools.cache
def _registry_for(code: str) -> Registry:
    return load_registry(registry_file(code))


class RegionLookupError(ValueError):
    """Input that does not name exactly one district. Carries a message id and its parameters so
    that the page or the command line can say it in the user's language."""

    def __init__(self, reason: str, value: str, candidates: Iterable[District] = (), **params):
        # one of: empty, unknown, ambiguous, other_province, ambiguous_code, code_name_mismatch,
        # no_crosswalk (a bare code in a province whose BPS codes are not known)
        self.reason = reason
        self.value = value
        self.candidates = tuple(candidates)
        self.params = params
        self.registry_province: tuple[str, str] | None = None  # (code, name), set by normalise
        names = ", ".join(c.label for c in self.candidates) or "-"
        super().__init__(f"{reason}: {value!r} (candidates: {names})")


@dataclass(frozen=True)
class RegionMatch:
    district: District
    # kemendagri_code, bps_code, code_same_in_both, name, variant, fuzzy; code_name (a code and a
    # name in one cell that agree), code_name_scheme (a bare code read differently by the two
    # schemes, the name deciding: see code_name_readings)
    method: str
    value: str
    score: float = 100.0
    scheme: Scheme | None = None


_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota|kot\.?|kotamadya|kodya)\s+")
_DOTTED = re.compile(r"^(\d{2})\s*[.\-]\s*(\d{2})$")
_UNDOTTED = re.compile(r"^(\d{2})(\d{2})(?:\.0)?$")
# "6403 Kutai Kartanegara", "64.72 - Samarinda", "64.72 Kota Samarinda", "6472: Samarinda"
_CODE_NAME = re.compile(r"^\(?(\d{2}\s*[.\-]?\s*\d{2})\)?\s*[-–—:,/|]?\s*([^\W\d_].*)$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = re.sub(r"[\s_]+", " ", text)
    return text


def _name_key(text: str) -> str:
    """Lower case, no prefix, no punctuation: 'KAB.  Kutai-Barat' -> 'kutai barat'."""
    text = _PREFIX.sub("", _fold(text))
    text = re.sub(r"[^\w ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _prefix_kind(text: str) -> str | None:
    """The kind a name's prefix says: 'Kab. Magelang' -> Kabupaten, 'Kota Magelang' -> Kota."""
    found = _PREFIX.match(_fold(text))
    if found is None:
        return None
    return "Kabupaten" if found.group(1).startswith("kab") else "Kota"


def _build_name_index(districts: Iterable[District]
                      ) -> tuple[dict[str, District], dict[str, tuple[District, ...]],
                                 dict[tuple[str, str], District]]:
    """(name key -> its one district, name key -> the Kabupaten and the Kota sharing it,
    (kind, name key) -> district)."""
    named: dict[str, list[District]] = {}
    by_kind: dict[tuple[str, str], District] = {}
    for d in districts:
        for name in (d.official_name, d.short_name, d.abbreviation, *d.variants):
            key = _name_key(name)
            if d not in named.setdefault(key, []):
                named[key].append(d)
            by_kind[d.kind, key] = d
    index = {key: ds[0] for key, ds in named.items() if len(ds) == 1}
    shared = {key: tuple(ds) for key, ds in named.items() if len(ds) > 1}
    return index, shared, by_kind


def _registry(registry: Registry | None) -> Registry:
    return default_registry() if registry is None else registry


def normalise(value: object, scheme: Scheme | None = None, *,
              registry: Registry | None = None) -> RegionMatch:
    """Map a code or a name to one district, or raise RegionLookupError.

    Codes: "64.02" and "64-02" are Kemendagri. A bare "6402" is read in ``scheme`` when given;
    without it, only when it names the same district in both schemes (or exists in only one).
    Names: case, spacing, punctuation and the Kab./Kabupaten/Kota prefixes are ignored; known
    variants and abbreviations are accepted; typos are accepted above FUZZY_THRESHOLD when one
    candidate clearly wins. Never a silent guess. ``registry``: another province's table
    (``load_registry``, ``registry_for``); the default one when None.

    A Kabupaten and a Kota sharing a name (Jawa Tengah's Magelang, Pekalongan, Semarang, Tegal):
    the prefix decides ("Kota Semarang", "Kab. Semarang"), the bare name is ``ambiguous`` naming
    both; with a code that reads as one of them ("33.74 Semarang") the code decides. A province
    without a crosswalk (no BPS codes in its table): a bare "3374" (or 3374) is
    refused as ``no_crosswalk`` unless ``scheme="kemendagri"`` says how to read it; the dotted
    "33.74", the name, or a bare code with a name that agrees with its Kemendagri reading
    ("3374 Kota Semarang": the name decides) are accepted. A refusal records the registry's
    province (``error.registry_province``) so that its message names it.
    """
    reg = _registry(registry)
    try:
        return _normalise(reg, value, scheme)
    except RegionLookupError as error:
        if error.registry_province is None:
            error.registry_province = (reg.province_code, reg.province_name)
        raise


def _normalise(reg: Registry, value: object, scheme: Scheme | None) -> RegionMatch:
    if value is None or (isinstance(value, float) and value != value):
        raise RegionLookupError("empty", "")
    if isinstance(value, (int,)) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, float) and value.is_integer():
        value = str(int(value))
    raw = str(value)
    text = _fold(raw)
    if not text:
        raise RegionLookupError("empty", raw)

    code_name = _CODE_NAME.match(_code_name_text(raw))
    if code_name:
        return _code_and_name(reg, raw, code_name.group(1), code_name.group(2), scheme)
    dotted = _DOTTED.match(text)
    if dotted:
        return _by_code(reg, raw, dotted.group(1), dotted.group(2), "kemendagri")
    undotted = _UNDOTTED.match(text)
    if undotted:
        return _by_code(reg, raw, undotted.group(1), undotted.group(2), scheme)
    if re.fullmatch(r"[\d.\s]+", text):
        raise RegionLookupError("unknown", raw)

    key, kind = _name_key(text), _prefix_kind(text)
    d = reg.name_index.get(key)
    if d is None and key in reg.shared_names:
        d = reg.kind_index.get((kind, key)) if kind else None
        if d is None:
            raise RegionLookupError("ambiguous", raw, reg.shared_names[key])
    if d is not None:
        method = "name" if key in {_name_key(d.official_name), _name_key(d.short_name)} else "variant"
        return RegionMatch(d, method, raw)
    if key in FORMER_DISTRICTS_NOW_KALTARA and reg.province_code == DEFAULT_PROVINCE:
        raise RegionLookupError("other_province", raw, province="Kalimantan Utara")
    return _fuzzy(reg, raw, key, kind)


def _code_name_text(raw: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw)).strip()


def _code_readings(reg: Registry, raw: str, code: str
                   ) -> tuple[bool, District | None, District | None]:
    """(dotted, Kemendagri reading, BPS reading) of a code; a dotted code has no BPS reading."""
    dotted = _DOTTED.match(code)
    province, local = (dotted.group(1), dotted.group(2)) if dotted else (code[:2], code[2:])
    if province != reg.province_code:
        raise RegionLookupError("other_province", raw, province=province)
    kemendagri = reg.by_kemendagri.get(f"{province}.{local}")
    bps = None if dotted else reg.by_bps.get(f"{province}{local}")
    return bool(dotted), kemendagri, bps


def _code_and_name(reg: Registry, raw: str, code: str, name: str,
                   scheme: Scheme | None) -> RegionMatch:
    """A code and a name in one cell: both are used. They agree: the district. A bare code the
    two schemes read differently, and the name is one of the readings: the name decides
    (method code_name_scheme, reported). A name a Kabupaten and a Kota share, and a code that
    reads as one of them: the code decides. Otherwise, or when neither resolves: refused, with
    the candidates."""
    code = re.sub(r"\s+", "", code)
    dotted, kemendagri, bps = _code_readings(reg, raw, code)
    if not dotted and scheme == "bps" and not reg.has_crosswalk:
        raise _no_crosswalk(reg, raw, code)
    try:
        by_name: District | None = normalise(name, registry=reg).district
        name_candidates: tuple[District, ...] = ()
    except RegionLookupError as error:
        by_name, name_candidates = None, error.candidates
    in_scheme = {"kemendagri": kemendagri, "bps": bps}.get(scheme or "") if not dotted else None
    readings = [d for d in ((in_scheme,) if in_scheme else (kemendagri, bps)) if d is not None]
    if by_name is not None and readings and all(d is by_name for d in readings):
        return RegionMatch(by_name, "code_name", raw, scheme="kemendagri" if dotted else scheme)
    if by_name is not None and by_name in (kemendagri, bps) and not dotted:
        chosen: Scheme = "kemendagri" if by_name is kemendagri else "bps"
        return RegionMatch(by_name, "code_name_scheme", raw, scheme=chosen)
    decided = _code_decides_shared_name(reg, name, readings, known=dotted or in_scheme is not None)
    if by_name is None and decided is not None:
        return RegionMatch(decided, "code_name", raw, scheme="kemendagri" if dotted else scheme)
    if not dotted and scheme is None and not reg.has_crosswalk:
        raise _no_crosswalk(reg, raw, code)  # the code's BPS reading might be what was meant
    candidates = list(dict.fromkeys(d for d in (kemendagri, bps, by_name, *name_candidates)
                                    if d is not None)) or list(reg.districts)
    schemes = (("kemendagri", kemendagri), ("bps", bps)) if in_scheme is None else \
        ((scheme, in_scheme),)
    raise RegionLookupError("code_name_mismatch", raw, candidates, code=code, name=name,
                            code_readings=tuple((k, d) for k, d in schemes if d is not None),
                            name_district=by_name)


def _no_crosswalk(reg: Registry, raw: str, code: str) -> RegionLookupError:
    return RegionLookupError("no_crosswalk", raw, province=reg.province_name,
                             dotted=f"{code[:2]}.{code[2:]}")


def _code_decides_shared_name(reg: Registry, name: str, readings: list[District], *,
                              known: bool) -> District | None:
    """"33.74 Semarang": a name a Kabupaten and a Kota share, and a code that is one of them in
    every scheme it can be read in. ``known``: the code's readings are all known (dotted, or in a
    stated scheme, or a bare code where the crosswalk is known)."""
    shared = reg.shared_names.get(_name_key(name), ())
    if not readings or not (known or reg.has_crosswalk):
        return None
    first = readings[0]
    return first if first in shared and all(d is first for d in readings) else None


def code_name_readings(match: RegionMatch, *, registry: Registry | None = None
                       ) -> dict[str, str]:
    """For a code_name_scheme match: the code, the name, what the code is in each scheme and the
    district chosen, as message parameters."""
    reg = _registry(registry)
    found = _CODE_NAME.match(_code_name_text(match.value))
    if found is None:
        return {}
    code = re.sub(r"\s+", "", found.group(1))
    _, kemendagri, bps = _code_readings(reg, match.value, code)
    return {"district_code": code, "name": found.group(2).strip(),
            "kemendagri": kemendagri.label if kemendagri else MISSING,
            "bps": bps.label if bps else MISSING, "label": match.district.label}


def _by_code(reg: Registry, raw: str, province: str, local: str,
             scheme: Scheme | None) -> RegionMatch:
    if province != reg.province_code:
        raise RegionLookupError("other_province", raw, province=province)
    if scheme != "kemendagri" and not reg.has_crosswalk:
        # A bare code where the BPS codes are not known: BPS numbers kab/kota its own way (four of
        # Kaltim's ten differ), so reading it as Kemendagri would be a guess.
        raise _no_crosswalk(reg, raw, province + local)
    kemendagri = reg.by_kemendagri.get(f"{province}.{local}")
    bps = reg.by_bps.get(f"{province}{local}")
    if scheme == "kemendagri":
        if kemendagri is None:
            raise RegionLookupError("unknown", raw, [d for d in (bps,) if d], scheme=scheme)
        return RegionMatch(kemendagri, "kemendagri_code", raw, scheme="kemendagri")
    if scheme == "bps":
        if bps is None:
            raise RegionLookupError("unknown", raw, [d for d in (kemendagri,) if d], scheme=scheme)
        return RegionMatch(bps, "bps_code", raw, scheme="bps")
    if kemendagri is not None and kemendagri is bps:
        return RegionMatch(kemendagri, "code_same_in_both", raw)
    if kemendagri is not None and bps is not None:
        raise RegionLookupError("ambiguous_code", raw, [kemendagri, bps])
    if kemendagri is not None:
        return RegionMatch(kemendagri, "kemendagri_code", raw, scheme="kemendagri")
    if bps is not None:
        return RegionMatch(bps, "bps_code", raw, scheme="bps")
    raise RegionLookupError("unknown", raw)


def _fuzzy(reg: Registry, raw: str, key: str, kind: str | None = None) -> RegionMatch:
    """A typo: the best district by its closest name. A name a Kabupaten and a Kota share counts
    for both, or, when the input has a prefix, for the one of that kind."""
    named: dict[str, tuple[District, ...]] = {k: (d,) for k, d in reg.name_index.items()}
    for shared_key, districts in reg.shared_names.items():
        named[shared_key] = tuple(d for d in districts if d.kind == kind) or districts
    choices = list(named)
    ranked = process.extract(key, choices, scorer=fuzz.ratio, limit=len(choices))
    best_per_district: dict[str, tuple[District, float]] = {}
    for name, score, _ in ranked:
        for d in named[name]:
            if d.kemendagri_code not in best_per_district:
                best_per_district[d.kemendagri_code] = (d, score)
    ordered = sorted(best_per_district.values(), key=lambda pair: -pair[1])
    top, top_score = ordered[0]
    second_score = ordered[1][1] if len(ordered) > 1 else 0.0  # a province of one district
    close = [d for d, s in ordered[:3] if s >= 60]
    if top_score >= FUZZY_THRESHOLD and top_score - second_score >= FUZZY_MARGIN:
        return RegionMatch(top, "fuzzy", raw, score=round(top_score, 1))
    if top_score >= FUZZY_THRESHOLD:
        raise RegionLookupError("ambiguous", raw, [d for d, s in ordered if s >= FUZZY_THRESHOLD])
    raise RegionLookupError("unknown", raw, close)


def get(kemendagri_code: str, *, registry: Registry | None = None) -> District:
    """The district with this Kemendagri code ("64.02"); KeyError if none."""
    return _registry(registry).by_kemendagri[kemendagri_code]


def codes(*, registry: Registry | None = None) -> list[str]:
    return [d.kemendagri_code for d in _registry(registry).districts]


def detect_scheme(values: Iterable[object], *,
                  registry: Registry | None = None) -> Scheme | None | Literal["mixed"]:
    """Which scheme a column of codes is in: 'kemendagri' when any is dotted or exists only there,
    'bps' when any exists only in BPS, 'mixed' when both kinds appear, None when undecidable
    (names only, or only codes that mean the same district in both schemes)."""
    reg = _registry(registry)
    seen: set[str] = set()
    for value in values:
        if value is None:
            continue
        text = _fold(str(value))
        if text.endswith(".0"):
            text = text[:-2]
        if _DOTTED.match(text):
            seen.add("kemendagri")
            continue
        m = _UNDOTTED.match(text)
        if not m or m.group(1) != reg.province_code or not reg.has_crosswalk:
            continue  # without a crosswalk a bare code is evidence of no scheme
        kemendagri = reg.by_kemendagri.get(f"{m.group(1)}.{m.group(2)}")
        bps = reg.by_bps.get(f"{m.group(1)}{m.group(2)}")
        if kemendagri is not None and bps is None:
            seen.add("kemendagri")
        elif bps is not None and kemendagri is None:
            seen.add("bps")
    if len(seen) > 1:
        return "mixed"
    return next(iter(seen), None)  # type: ignore[return-value]


def error_message(error: RegionLookupError, lang: str = "id") -> str:
    """The lookup error said in the user's language, naming the candidates."""
    from i18n import t

    def candidate(d: District) -> str:
        return d.label

    if error.reason == "ambiguous_code":
        kemendagri, bps = error.candidates
        names = ", ".join((t("region.candidate.kemendagri", lang, name=kemendagri.label),
                           t("region.candidate.bps", lang, name=bps.label)))
        return t("region.error.ambiguous_code", lang, value=error.value, candidates=names)
    names = ", ".join(candidate(d) for d in error.candidates)
    if error.reason == "ambiguous":
        return t("region.error.ambiguous", lang, value=error.value, candidates=names)
    here = error.registry_province
    elsewhere = here is not None and here[0] != DEFAULT_PROVINCE  # the messages name Kaltim
    if error.reason == "other_province":
        return t("region.error.other_province_in" if elsewhere else "region.error.other_province",
                 lang, value=error.value, province=error.params.get("province", "?"),
                 **({"here": here[1]} if elsewhere and here else {}))
    if error.reason == "empty":
        return t("region.error.empty", lang)
    if error.reason == "no_crosswalk":
        return t("region.error.no_crosswalk", lang, value=error.value,
                 province=error.params.get("province", "?"),
                 dotted=error.params.get("dotted", "?"))
    if error.reason == "code_name_mismatch":
        unknown = t("headers.region.unknown", lang)
        name_district = error.params.get("name_district")
        readings = error.params.get("code_readings", ())
        code_reading = ", ".join(t(f"region.candidate.{kind}", lang, name=d.label)
                                 for kind, d in readings) if len(readings) > 1 else \
            (readings[0][1].label if readings else unknown)
        return t("headers.region.code_name_mismatch", lang, value=error.value,
                 code=error.params.get("code", ""), name=error.params.get("name", ""),
                 code_reading=code_reading,
                 name_reading=name_district.label if name_district else unknown,
                 candidates=names or "-")
    hint = t("region.error.hint", lang, candidates=names) if names else ""
    if elsewhere and here:
        return t("region.error.unknown_in", lang, value=error.value, hint=hint, here=here[1])
    return t("region.error.unknown", lang, value=error.value, hint=hint)


# The configured province's table as module-level names, as the rest of the project has always
# used them (regions.DISTRICTS, regions.PROVINCE_CODE, ...): looked up on each use (PEP 562), so
# they follow DASHBOARD_PROVINCE like default_registry(). "from domain.regions import DISTRICTS"
# would keep the value of the moment; the project writes regions.DISTRICTS.
_FOLLOWING = {"PROVINCE_CODE": "province_code", "PROVINCE_NAME": "province_name",
              "DISTRICTS": "districts", "BY_KEMENDAGRI": "by_kemendagri", "BY_BPS": "by_bps",
              "CODES_THAT_DIFFER": "codes_that_differ", "_NAME_INDEX": "name_index"}


def __getattr__(name: str):
    if name in _FOLLOWING:
        return getattr(default_registry(), _FOLLOWING[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
