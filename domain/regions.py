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

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Literal

from rapidfuzz import fuzz, process

Scheme = Literal["kemendagri", "bps"]

PROVINCE_CODE = "64"
PROVINCE_NAME = "Kalimantan Timur"

# Similarity (0-100, rapidfuzz ratio on normalised names) needed to accept a typo, and the margin
# by which the best candidate must beat the next one; below either, the input is refused.
FUZZY_THRESHOLD = 85.0
FUZZY_MARGIN = 6.0


@dataclass(frozen=True)
class District:
    kemendagri_code: str  # "64.02"
    bps_code: str  # "6403"
    official_name: str  # "Kabupaten Kutai Kartanegara"
    short_name: str  # "Kutai Kartanegara"
    kind: Literal["Kabupaten", "Kota"]
    capital: str
    abbreviation: str  # "Kukar"
    variants: tuple[str, ...] = field(default=())

    @property
    def kemendagri_undotted(self) -> str:
        return self.kemendagri_code.replace(".", "")

    @property
    def label(self) -> str:
        """How a district is named to users: 'Kabupaten Kutai Kartanegara (64.02)'."""
        return f"{self.official_name} ({self.kemendagri_code})"


# Source: ../shared/facts/kaltim_kabupaten_kota.csv (checked against Kepmendagri 300.2.2-2430/2025
# and BPS 2020 through the crosswalk in ../shared/geodata/).
DISTRICTS: tuple[District, ...] = (
    District("64.01", "6401", "Kabupaten Paser", "Paser", "Kabupaten", "Tana Paser", "Paser",
             ("Pasir", "Kab. Paser")),
    District("64.02", "6403", "Kabupaten Kutai Kartanegara", "Kutai Kartanegara", "Kabupaten",
             "Tenggarong", "Kukar", ("Kutai Kertanegara", "Kab. Kutai Kartanegara")),
    District("64.03", "6405", "Kabupaten Berau", "Berau", "Kabupaten", "Tanjung Redeb", "Berau",
             ("Kab. Berau",)),
    District("64.07", "6402", "Kabupaten Kutai Barat", "Kutai Barat", "Kabupaten", "Sendawar",
             "Kubar", ("Kab. Kutai Barat",)),
    District("64.08", "6404", "Kabupaten Kutai Timur", "Kutai Timur", "Kabupaten", "Sangatta",
             "Kutim", ("Kab. Kutai Timur",)),
    District("64.09", "6409", "Kabupaten Penajam Paser Utara", "Penajam Paser Utara", "Kabupaten",
             "Penajam", "PPU", ("Penajam", "Kab. Penajam Paser Utara")),
    District("64.11", "6411", "Kabupaten Mahakam Ulu", "Mahakam Ulu", "Kabupaten", "Ujoh Bilang",
             "Mahulu", ("Mahakam Hulu", "Kab. Mahakam Ulu")),
    District("64.71", "6471", "Kota Balikpapan", "Balikpapan", "Kota", "Balikpapan", "Balikpapan",
             ()),
    District("64.72", "6472", "Kota Samarinda", "Samarinda", "Kota", "Samarinda", "Samarinda", ()),
    District("64.74", "6474", "Kota Bontang", "Bontang", "Kota", "Bontang", "Bontang", ()),
)

# Kab/kota that belonged to Kalimantan Timur until 2012 and are now in Kalimantan Utara (65): the
# most likely "other province" in a district's file, so they get a precise message.
FORMER_DISTRICTS_NOW_KALTARA: dict[str, str] = {
    "malinau": "Kabupaten Malinau",
    "bulungan": "Kabupaten Bulungan",
    "nunukan": "Kabupaten Nunukan",
    "tana tidung": "Kabupaten Tana Tidung",
    "tarakan": "Kota Tarakan",
}

BY_KEMENDAGRI: dict[str, District] = {d.kemendagri_code: d for d in DISTRICTS}
BY_BPS: dict[str, District] = {d.bps_code: d for d in DISTRICTS}
CODES_THAT_DIFFER: tuple[str, ...] = tuple(
    d.kemendagri_code for d in DISTRICTS if d.kemendagri_undotted != d.bps_code
)


class RegionLookupError(ValueError):
    """Input that does not name exactly one district. Carries a message id and its parameters so
    that the page or the command line can say it in the user's language."""

    def __init__(self, reason: str, value: str, candidates: Iterable[District] = (), **params):
        self.reason = reason  # one of: empty, unknown, ambiguous, other_province, ambiguous_code
        self.value = value
        self.candidates = tuple(candidates)
        self.params = params
        names = ", ".join(c.label for c in self.candidates) or "-"
        super().__init__(f"{reason}: {value!r} (candidates: {names})")


@dataclass(frozen=True)
class RegionMatch:
    district: District
    method: str  # kemendagri_code, bps_code, code_same_in_both, name, variant, fuzzy
    value: str
    score: float = 100.0
    scheme: Scheme | None = None


