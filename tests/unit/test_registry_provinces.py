"""The district registry of any province: each of the 38 tables is found by its code and loads
(Kaltim's is the default, unchanged), a province without a crosswalk refuses bare codes with a
message of its own, a Kabupaten and a Kota sharing a name are told apart by the prefix, and an
unknown province code lists the valid ones."""

from __future__ import annotations

import csv
import shutil

import pytest

from domain import regions
from domain.regions import (
    RegionLookupError,
    RegistryError,
    UnknownProvinceError,
    load_registry,
    registry_file,
    registry_for,
)
from tests.helpers.registry_tables import TINY_ROWS, changed, write_table

# The 38 provinces of Kepmendagri 300.2.2-2430/2025, with their number of kab/kota (514 in all).
PROVINCES = {
    "11": 23, "12": 33, "13": 19, "14": 12, "15": 11, "16": 17, "17": 10, "18": 15, "19": 7,
    "21": 7, "31": 6, "32": 27, "33": 35, "34": 5, "35": 38, "36": 8, "51": 9, "52": 10, "53": 22,
    "61": 14, "62": 14, "63": 13, "64": 10, "65": 5, "71": 15, "72": 13, "73": 24, "74": 17,
    "75": 6, "76": 6, "81": 11, "82": 10, "91": 9, "92": 7, "93": 4, "94": 8, "95": 8, "96": 6,
}


# Kaltim's ten as the default table has them: (Kemendagri code, BPS code, official name).
KALTIM = (
    ("64.01", "6401", "Kabupaten Paser"), ("64.02", "6403", "Kabupaten Kutai Kartanegara"),
    ("64.03", "6405", "Kabupaten Berau"), ("64.07", "6402", "Kabupaten Kutai Barat"),
    ("64.08", "6404", "Kabupaten Kutai Timur"), ("64.09", "6409", "Kabupaten Penajam Paser Utara"),
    ("64.11", "6411", "Kabupaten Mahakam Ulu"), ("64.71", "6471", "Kota Balikpapan"),
    ("64.72", "6472", "Kota Samarinda"), ("64.74", "6474", "Kota Bontang"),
)


def _rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_38_provinces_have_514_kab_kota():
    assert len(PROVINCES) == 38 and sum(PROVINCES.values()) == 514
    assert list(regions.province_tables()) == sorted(PROVINCES)


@pytest.mark.parametrize("code", sorted(PROVINCES))
def test_every_province_table_is_found_and_loads(code):
    path = registry_file(code)
    registry = registry_for(code)
    assert registry.source == str(path) and registry.province_code == code
    assert len(registry.districts) == PROVINCES[code] == len(_rows(path))
    assert registry_for(int(code)) is registry  # read once per process, "33" or 33
    for district in registry.districts:
        assert registry.normalise(district.official_name).district is district
        assert registry.normalise(district.kemendagri_code).district is district
        assert district.abbreviation  # the short name where the table has none
    if code == "64":
        assert path == regions.DEFAULT_REGISTRY_FILE and registry.has_crosswalk
        return
    assert path.parent == regions.PROVINCES_DIR and path.name.startswith(f"{code}_")
    assert not registry.has_crosswalk
    assert registry.by_bps == {} and registry.codes_that_differ == ()
    assert all(d.bps_code == "" and d.capital == "" for d in registry.districts)
    assert all(d.abbreviation == d.short_name for d in registry.districts)


def test_kaltim_is_the_default_registry_unchanged():
    registry = registry_for("64")
    assert registry is regions.default_registry()
    fresh = load_registry(regions.DEFAULT_REGISTRY_FILE)
    assert fresh.districts == registry.districts == regions.DISTRICTS
    assert [(d.kemendagri_code, d.bps_code, d.official_name) for d in registry.districts] == \
        list(KALTIM)
    assert {c: d.kemendagri_code for c, d in registry.by_bps.items()} == \
        {bps: kemendagri for kemendagri, bps, _ in KALTIM}
    assert [d.abbreviation for d in registry.districts][:5] == \
        ["Paser", "Kukar", "Berau", "Kubar", "Kutim"]  # the table's own, not the fallback
    assert registry.get("64.01").capital == "Tana Paser"
    assert registry.codes_that_differ == ("64.02", "64.03", "64.07", "64.08")
    with pytest.raises(RegionLookupError) as info:
        registry.normalise("6402")
    assert info.value.reason == "ambiguous_code"  # Kaltim's crosswalk still decides
    assert registry.normalise("6405").district.short_name == "Berau"


