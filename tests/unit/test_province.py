"""DASHBOARD_PROVINCE (config.py, domain/province.py): the province served is a setting. The
registry and the module-level names follow it; an unknown code is refused in both languages with
the valid codes listed (the command line exits non-zero; the page half, the error page, is in
tests/app/test_province_pages.py); the titles and agency name come from the province."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import config
from domain import province, regions

ROOT = Path(__file__).resolve().parents[2]
LISTED = ("11 Aceh", "33 Jawa Tengah", "64 Kalimantan Timur", "65 Kalimantan Utara",
          "96 Papua Barat Daya")


def test_the_setting_is_declared_with_kaltim_as_default(monkeypatch):
    monkeypatch.delenv("DASHBOARD_PROVINCE", raising=False)
    assert config.PROVINCE in config.SETTINGS and config.PROVINCE.get() == "64"
    for raw, code in (("33", "33"), (" 65 ", "65"), ("64", "64"), ("99", "99"), ("abc", "abc")):
        monkeypatch.setenv("DASHBOARD_PROVINCE", raw)
        assert regions.configured_province() == code
    assert config.check() == []  # the form is not config's to refuse: the registry refuses


@pytest.mark.parametrize("code, name, count, sample", [
    ("33", "Jawa Tengah", 35, "33.74"), ("65", "Kalimantan Utara", 5, "65.71"),
    ("64", "Kalimantan Timur", 10, "64.72")])
def test_the_registry_and_the_module_names_follow_the_setting(monkeypatch, code, name, count,
                                                              sample):
    monkeypatch.setenv("DASHBOARD_PROVINCE", code)
    registry = regions.default_registry()
    assert registry is regions.registry_for(code)
    assert (regions.PROVINCE_CODE, regions.PROVINCE_NAME) == (code, name)
    assert len(regions.DISTRICTS) == count and regions.DISTRICTS is registry.districts
    assert sample in regions.BY_KEMENDAGRI and regions.codes() == registry.codes()
    assert regions.normalise(sample).district.kemendagri_code == sample
    with pytest.raises(regions.RegionLookupError) as info:
        regions.normalise("99.01")
    assert info.value.reason == "other_province"


def test_unset_is_kaltim_as_before(monkeypatch):
    monkeypatch.delenv("DASHBOARD_PROVINCE", raising=False)
    assert regions.default_registry().source == str(regions.DEFAULT_REGISTRY_FILE)
    assert regions.BY_BPS["6402"].short_name == "Kutai Barat"
    assert province.problem() is None


@pytest.mark.parametrize("raw", ["99", "00", "abc", "Jawa Tengah"])
def test_an_unknown_code_is_refused_in_both_languages_listing_the_codes(monkeypatch, raw):
    monkeypatch.setenv("DASHBOARD_PROVINCE", raw)
    error = province.problem()
    assert isinstance(error, regions.UnknownProvinceError)
    with pytest.raises(regions.UnknownProvinceError):
        regions.default_registry()
    with pytest.raises(regions.UnknownProvinceError):
        regions.DISTRICTS  # noqa: B018 - the module name refuses too
    indonesian, english = (province.unknown_message(error, lang) for lang in ("id", "en"))
    assert f"DASHBOARD_PROVINCE={raw} tidak dapat dipakai" in indonesian
    assert f"DASHBOARD_PROVINCE={raw} cannot be used" in english
    assert "Kode provinsi yang berlaku" in indonesian and "valid province codes" in english
    for text in (indonesian, english):
        assert all(listed in text for listed in LISTED)
        assert text.count(", ") >= 37  # all 38


@pytest.mark.parametrize("lang, expected", [
    ("id", "Pengaturan DASHBOARD_PROVINCE=99 tidak dapat dipakai"),
    ("en", "The setting DASHBOARD_PROVINCE=99 cannot be used")])
def test_the_command_line_refuses_an_unknown_code_with_a_non_zero_exit(tmp_path, lang, expected):
    env = {**os.environ, "DASHBOARD_PROVINCE": "99", "DASHBOARD_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-m", "loaders", "history", "conflict_risk",
                           "--lang", lang], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 5, done.stderr
    assert expected in done.stderr and "33 Jawa Tengah" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "d").exists()  # nothing read or written


@pytest.mark.parametrize("code, lang, title, agency", [
    ("64", "id", "Dasbor Kesbangpol Kaltim",
     "Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur"),
    ("64", "en", "Kesbangpol Kaltim Dashboard",
     "Agency for National Unity and Politics, East Kalimantan Province"),
    ("33", "id", "Dasbor Kesbangpol Jawa Tengah",
     "Badan Kesatuan Bangsa dan Politik Provinsi Jawa Tengah"),
    ("33", "en", "Kesbangpol Jawa Tengah Dashboard",
     "Agency for National Unity and Politics, Jawa Tengah Province"),
    ("65", "id", "Dasbor Kesbangpol Kalimantan Utara",
     "Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Utara"),
])
def test_titles_and_agency_name_come_from_the_province(monkeypatch, code, lang, title, agency):
    monkeypatch.setenv("DASHBOARD_PROVINCE", code)
    assert province.short_title(lang) == title
    assert province.agency(lang) == agency


@pytest.mark.parametrize("code, lang, heading, governor", [
    ("64", "id", "Kesiapan Pemilu dan Pilkada di Kalimantan Timur",
     "Laporan kepada Gubernur Kalimantan Timur"),
    ("64", "en", "Election readiness in East Kalimantan", "Report to the Governor of East Kalimantan"),
    ("33", "id", "Kesiapan Pemilu dan Pilkada di Jawa Tengah", "Laporan kepada Gubernur Jawa Tengah"),
    ("33", "en", "Election readiness in Jawa Tengah", "Report to the Governor of Jawa Tengah"),
])
def test_the_deck_and_the_governors_report_name_the_province(monkeypatch, code, lang, heading,
                                                            governor):
    monkeypatch.setenv("DASHBOARD_PROVINCE", code)
    assert province.presentation_heading(lang) == heading
    assert province.governor_title(lang) == governor


# --- the schematic map and the kecamatan/desa of the province ---------------------------------

@pytest.mark.parametrize("code, count", [("33", 35), ("65", 5), ("64", 10)])
def test_the_schematic_tiles_are_the_provinces(monkeypatch, code, count):
    from loaders import areas

    monkeypatch.setenv("DASHBOARD_PROVINCE", code)
    layer = areas.schematic_tiles()
    assert layer.schematic and len(layer.frame) == count
    assert sorted(layer.frame["kode"]) == regions.codes()
    assert all(c.startswith(f"{code}.") for c in layer.frame["kode"])
    if code == "64":  # Kaltim's hand-made layout, as before
        assert areas.tiles_file(code) == areas.TILES_FILE and layer.version == "tiles-1"
    else:  # domain/hexgrid's layout, committed per province (scripts/make_province_tiles.py)
        assert areas.tiles_file(code).parent == areas.PROVINCE_TILES_DIR
        assert layer.version == f"tiles-{code}-1"
    assert areas.schematic_tiles() is layer  # read once per process and province


def test_switching_the_province_switches_the_tiles_back_and_forth(monkeypatch):
    from loaders import areas

    seen = {}
    for code in ("33", "64", "33", "65", "64"):
        monkeypatch.setenv("DASHBOARD_PROVINCE", code)
        layer = seen.setdefault(code, areas.schematic_tiles())
        assert areas.schematic_tiles() is layer and layer.frame["kode"].str[:2].eq(code).all()


@pytest.mark.parametrize("code, kecamatan, desa, sample", [
    ("33", 576, 8563, ("33.74.01", "Semarang Tengah")), ("65", 55, 482, None)])
def test_kecamatan_and_desa_follow_the_province(monkeypatch, code, kecamatan, desa, sample):
    from domain import subregions

    monkeypatch.setenv("DASHBOARD_PROVINCE", code)
    units = subregions.default_subregions()
    assert units.province_code == code and units is subregions.subregions_for(code)
    assert (len(units.kecamatan), len(units.desa)) == (kecamatan, desa)
    assert {k.district_code for k in units.kecamatan} == set(regions.codes())
    if sample:
        assert units.get_kecamatan(sample[0]).name == sample[1]
    monkeypatch.delenv("DASHBOARD_PROVINCE")
    assert subregions.default_subregions().province_code == "64"
    assert len(subregions.default_subregions().kecamatan) == 105


# --- demo data, published figures and the store of the province ------------------------------

def _demo(name: str):
    from storage import defaults

    return defaults.load_demo(name)


def test_another_provinces_demo_data_is_its_own_and_says_data_contoh(monkeypatch):
    from domain.schema import DATASETS
    from storage import defaults

    monkeypatch.setenv("DASHBOARD_PROVINCE", "33")
    kaltim_names = [d.short_name for d in regions.registry_for("64").districts]
    for name, dataset in DATASETS.items():
        demo = _demo(name)
        frame = demo.frame
        assert list(frame.columns) == list(dataset.column_names), name
        assert demo.is_demo, name
        if name == "ikp":  # Bawaslu's published IKP is Kaltim's: none here
            assert frame.empty
            continue
        codes = set(frame["kab_kota"].astype(str))
        assert codes == set(regions.codes()), name  # all 35, nothing else
        assert set(frame["sumber"]) == {"DATA CONTOH"}, name
        for column in ("kecamatan", "desa", "lat", "lon", "sumber_partisipasi"):
            if column in frame:
                blank = frame[column].isna() | frame[column].astype(str).str.strip().eq("")
                assert blank.all(), (name, column)
        text = frame.astype(str).to_csv()
        assert "Kaltim" not in text and "Kalimantan Timur" not in text, name
        for short in kaltim_names:
            assert short not in text.replace("Kutai", ""), (name, short)
        assert len(frame) == len(frame.drop_duplicates(subset=list(dataset.key))), name
        assert defaults.demo_file_name(name) == f"33/{dataset.demo_file}"
    raw = defaults.demo_bytes("conflict_risk")
    from storage import demo_province

    template = (defaults.DEMO_DIR / "conflict_risk.csv").read_bytes()
    assert demo_province.demo_csv.__wrapped__("conflict_risk", "33", template) == raw  # same bytes
    assert demo_province.demo_csv.__wrapped__("conflict_risk", "65", template) != raw
    kaltim_dpt = set(pd.read_csv(defaults.DEMO_DIR / "participation.csv")["dpt_total"])
    assert not set(_demo("participation").frame["dpt_total"]) & kaltim_dpt  # not Kaltim's DPT


def test_kaltims_demo_data_is_its_files_as_before(monkeypatch):
    from domain.schema import DATASETS
    from storage import defaults

    monkeypatch.delenv("DASHBOARD_PROVINCE", raising=False)
    for name, dataset in DATASETS.items():
        assert defaults.demo_bytes(name) == (defaults.DEMO_DIR / dataset.demo_file).read_bytes()
        assert defaults.demo_file_name(name) == dataset.demo_file
    assert not _demo("ikp").is_demo and len(_demo("ikp").frame) == 10  # the published IKP


def test_published_figures_only_for_kaltim(monkeypatch):
    from loaders import reference
    from storage import published

    monkeypatch.delenv("DASHBOARD_PROVINCE", raising=False)
    assert published.figures() and published.find("DPT Pilkada 2024 - total", "64")
    assert set(reference.PROVINCE_TURNOUT) == {"Pilkada 2024", "Pemilu 2024"}
    assert reference.IKP_FIGURES and "Kaltim" in reference.PROVINCE_TURNOUT_TARGET.source
    assert published.participation_provenance()
    for code in ("33", "65"):
        monkeypatch.setenv("DASHBOARD_PROVINCE", code)
        assert published.figures() == () and published.find("DPT Pilkada 2024 - total", "64") \
            is None
        assert reference.PROVINCE_TURNOUT == {} and reference.PROVINCE_DPT == {}
        assert reference.IKP_FIGURES == ()
        assert reference.PROVINCE_TURNOUT_TARGET.source == "DATA CONTOH"
        assert published.participation_provenance() == {} and published.ikp_provenance() == {}
    monkeypatch.delenv("DASHBOARD_PROVINCE")
    assert set(reference.PROVINCE_TURNOUT) == {"Pilkada 2024", "Pemilu 2024"}  # back


def test_a_store_is_seeded_for_the_configured_province(data_dir, monkeypatch):
    from storage import province_guard
    from storage.backends import open_store

    monkeypatch.setenv("DASHBOARD_PROVINCE", "33")
    store = open_store()
    (seed,) = store.history("conflict_risk")
    assert seed.file_name == "33/conflict_risk.csv" and seed.is_demo
    assert set(store.read("conflict_risk").frame["kab_kota"]) == set(regions.codes())
    assert province_stores(store) == {"33"} and province_guard.problem() is None


def province_stores(store) -> set[str]:
    from storage import province_guard

    return province_guard.stored_provinces(store)


@pytest.mark.parametrize("first, then", [("64", "33"), ("33", "64"), ("65", "33")])
def test_a_store_of_another_province_is_refused_naming_both(data_dir, monkeypatch, first, then):
    from storage import province_guard
    from storage.backends import open_store

    names = regions.province_names()
    monkeypatch.setenv("DASHBOARD_PROVINCE", first)
    open_store()
    assert province_guard.problem() is None
    before = (data_dir / "dashboard.sqlite3").read_bytes()
    monkeypatch.setenv("DASHBOARD_PROVINCE", then)
    refused = province_guard.problem()
    assert refused is not None and (refused.stored, refused.configured) == (first, then)
    indonesian, english = refused.message("id"), refused.message("en")
    assert f"berisi data provinsi {first} {names[first]}" in indonesian
    assert f"diatur untuk provinsi {then} {names[then]}" in indonesian
    assert f"holds the data of province {first} {names[first]}" in english
    assert f"set up for province {then} {names[then]}" in english
    where = str(data_dir / "dashboard.sqlite3")
    assert where not in english and where not in indonesian  # not for visitors' eyes
    assert where in refused.details("en") and where in refused.details("id")
    assert (data_dir / "dashboard.sqlite3").read_bytes() == before  # nothing written or mixed


def test_the_command_line_refuses_a_store_of_another_province(tmp_path):
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(tmp_path / "d")}
    env.pop("DASHBOARD_PROVINCE", None)
    history = [sys.executable, "-m", "loaders", "history", "conflict_risk", "--lang", "en"]
    seeded = subprocess.run(history, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert seeded.returncode == 0, seeded.stderr
    done = subprocess.run(history, cwd=ROOT, env={**env, "DASHBOARD_PROVINCE": "33"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 5, done.stderr
    assert "holds the data of province 64 Kalimantan Timur" in done.stderr
    assert "set up for province 33 Jawa Tengah" in done.stderr and "Traceback" not in done.stderr
    assert f"Data store: {tmp_path / 'd' / 'dashboard.sqlite3'}" in done.stderr