_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota|kot\.?|kotamadya|kodya)\s+")
_DOTTED = re.compile(r"^(\d{2})\s*[.\-]\s*(\d{2})$")
_UNDOTTED = re.compile(r"^(\d{2})(\d{2})(?:\.0)?$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = re.sub(r"[\s_]+", " ", text)
    return text


def _name_key(text: str) -> str:
    """Lower case, no prefix, no punctuation: 'KAB.  Kutai-Barat' -> 'kutai barat'."""
    text = _PREFIX.sub("", _fold(text))
    text = re.sub(r"[^\w ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _build_name_index() -> dict[str, District]:
    index: dict[str, District] = {}
    for d in DISTRICTS:
        for name in (d.official_name, d.short_name, d.abbreviation, *d.variants):
            index[_name_key(name)] = d
    return index


_NAME_INDEX = _build_name_index()


def normalise(value: object, scheme: Scheme | None = None) -> RegionMatch:
    """Map a code or a name to one district, or raise RegionLookupError.

    Codes: "64.02" and "64-02" are Kemendagri. A bare "6402" is read in ``scheme`` when given;
    without it, only when it names the same district in both schemes (or exists in only one).
    Names: case, spacing, punctuation and the Kab./Kabupaten/Kota prefixes are ignored; known
    variants and abbreviations are accepted; typos are accepted above FUZZY_THRESHOLD when one
    candidate clearly wins. Never a silent guess.
    """
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

    dotted = _DOTTED.match(text)
    if dotted:
        return _by_code(raw, dotted.group(1), dotted.group(2), "kemendagri")
    undotted = _UNDOTTED.match(text)
    if undotted:
        return _by_code(raw, undotted.group(1), undotted.group(2), scheme)
    if re.fullmatch(r"[\d.\s]+", text):
        raise RegionLookupError("unknown", raw)

    key = _name_key(text)
    if key in _NAME_INDEX:
        d = _NAME_INDEX[key]
        method = "name" if key in {_name_key(d.official_name), _name_key(d.short_name)} else "variant"
        return RegionMatch(d, method, raw)
    if key in FORMER_DISTRICTS_NOW_KALTARA:
        raise RegionLookupError("other_province", raw, province="Kalimantan Utara")
    return _fuzzy(raw, key)


def _by_code(raw: str, province: str, local: str, scheme: Scheme | None) -> RegionMatch:
    if province != PROVINCE_CODE:
        raise RegionLookupError("other_province", raw, province=province)
    kemendagri = BY_KEMENDAGRI.get(f"{province}.{local}")
    bps = BY_BPS.get(f"{province}{local}")
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


def _fuzzy(raw: str, key: str) -> RegionMatch:
    choices = list(_NAME_INDEX)
    ranked = process.extract(key, choices, scorer=fuzz.ratio, limit=len(choices))
    best_per_district: dict[str, tuple[District, float]] = {}
    for name, score, _ in ranked:
        d = _NAME_INDEX[name]
        if d.kemendagri_code not in best_per_district:
            best_per_district[d.kemendagri_code] = (d, score)
    ordered = sorted(best_per_district.values(), key=lambda pair: -pair[1])
    (top, top_score), (_, second_score) = ordered[0], ordered[1]
    close = [d for d, s in ordered[:3] if s >= 60]
    if top_score >= FUZZY_THRESHOLD and top_score - second_score >= FUZZY_MARGIN:
        return RegionMatch(top, "fuzzy", raw, score=round(top_score, 1))
    if top_score >= FUZZY_THRESHOLD:
        raise RegionLookupError("ambiguous", raw, [d for d, s in ordered if s >= FUZZY_THRESHOLD])
    raise RegionLookupError("unknown", raw, close)


def get(kemendagri_code: str) -> District:
    """The district with this Kemendagri code ("64.02"); KeyError if none."""
    return BY_KEMENDAGRI[kemendagri_code]


def codes() -> list[str]:
    return [d.kemendagri_code for d in DISTRICTS]


def detect_scheme(values: Iterable[object]) -> Scheme | None | Literal["mixed"]:
    """Which scheme a column of codes is in: 'kemendagri' when any is dotted or exists only there,
    'bps' when any exists only in BPS, 'mixed' when both kinds appear, None when undecidable
    (names only, or only codes that mean the same district in both schemes)."""
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
        if not m or m.group(1) != PROVINCE_CODE:
            continue
        kemendagri = BY_KEMENDAGRI.get(f"{m.group(1)}.{m.group(2)}")
        bps = BY_BPS.get(f"{m.group(1)}{m.group(2)}")
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
    if error.reason == "other_province":
        return t("region.error.other_province", lang, value=error.value,
                 province=error.params.get("province", "?"))
    if error.reason == "empty":
        return t("region.error.empty", lang)
    hint = t("region.error.hint", lang, candidates=names) if names else ""
    return t("region.error.unknown", lang, value=error.value, hint=hint)