@pytest.mark.parametrize("value", ["99", "00", "6", "640", "abc", "", 99, "Jawa Tengah"])
def test_an_unknown_province_code_lists_the_valid_ones(value):
    with pytest.raises(UnknownProvinceError) as info:
        registry_file(value)
    error = info.value
    assert isinstance(error, RegistryError) and isinstance(error, KeyError)
    text = str(error)
    assert f"no province {str(value)!r}" in text
    for listed in ("11 Aceh", "33 Jawa Tengah", "64 Kalimantan Timur", "65 Kalimantan Utara",
                   "96 Papua Barat Daya"):
        assert listed in text
    assert list(error.known) == sorted(PROVINCES)
    with pytest.raises(UnknownProvinceError):
        registry_for(value)


def test_two_tables_for_one_province_are_refused(tmp_path, monkeypatch):
    folder = tmp_path / "provinces"
    folder.mkdir()
    shutil.copy(registry_file("65"), folder / "65_kalimantan_utara.csv")
    monkeypatch.setattr(regions, "PROVINCES_DIR", folder)
    assert regions.registry_file("65") == folder / "65_kalimantan_utara.csv"
    shutil.copy(registry_file("65"), folder / "65_kaltara.csv")
    with pytest.raises(RegistryError, match="two tables for province 65: 65_kalimantan_utara.csv, "
                                            "65_kaltara.csv"):
        regions.registry_file("65")


# --- Jawa Tengah: 35 kab/kota, four names shared by a Kabupaten and a Kota, no crosswalk ---------

@pytest.fixture(scope="module")
def jateng():
    return registry_for("33")


@pytest.mark.parametrize("value, expected", [
    ("Kota Semarang", "33.74"), ("Kab. Semarang", "33.22"), ("Kabupaten Semarang", "33.22"),
    ("kab semarang", "33.22"), ("KOTA  SEMARANG", "33.74"), ("Kotamadya Semarang", "33.74"),
    ("33.74", "33.74"), ("33-22", "33.22"), ("Cilacap", "33.01"), ("Kab. Cilacap", "33.01"),
    ("Kota Magelang", "33.71"), ("Kabupaten Magelang", "33.08"), ("Kab. Magelang", "33.08"),
    ("Kota Tegal", "33.76"), ("Kab. Tegal", "33.28"), ("Kota Pekalongan", "33.75"),
    ("Surakarta", "33.72"), ("Banjarnegra", "33.04"),  # a typo, fuzzy
    ("Kota Magelng", "33.71"), ("Kab. Pekalonga", "33.26"),  # a typo with its prefix
    ("33.74 Kota Semarang", "33.74"), ("3374 Kota Semarang", "33.74"),  # the name decides
])
def test_jawa_tengah_resolves(jateng, value, expected):
    assert len(jateng.districts) == 35
    assert jateng.normalise(value).district.kemendagri_code == expected


@pytest.mark.parametrize("value, codes", [
    ("Semarang", {"33.22", "33.74"}), ("Magelang", {"33.08", "33.71"}),
    ("Tegal", {"33.28", "33.76"}), ("pekalongan", {"33.26", "33.75"}),
    ("Magelng", {"33.08", "33.71"}),  # a typo of a shared name: both, no guess
])
def test_a_bare_shared_name_is_ambiguous_naming_both(jateng, value, codes):
    with pytest.raises(RegionLookupError) as info:
        jateng.normalise(value)
    assert info.value.reason == "ambiguous"
    assert {d.kemendagri_code for d in info.value.candidates} == codes
    for lang in ("id", "en"):
        message = regions.error_message(info.value, lang)
        assert all(d.label in message for d in info.value.candidates), message


@pytest.mark.parametrize("value", ["3374", 3374, 3374.0, "3301", "3399"])
def test_a_bare_code_without_a_crosswalk_is_refused_saying_why(jateng, value):
    with pytest.raises(RegionLookupError) as info:
        jateng.normalise(value)
    error = info.value
    assert error.reason == "no_crosswalk" and error.candidates == ()
    dotted = f"33.{str(int(float(value)))[2:]}"
    indonesian = regions.error_message(error, "id")
    english = regions.error_message(error, "en")
    assert "Kode BPS" in indonesian and "Provinsi Jawa Tengah" in indonesian
    assert f"mis. {dotted}" in indonesian and "nama kabupaten/kota" in indonesian
    assert "BPS regency/city codes of Jawa Tengah are not known" in english
    assert f"e.g. {dotted}" in english and "name" in english
    with pytest.raises(RegionLookupError) as info:
        jateng.normalise(value, scheme="bps")
    assert info.value.reason == "no_crosswalk"


