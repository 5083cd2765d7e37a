"""The district registry and its normaliser."""

from __future__ import annotations

import csv

import pytest

from domain import regions
from domain.regions import RegionLookupError, normalise


def test_ten_districts_keyed_by_kemendagri_code():
    assert len(regions.DISTRICTS) == 10
    assert regions.codes() == ["64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11",
                               "64.71", "64.72", "64.74"]
    assert len({d.bps_code for d in regions.DISTRICTS}) == 10


@pytest.mark.parametrize("kemendagri, bps, name", [
    ("64.02", "6403", "Kabupaten Kutai Kartanegara"),
    ("64.03", "6405", "Kabupaten Berau"),
    ("64.07", "6402", "Kabupaten Kutai Barat"),
    ("64.08", "6404", "Kabupaten Kutai Timur"),
])
def test_the_four_districts_whose_codes_differ(kemendagri, bps, name):
    assert normalise(kemendagri).district.official_name == name
    assert normalise(bps, scheme="bps").district.official_name == name
    assert normalise(kemendagri.replace(".", ""), scheme="kemendagri").district.official_name == name
    assert kemendagri in regions.CODES_THAT_DIFFER


def test_bare_code_meaning_different_districts_is_refused_without_scheme():
    with pytest.raises(RegionLookupError) as info:
        normalise("6402")
    assert info.value.reason == "ambiguous_code"
    names = {d.short_name for d in info.value.candidates}
    assert names == {"Kutai Kartanegara", "Kutai Barat"}
    message = regions.error_message(info.value, "id")
    assert "Kutai Kartanegara" in message and "Kutai Barat" in message and "64.02" in message


def test_bare_code_that_exists_in_one_scheme_only_or_means_the_same():
    assert normalise("6405").district.short_name == "Berau"  # BPS only
    assert normalise("6405").scheme == "bps"
    assert normalise("6408").district.short_name == "Kutai Timur"  # Kemendagri only
    assert normalise("6471").district.short_name == "Balikpapan"  # same in both
    assert normalise(6472).district.short_name == "Samarinda"  # a number from Excel
    assert normalise(6474.0).district.short_name == "Bontang"


def test_code_absent_from_the_given_scheme_is_unknown():
    with pytest.raises(RegionLookupError) as info:
        normalise("6405", scheme="kemendagri")
    assert info.value.reason == "unknown"


@pytest.mark.parametrize("value, expected", [
    ("Kabupaten Kutai Kartanegara", "64.02"),
    ("KAB. KUTAI KARTANEGARA", "64.02"),
    ("kab kutai   kartanegara", "64.02"),
    ("Kukar", "64.02"),
    ("Kutai Kertanegara", "64.02"),
    ("Mahakam Hulu", "64.11"),
    ("Pasir", "64.01"),
    ("PPU", "64.09"),
    ("Kota Samarinda", "64.72"),
    ("samarinda", "64.72"),
    ("  Balikpapan ", "64.71"),
    ("Kutai-Timur", "64.08"),
    ("64-03", "64.03"),
])
def test_names_variants_and_spelling(value, expected):
    assert normalise(value).district.kemendagri_code == expected


@pytest.mark.parametrize("typo, expected", [
    ("Samarindaa", "64.72"),
    ("Balikpapn", "64.71"),
    ("Kutai Kartanegra", "64.02"),
    ("Penajam Paser Utra", "64.09"),
])
def test_typos_within_threshold_are_accepted_and_marked_fuzzy(typo, expected):
    match = normalise(typo)
    assert match.district.kemendagri_code == expected
    assert match.method == "fuzzy"
    assert regions.FUZZY_THRESHOLD <= match.score < 100


def test_ambiguous_name_names_the_candidates():
    with pytest.raises(RegionLookupError) as info:
        normalise("Kutai")
    assert info.value.reason in {"ambiguous", "unknown"}
    assert {"Kutai Barat", "Kutai Timur", "Kutai Kartanegara"} <= {
        d.short_name for d in info.value.candidates}
    assert "Kutai Barat" in regions.error_message(info.value, "en")


def test_unknown_name_is_an_error_not_a_guess():
    with pytest.raises(RegionLookupError) as info:
        normalise("Jakarta Selatan")
    assert info.value.reason == "unknown"
    assert "Jakarta Selatan" in regions.error_message(info.value, "id")


@pytest.mark.parametrize("value", ["Nunukan", "Kota Tarakan", "65.01", "6501", "63.71"])
def test_district_of_another_province(value):
    with pytest.raises(RegionLookupError) as info:
        normalise(value)
    assert info.value.reason == "other_province"


@pytest.mark.parametrize("value", [None, "", "   ", float("nan")])
def test_empty(value):
    with pytest.raises(RegionLookupError) as info:
        normalise(value)
    assert info.value.reason == "empty"


def test_detect_scheme():
    assert regions.detect_scheme(["64.02", "64.03"]) == "kemendagri"
    assert regions.detect_scheme(["6405", "6401"]) == "bps"
    assert regions.detect_scheme(["64.02", "6405"]) == "mixed"
    assert regions.detect_scheme(["6471", "Samarinda"]) is None


def test_registry_agrees_with_shared_facts(shared_dir):
    with open(shared_dir / "facts" / "kaltim_kabupaten_kota.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 10
    for row in rows:
        d = regions.get(row["kode_kemendagri"])
        assert d.bps_code == row["kode_bps"]
        assert d.official_name == row["nama_resmi"]
        assert d.short_name == row["nama_pendek"]
        assert d.kind == row["jenis"]
        assert d.capital == row["ibu_kota"]
        for variant in row["varian_nama"].split(";") + [row["singkatan_umum"]]:
            assert normalise(variant).district is d, variant