def test_a_bare_code_is_read_as_kemendagri_only_when_the_scheme_says_so(jateng):
    match = jateng.normalise("3374", scheme="kemendagri")
    assert (match.district.official_name, match.scheme) == ("Kota Semarang", "kemendagri")
    with pytest.raises(RegionLookupError) as info:
        jateng.normalise("3374 Kota Semarang", scheme="bps")
    assert info.value.reason == "no_crosswalk"
    with pytest.raises(RegionLookupError) as info:
        jateng.normalise("3301 Kota Semarang")  # Cilacap for Kemendagri; BPS not known
    assert info.value.reason == "no_crosswalk"
    assert "33.01" in regions.error_message(info.value, "en")
    with pytest.raises(RegionLookupError) as info:
        jateng.normalise("33.01 Kota Semarang")  # dotted: Kemendagri, and it disagrees
    assert info.value.reason == "code_name_mismatch"
    # A column of bare codes is of no known scheme; a dotted code makes it Kemendagri.
    # A shared name with a code: the dotted code (or the stated scheme) decides; a bare code
    # alone cannot, its BPS reading being unknown.
    assert jateng.normalise("33.74 Semarang").district.official_name == "Kota Semarang"
    assert jateng.normalise("33.22 - Semarang").district.official_name == "Kabupaten Semarang"
    assert jateng.normalise("3322 Semarang", scheme="kemendagri").district.kemendagri_code == \
        "33.22"
    for value, reason in (("3374 Semarang", "no_crosswalk"), ("33.01 Semarang", "code_name_mismatch")):
        with pytest.raises(RegionLookupError) as info:
            jateng.normalise(value)
        assert info.value.reason == reason, value
    assert jateng.detect_scheme(["3301", "3374"]) is None
    assert jateng.detect_scheme(["33.01", "3374"]) == "kemendagri"


def test_jawa_tengah_refusals_name_jawa_tengah(jateng):
    for value, reason in (("Samarinda", "unknown"), ("6472", "other_province"),
                          ("64.72", "other_province"), ("Nunukan", "unknown")):
        with pytest.raises(RegionLookupError) as info:
            jateng.normalise(value)
        assert info.value.reason == reason, value
        assert info.value.registry_province == ("33", "Jawa Tengah")
        assert "Jawa Tengah" in regions.error_message(info.value, "id")
        assert "Jawa Tengah" in regions.error_message(info.value, "en")
        assert "Kalimantan Timur" not in regions.error_message(info.value, "id")
        assert "East Kalimantan" not in regions.error_message(info.value, "en")


def test_every_shared_name_of_every_province_is_told_apart_by_its_prefix():
    shared = 0
    for code in PROVINCES:
        registry = registry_for(code)
        for key, districts in registry.shared_names.items():
            assert sorted(d.kind for d in districts) == ["Kabupaten", "Kota"], (code, key)
            kabupaten, kota = sorted(districts, key=lambda d: d.kind)
            assert registry.normalise(f"Kab. {key}").district is kabupaten
            assert registry.normalise(f"Kota {key}").district is kota
            with pytest.raises(RegionLookupError) as info:
                registry.normalise(key)
            assert info.value.reason == "ambiguous"
            shared += 1
    # Jawa Barat 6, Jawa Tengah 4, Jawa Timur 7, Banten 2, and one each in six more provinces.
    assert shared == 25


# --- Kalimantan Utara: five kab/kota, once part of Kaltim -----------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("Bulungan", "65.01"), ("Kab. Malinau", "65.02"), ("Nunukan", "65.03"),
    ("Tana Tidung", "65.04"), ("Kota Tarakan", "65.71"), ("tarakan", "65.71"),
    ("65.03", "65.03"), ("Kabupaten Tana Tidung", "65.04"),
])
def test_kalimantan_utara_resolves_its_five(value, expected):
    kaltara = registry_for("65")
    assert kaltara.codes() == ["65.01", "65.02", "65.03", "65.04", "65.71"]
    match = kaltara.normalise(value)
    assert match.district.kemendagri_code == expected
    assert match.method == ("kemendagri_code" if value[0].isdigit() else "name")


def test_kalimantan_utara_refuses_kaltim_and_bare_codes():
    kaltara = registry_for("65")
    with pytest.raises(RegionLookupError) as info:
        kaltara.normalise("6571")
    assert info.value.reason == "no_crosswalk"
    assert "Kalimantan Utara" in regions.error_message(info.value, "en")
    with pytest.raises(RegionLookupError) as info:
        kaltara.normalise("Samarinda")
    assert info.value.reason == "unknown"
    assert "Kalimantan Utara" in regions.error_message(info.value, "id")


# --- tables without the optional columns, and names a Kabupaten and a Kota share ----------------

def _without_optional(rows):
    return [{**r, "bps_code": "", "capital": "", "abbreviation": ""} for r in rows]


def test_a_table_without_bps_codes_capitals_and_abbreviations_loads(tmp_path):
    registry = load_registry(write_table(tmp_path / "99_contoh.csv", _without_optional(TINY_ROWS)))
    assert registry.codes() == ["99.01", "99.02", "99.71"]
    assert registry.by_bps == {} and registry.codes_that_differ == () and not registry.has_crosswalk
    assert [d.abbreviation for d in registry.districts] == ["Hulu Contoh", "Hilir Contoh",
                                                            "Pelabuhan"]
    assert registry.normalise("Kab. Hulu Kontoh").district.kemendagri_code == "99.01"
    with pytest.raises(RegionLookupError) as info:
        registry.normalise("9902")
    assert info.value.reason == "no_crosswalk"
    assert registry.normalise("9902", scheme="kemendagri").district.short_name == "Hilir Contoh"


@pytest.mark.parametrize("column, emptied, row, filled", [
    ("bps_code", 1, 3, 2), ("capital", 0, 2, 3), ("abbreviation", 2, 4, 2)])
def test_an_optional_column_filled_on_some_rows_only_is_refused(tmp_path, column, emptied, row,
                                                                 filled):
    path = write_table(tmp_path / "99_contoh.csv", changed(emptied, **{column: ""}))
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert (info.value.row, info.value.column) == (row, column)
    assert f"row {filled} has one" in str(info.value)


def test_a_kabupaten_and_a_kota_may_share_a_name_but_not_two_of_a_kind(tmp_path):
    rows = changed(2, official_name="Kota Hulu Contoh", short_name="Hulu Contoh",
                   abbreviation="Kohuco")
    registry = load_registry(write_table(tmp_path / "99_contoh.csv", rows))
    assert registry.normalise("Kota Hulu Contoh").district.kemendagri_code == "99.71"
    assert registry.normalise("Kab. Hulu Contoh").district.kemendagri_code == "99.01"
    assert registry.normalise("Kahuco").district.kemendagri_code == "99.01"
    with pytest.raises(RegionLookupError) as info:
        registry.normalise("Hulu Contoh")
    assert info.value.reason == "ambiguous" and len(info.value.candidates) == 2
    # Two Kabupaten with the same official name, or the same code, are still refused.
    same_name = changed(1, official_name="Kabupaten Hulu Contoh", short_name="Hulu")
    with pytest.raises(RegistryError) as info:
        load_registry(write_table(tmp_path / "99_dua.csv", same_name))
    assert (info.value.row, info.value.column) == (3, "official_name")
    assert "already names Kabupaten Hulu Contoh (99.01) (row 2)" in str(info.value)
    same_code = changed(2, official_name="Kota Hulu Contoh", short_name="Hulu Contoh",
                        abbreviation="Kohuco", kemendagri_code="99.01")
    with pytest.raises(RegistryError) as info:
        load_registry(write_table(tmp_path / "99_tiga.csv", same_code))
    assert (info.value.row, info.value.column) == (4, "kemendagri_code")
    no_bps = _without_optional(TINY_ROWS)
    no_bps[2].update(official_name="Kota Hilir Contoh", short_name="Hilir Contoh")
    no_bps[0]["variants"] = "Hilir Contoh"  # a Kabupaten naming the other Kabupaten
    with pytest.raises(RegistryError) as info:
        load_registry(write_table(tmp_path / "99_empat.csv", no_bps))
    assert (info.value.row, info.value.column) == (3, "official_name")
