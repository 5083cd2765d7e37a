"""The kecamatan and desa/kelurahan registry (domain/subregions.py) and the script that derives its
tables from the Kemendagri code list (scripts/make_subregions.py): counts, known units checked
against the source, name variants, the lookup errors in both languages, malformed tables."""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import pytest

from domain import regions, subregions
from domain.regions import RegistryError, load_registry
from domain.subregions import (
    Desa,
    Kecamatan,
    SubregionLookupError,
    SubregionTableError,
    error_message,
    load_subregions,
    name_key,
    read_subregion_tables,
)
from tests.helpers.scripts import load_script

SQL = Path("facts/wilayah_kepmendagri_2025/wilayah.sql")


@pytest.fixture(scope="module")
def units() -> subregions.Subregions:
    return subregions.default_subregions()


# --- the tables ---------------------------------------------------------------------------------

# Per kab/kota (Kemendagri): kecamatan, desa/kelurahan, as ../shared/geodata/SOURCES.md counts them.
PER_DISTRICT = {"64.01": (10, 144), "64.02": (20, 237), "64.03": (13, 110), "64.07": (16, 194),
                "64.08": (18, 141), "64.09": (4, 54), "64.11": (5, 50), "64.71": (6, 34),
                "64.72": (10, 59), "64.74": (3, 15)}


def test_kaltim_has_105_kecamatan_and_1038_desa_kelurahan(units):
    assert len(units.kecamatan) == 105
    assert len(units.desa) == 1038
    assert sum(d.kind == "Desa" for d in units.desa) == 841
    assert sum(d.kind == "Kelurahan" for d in units.desa) == 197
    assert units.sources == (str(subregions.DEFAULT_KECAMATAN_FILE),
                             str(subregions.DEFAULT_DESA_FILE))
    assert subregions.default_subregions() is units


def test_every_kecamatan_is_in_one_of_the_ten_districts_and_each_has_its_own(units):
    assert {k.district_code for k in units.kecamatan} == set(regions.codes())
    for district in regions.DISTRICTS:
        kecamatan = units.kecamatan_of(district)
        desa = [d for k in kecamatan for d in units.desa_of(k)]
        assert (len(kecamatan), len(desa)) == PER_DISTRICT[district.kemendagri_code]
        assert all(k.code.startswith(district.kemendagri_code + ".") for k in kecamatan)
        # BPS codes sit inside the district's BPS code, which differs for four districts.
        assert all(k.bps_code.startswith(district.bps_code) for k in kecamatan)
    for desa in units.desa:
        assert desa.code.startswith(desa.kecamatan_code + ".")
        assert units.get_kecamatan(desa.kecamatan_code).district_code == desa.district_code


# (code, name, parent, kind): checked here against the code list itself.
KNOWN = [
    ("64.72.06", "Sungai Kunjang", "64.72", None),
    ("64.02.04", "Anggana", "64.02", None),
    ("64.07.18", "Mook Manaar Bulatn", "64.07", None),
    ("64.02.04.2005", "Anggana", "64.02.04", "Desa"),
    ("64.09.04.1005", "Sepaku", "64.09.04", "Kelurahan"),  # IKN: a kelurahan code now
    ("64.03.04.2001", "Long La'ai", "64.03.04", "Desa"),
    ("64.03.03.2010", "Sei Bebanir Bangun", "64.03.03", "Desa"),
    ("64.72.09.1004", "Bugis", "64.72.09", "Kelurahan"),
]


@pytest.mark.parametrize("code, name, parent, kind", KNOWN)
def test_known_units_as_the_code_list_has_them(units, shared_dir, code, name, parent, kind):
    sql = (shared_dir / SQL).read_text(encoding="utf-8")
    escaped = name.replace("'", "''")
    assert f"('{code}','{escaped}')" in sql
    assert f"('{parent}','" in sql
    unit = units.by_code[code]
    assert (unit.name, unit.parent_code) == (name, parent)
    if kind is None:
        assert isinstance(unit, Kecamatan) and units.get_kecamatan(code) is unit
    else:
        assert isinstance(unit, Desa) and unit.kind == kind and units.get_desa(code) is unit
    with pytest.raises(KeyError):
        (units.get_desa if kind is None else units.get_kecamatan)(code)


def test_running_the_script_again_reproduces_the_committed_tables(shared_dir, tmp_path, capsys):
    script = load_script("make_subregions")
    started = time.perf_counter()
    assert script.main(["64", "--shared", str(shared_dir), "--out", str(tmp_path)]) == 0
    elapsed = time.perf_counter() - started
    for path in (subregions.DEFAULT_KECAMATAN_FILE, subregions.DEFAULT_DESA_FILE):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
    assert elapsed < 10, elapsed  # about half a second; the code list is 2.9 MB
    out = capsys.readouterr().out
    assert "105 kecamatan, 1038 desa/kelurahan (841 desa, 197 kelurahan" in out
    assert script.main(["--shared", str(shared_dir), "--check"]) == 0
    (tmp_path / subregions.DEFAULT_DESA_FILE.name).write_text("code\n")
    assert script.main(["--shared", str(shared_dir), "--out", str(tmp_path), "--check"]) == 1


def test_the_script_serves_another_province_without_a_crosswalk(shared_dir, tmp_path):
    """Kalimantan Utara (65), split from Kaltim in 2012: 55 kecamatan, 482 desa/kelurahan."""
    script = load_script("make_subregions")
    assert script.main(["65", "--shared", str(shared_dir), "--out", str(tmp_path)]) == 0
    kecamatan, desa = read_subregion_tables(tmp_path / "65_kalimantan_utara_kecamatan.csv",
                                            tmp_path / "65_kalimantan_utara_desa.csv")
    assert (len(kecamatan), len(desa)) == (55, 482)
    assert not any(u.bps_code or u.variants for u in (*kecamatan, *desa))
    with pytest.raises(SystemExit):  # argparse refuses a code that is not two digits
        script.main(["6"])
    assert script.main(["10", "--shared", str(shared_dir), "--out", str(tmp_path)]) == 2


# --- names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("written, district, code", [
    ("Sungai Kunjang", "Samarinda", "64.72.06"),
    ("Sei Kunjang", "Kota Samarinda", "64.72.06"),
    ("Kec. Sei-Kunjang", "64.72", "64.72.06"),
    ("KECAMATAN  sungai kunjang", None, "64.72.06"),
    ("Kec.Sungai Pinang", "Samarinda", "64.72.08"),
    ("Kotabangun", "Kukar", "64.02.08"),  # spacing (BPS spelling too)
    ("Sanga-Sanga", "Kutai Kartanegara", "64.02.15"),
    ("Biduk Biduk", "Berau", "64.03.08"),
    ("Semboja", "Kutai Kartanegara", "64.02.13"),  # BPS 2020 spellings, from the crosswalk
    ("Pasir Belengkong", "Paser", "64.01.03"),
    ("Kongbeng", "Kutai Timur", "64.08.08"),
    ("Manor Bulatn", "Kutai Barat", "64.07.18"),  # renamed since 2020
    ("Tenggarong Sebrang", "Kukar", "64.02.16"),  # a typo
])
def test_kecamatan_names_resolve(units, written, district, code):
    assert units.find_kecamatan(written, district).unit.code == code


@pytest.mark.parametrize("written, kecamatan, district, code, method", [
    ("Sungai Bebanir Bangun", "Sambaliung", "Berau", "64.03.03.2010", "name"),  # Sei <-> Sungai
    ("Sei Merdeka", "Samboja Barat", None, "64.02.20.1002", "name"),
    ("Kel. Sungai Merdeka", "64.02.20", None, "64.02.20.1002", "name"),
    ("Desa Anggana", "Kec. Anggana", None, "64.02.04.2005", "name"),
    ("Kelurahan Kampung Baru", "Tenggarong", "Kutai Kartanegara", "64.02.06.1008", "name"),
    ("long la’ai", None, None, "64.03.04.2001", "name"),
    ("Tutung", "Linggang Bigung", None, "64.07.15.2003", "variant"),  # BPS without "Linggang"
    ("Tani Bakti", "Loa Janan", None, "64.02.03.2005", "variant"),  # BPS spelling
    ("Tani Bakti", "Samboja Barat", None, "64.02.20.2004", "variant"),
    ("Long Penaneh Satu", "Long Apari", None, "64.11.04.2001", "variant"),
    ("Sungai Pinang Dalem", None, "Samarinda", "64.72.08.1002", "fuzzy"),
])
def test_desa_names_resolve(units, written, kecamatan, district, code, method):
    match = units.find_desa(written, kecamatan, district)
    assert (match.unit.code, match.method) == (code, method)


def test_every_bps_spelling_of_the_crosswalks_resolves(units, shared_dir):
    geodata = shared_dir / "geodata"
    with open(geodata / "kaltim_crosswalk_kecamatan_kemendagri_bps2020.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["match_method"].startswith("overlap_only(new kecamatan"):
                continue  # split since 2020: the BPS name is the unit it was split from
            code, district = row["kode_kemendagri_src"], row["kode_kemendagri_src"][:5]
            assert units.find_kecamatan(row["nama_bps_2020"], district).unit.code == code
            assert units.find_kecamatan(row["kode_bps_2020"]).unit.code == code
    resolved = 0
    with open(geodata / "kaltim_crosswalk_desa_kemendagri_bps2020.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["nama_bps_2020"]:
                continue
            code = row["kode_kemendagri_src"]
            assert units.find_desa(row["nama_bps_2020"], code[:8]).unit.code == code
            assert units.find_desa(row["kode_bps_2020"], scheme="bps").unit.code == code
            resolved += 1
    assert resolved == 1018


def test_name_key_ignores_case_spacing_hyphens_apostrophes_prefixes_and_sei():
    assert name_key("Kec. Sei-Kunjang", "kecamatan") == name_key("sungai kunjang", "kecamatan")
    assert name_key("Kecamatan Kota Bangun", "kecamatan") == name_key("Kotabangun", "kecamatan")
    assert name_key("Ds. Long La'ai", "desa") == name_key("LONG LAAI", "desa")
    assert name_key("Kel. Kampung Baru", "desa") == "kampungbaru"  # "Kampung" is part of names
    assert name_key("Kelian Luar", "desa") == "kelianluar"  # "Kel" only as a word
    assert name_key("Kelurahan", "desa") == "kelurahan"  # a desa of Jawa Tengah has this name


@pytest.mark.parametrize("value, district, code, method", [
    ("64.72.06", None, "64.72.06", "code"),
    ("647206", "Samarinda", "64.72.06", "code"),
    ("6472040", None, "64.72.06", "bps_code"),
    ("64 . 72 . 06", None, "64.72.06", "code"),
    (640208, None, "64.02.08", "code"),
])
def test_kecamatan_codes(units, value, district, code, method):
    match = units.find_kecamatan(value, district)
    assert (match.unit.code, match.method) == (code, method)


def test_desa_codes_in_either_scheme(units):
    assert units.find_desa("64.02.04.2005").unit.name == "Anggana"
    assert units.find_desa(6402042005.0).unit.code == "64.02.04.2005"  # a spreadsheet's number
    assert units.find_desa("6409040012").method == "bps_code"  # Sepaku, BPS
    # 6401022004 is Keladen for Kemendagri (64.01.02.2004) and Selengot for BPS (64.01.02.2013).
    with pytest.raises(SubregionLookupError) as info:
        units.find_desa("6401022004")
    assert info.value.reason == "ambiguous_code"
    message = error_message(info.value, "id")
    assert "Keladen (64.01.02.2004, Kec. Tanjung Harapan) menurut Kemendagri" in message
    assert "Selengot (64.01.02.2013, Kec. Tanjung Harapan) menurut BPS" in message
    assert units.find_desa("6401022004", scheme="kemendagri").unit.name == "Keladen"
    assert units.find_desa("6401022004", scheme="bps").unit.name == "Selengot"
    # A kecamatan split since 2020 is not found by the BPS code it shares with its origin.
    assert units.find_kecamatan("6403080").unit.name == "Kota Bangun"
    assert units.get_kecamatan("64.02.19").bps_match == "split_from"


# --- errors -------------------------------------------------------------------------------------

def both(error: SubregionLookupError) -> tuple[str, str]:
    messages = error_message(error, "id"), error_message(error, "en")
    for message in messages:
        assert "{" not in message and "subregion." not in message, message
    return messages


def test_a_kecamatan_of_another_district_says_where_it_is(units):
    for value in ("Sungai Kunjang", "sei kunjang", "64.72.06", "647206"):
        with pytest.raises(SubregionLookupError) as info:
            units.find_kecamatan(value, "Balikpapan")
        assert info.value.reason == "elsewhere"
        indonesian, english = both(info.value)
        assert indonesian == ("Kecamatan Sungai Kunjang (64.72.06) ada di Kota Samarinda, bukan "
                              "Kota Balikpapan.")
        assert english == "Kecamatan Sungai Kunjang (64.72.06) is in Kota Samarinda, not Kota Balikpapan."


def test_an_unknown_kecamatan_lists_close_candidates_of_the_district(units):
    with pytest.raises(SubregionLookupError) as info:
        units.find_kecamatan("Balikpapan", "Kota Balikpapan")
    assert info.value.reason == "unknown"
    assert {c.district_code for c in info.value.candidates} == {"64.71"}
    assert 1 <= len(info.value.candidates) <= 3
    indonesian, english = both(info.value)
    assert indonesian.startswith("“Balikpapan” tidak dikenal sebagai kecamatan di Kota Balikpapan. "
                                 "Mungkin maksud Anda: Kecamatan Balikpapan ")
    assert "(64.71.0" in english and "Did you mean" in english
    with pytest.raises(SubregionLookupError) as info:
        units.find_kecamatan("Xyzzy", "Bontang")
    assert info.value.candidates == ()
    assert both(info.value)[0] == "“Xyzzy” tidak dikenal sebagai kecamatan di Kota Bontang."


def test_a_desa_code_whose_kecamatan_is_not_the_one_given(units):
    for value in ("64.02.04.2005", "Anggana", "Desa Anggana"):
        with pytest.raises(SubregionLookupError) as info:
            units.find_desa(value, "Loa Kulu", "Kukar")
        assert info.value.reason == "elsewhere"
        assert info.value.candidates == (units.get_desa("64.02.04.2005"),)
        indonesian, english = both(info.value)
        assert indonesian == ("Desa Anggana (64.02.04.2005) ada di Kecamatan Anggana (64.02.04), "
                              "bukan Kecamatan Loa Kulu (64.02.02).")
        assert english.endswith("is in Kecamatan Anggana (64.02.04), not Kecamatan Loa Kulu (64.02.02).")
    with pytest.raises(SubregionLookupError) as info:
        units.find_desa("64.02.04.2005", district="Samarinda")
    assert both(info.value)[0].endswith("ada di Kabupaten Kutai Kartanegara, bukan Kota Samarinda.")
    with pytest.raises(SubregionLookupError) as info:  # a Kecamatan given with the wrong district
        units.find_desa("Anggana", units.get_kecamatan("64.02.04"), "Berau")
    assert info.value.reason == "elsewhere"


def test_a_desa_name_shared_in_the_scope_is_refused_with_each_named(units):
    with pytest.raises(SubregionLookupError) as info:
        units.find_desa("Kampung Baru", district="Kutai Kartanegara")
    assert info.value.reason == "ambiguous"
    assert [d.code for d in info.value.candidates] == ["64.02.06.1008", "64.02.12.2008"]
    indonesian, english = both(info.value)
    assert ("Kelurahan Kampung Baru (64.02.06.1008, Kec. Tenggarong), Desa Kampung Baru "
            "(64.02.12.2008, Kec. Tabang)") in indonesian
    assert "Kabupaten Kutai Kartanegara" in indonesian and "more than one village" in english
    assert units.find_desa("Kampung Baru", "Tabang").unit.code == "64.02.12.2008"


@pytest.mark.parametrize("value, level, reason", [
    ("", "kecamatan", "empty"), (None, "desa", "empty"), ("Kec.", "kecamatan", "empty"),
    ("  ", "desa", "empty"), ("65.01.01", "kecamatan", "other_province"),
    ("65.01.01.1001", "desa", "other_province"), ("64.99.01", "kecamatan", "unknown"),
    ("64.02.04.9999", "desa", "unknown"), ("12.3", "kecamatan", "unknown"),
])
def test_empty_foreign_and_unknown_codes(units, value, level, reason):
    find = units.find_kecamatan if level == "kecamatan" else units.find_desa
    with pytest.raises(SubregionLookupError) as info:
        find(value)
    assert (info.value.reason, info.value.level) == (reason, level)
    indonesian, english = both(info.value)
    if reason == "other_province":
        assert indonesian == f"“{value}” bukan wilayah Kalimantan Timur (kode provinsi 65)."


def test_a_district_that_is_not_one_is_the_district_registrys_error(units):
    with pytest.raises(regions.RegionLookupError):
        units.find_kecamatan("Sungai Kunjang", "Tarakan")


def test_every_message_id_exists_in_both_languages_with_the_same_placeholders():
    from i18n.messages_subregion import MESSAGES

    assert MESSAGES and all(key.startswith("subregion.") for key in MESSAGES)
    for key, entry in MESSAGES.items():
        assert set(entry) == {"id", "en"}, key
        placeholders = [set(re.findall(r"{(\w+)}", entry[lang])) for lang in ("id", "en")]
        assert placeholders[0] == placeholders[1], key


# --- malformed tables ---------------------------------------------------------------------------

DISTRICT_COLUMNS = regions.COLUMNS
TINY_DISTRICTS = [
    ["99", "Provinsi Contoh", "99.01", "9902", "Kabupaten Hulu", "Hulu", "Kabupaten", "Tepian",
     "Hulu", ""],
    ["99", "Provinsi Contoh", "99.71", "9971", "Kota Pelabuhan", "Pelabuhan", "Kota", "Pelabuhan",
     "Pelabuhan", ""],
]
TINY_KECAMATAN = [
    {"code": "99.01.01", "name": "Sungai Hulu", "district_code": "99.01", "bps_code": "9902010",
     "bps_name": "Sei Hulu", "bps_match": "name"},
    {"code": "99.01.02", "name": "Tanjung", "district_code": "99.01", "bps_code": "9902020",
     "bps_name": "Tanjong", "bps_match": "spelling", "variants": "Tanjong"},
    {"code": "99.71.01", "name": "Pelabuhan Kota", "district_code": "99.71"},
]
TINY_DESA = [
    {"code": "99.01.01.2001", "name": "Muara", "kind": "Desa", "kecamatan_code": "99.01.01",
     "bps_code": "9902010001", "bps_name": "Muara", "bps_match": "name"},
    {"code": "99.01.01.2002", "name": "Muara", "kind": "Desa", "kecamatan_code": "99.01.01"},
    {"code": "99.01.02.1001", "name": "Tanjung Ilir", "kind": "Kelurahan",
     "kecamatan_code": "99.01.02", "variants": "Tanjong Ilir"},
    {"code": "99.71.01.1001", "name": "Pelabuhan", "kind": "Kelurahan",
     "kecamatan_code": "99.71.01"},
]


def write(path: Path, columns, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(row if isinstance(row, list) else [row.get(c, "") for c in columns])
    return path


def tiny(tmp_path: Path, kecamatan=TINY_KECAMATAN, desa=TINY_DESA, districts=TINY_DISTRICTS,
         kec_columns=subregions.KECAMATAN_COLUMNS, desa_columns=subregions.DESA_COLUMNS,
         stem="99_provinsi_contoh", desa_name=None):
    registry = load_registry(write(tmp_path / "99_provinsi_contoh.csv", DISTRICT_COLUMNS, districts))
    return (write(tmp_path / f"{stem}_kecamatan.csv", kec_columns, kecamatan),
            write(tmp_path / (desa_name or f"{stem}_desa.csv"), desa_columns, desa), registry)


def test_a_tiny_province_loads_and_looks_up(tmp_path):
    loaded = load_subregions(*tiny(tmp_path))
    assert [k.code for k in loaded.kecamatan_of("99.01")] == ["99.01.01", "99.01.02"]
    assert loaded.find_kecamatan("Tanjong", "Hulu").method == "variant"
    assert loaded.find_kecamatan("Sei Hulu").unit.code == "99.01.01"
    assert loaded.find_desa("Tanjong Ilir", "Tanjung").unit.code == "99.01.02.1001"
    with pytest.raises(SubregionLookupError) as info:  # two desa of one kecamatan, one name
        loaded.find_desa("Muara", "Sungai Hulu")
    assert info.value.reason == "ambiguous" and len(info.value.candidates) == 2
    with pytest.raises(SubregionLookupError) as info:
        loaded.find_kecamatan("Sungai Kunjang")
    assert info.value.reason == "unknown" and "Provinsi Contoh" in both(info.value)[0]
    with pytest.raises(SubregionLookupError) as info:
        loaded.find_kecamatan("64.72.06")
    assert info.value.reason == "other_province"


def kec(index: int, **cells: str) -> list[dict[str, str]]:
    rows = [dict(r) for r in TINY_KECAMATAN]
    rows[index].update(cells)
    return rows


def desa(index: int, **cells: str) -> list[dict[str, str]]:
    rows = [dict(r) for r in TINY_DESA]
    rows[index].update(cells)
    return rows


K, D = subregions.KECAMATAN_COLUMNS, subregions.DESA_COLUMNS
# case -> (tiny() arguments, which file, row, column); row = line in the file, header = 1.
MALFORMED = {
    "kecamatan column missing": ({"kec_columns": K[:-1]}, "kecamatan", 1, "variants"),
    "kecamatan unknown column": ({"kec_columns": (*K, "catatan")}, "kecamatan", 1, "catatan"),
    "desa column twice": ({"desa_columns": (*D, "kind")}, "desa", 1, "kind"),
    "kecamatan code twice": ({"kecamatan": kec(1, code="99.01.01")}, "kecamatan", 3, "code"),
    "kecamatan code too short": ({"kecamatan": kec(0, code="99.01.1")}, "kecamatan", 2, "code"),
    "kecamatan code undotted": ({"kecamatan": kec(2, code="997101")}, "kecamatan", 4, "code"),
    "kecamatan outside its district": ({"kecamatan": kec(2, district_code="99.01")},
                                       "kecamatan", 4, "district_code"),
    "kecamatan of another province": ({"kecamatan": kec(2, code="98.71.01",
                                                        district_code="98.71")},
                                      "kecamatan", 4, "code"),
    "file named for another province": ({"stem": "98_contoh"}, "kecamatan", 2, "code"),
    "desa file named for another province": ({"desa_name": "98_contoh_desa.csv"}, "desa", 2,
                                             "code"),
    "kecamatan without a name": ({"kecamatan": kec(1, name=" ")}, "kecamatan", 3, "name"),
    "kecamatan name only punctuation": ({"kecamatan": kec(1, name="--")}, "kecamatan", 3, "name"),
    "kecamatan name only digits": ({"kecamatan": kec(1, name="12")}, "kecamatan", 3, "name"),
    "variant naming another kecamatan": ({"kecamatan": kec(1, variants="Sei Hulu")},
                                         "kecamatan", 3, "variants"),
    "empty variant": ({"kecamatan": kec(1, variants="Tanjong||Tanjuang")}, "kecamatan", 3,
                      "variants"),
    "bps code not seven digits": ({"kecamatan": kec(0, bps_code="990201")}, "kecamatan", 2,
                                  "bps_code"),
    "bps code twice": ({"kecamatan": kec(1, bps_code="9902010")}, "kecamatan", 3, "bps_code"),
    "bps match unknown": ({"kecamatan": kec(0, bps_match="fuzzy")}, "kecamatan", 2, "bps_match"),
    "bps code without match": ({"kecamatan": kec(0, bps_match="")}, "kecamatan", 2, "bps_match"),
    "bps code outside the district's": ({"kecamatan": kec(0, bps_code="9971010"),
                                         "desa": desa(0, bps_code="9971010001")}, "kecamatan",
                                        2, "bps_code"),
    "kecamatan without desa": ({"desa": TINY_DESA[:3]}, "kecamatan", 4, "code"),
    "district not in the registry": ({"kecamatan": kec(2, code="99.72.01",
                                                       district_code="99.72"),
                                      "desa": desa(3, code="99.72.01.1001",
                                                   kecamatan_code="99.72.01")},
                                     "kecamatan", 4, "district_code"),
    "district without kecamatan": ({"districts": [*TINY_DISTRICTS, [
        "99", "Provinsi Contoh", "99.72", "9972", "Kota Muara", "Muara", "Kota", "Muara", "Muara",
        ""]]}, "kecamatan", None, None),
    "desa code twice": ({"desa": desa(1, code="99.01.01.2001")}, "desa", 3, "code"),
    "desa code of a kecamatan": ({"desa": desa(3, code="99.71.01")}, "desa", 5, "code"),
    "desa outside its kecamatan": ({"desa": desa(2, kecamatan_code="99.01.01")}, "desa", 4,
                                   "kecamatan_code"),
    "desa of a kecamatan not in the table": ({"desa": desa(3, code="99.71.02.1001",
                                                           kecamatan_code="99.71.02")},
                                             "desa", 5, "kecamatan_code"),
    "kind against the code": ({"desa": desa(2, kind="Desa")}, "desa", 4, "kind"),
    "unknown kind": ({"desa": desa(0, kind="Kampung")}, "desa", 2, "kind"),
    "desa bps code outside its kecamatan's": ({"desa": desa(0, bps_code="9902020001")}, "desa",
                                              2, "bps_code"),
    "desa variant naming another desa": ({"desa": desa(1, name="Hilir", variants="Muara")},
                                         "desa", 3, "variants"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_table_names_file_row_and_column(tmp_path, case):
    arguments, which, row, column = MALFORMED[case]
    kecamatan_path, desa_path, registry = tiny(tmp_path, **arguments)
    with pytest.raises(SubregionTableError) as info:
        load_subregions(kecamatan_path, desa_path, registry)
    error = info.value
    path = kecamatan_path if which == "kecamatan" else desa_path
    assert (error.path, error.row, error.column) == (str(path), row, column), str(error)
    assert str(error).startswith(f"subregion table {path}")
    assert isinstance(error, RegistryError)  # what stops a start on a bad district table


def test_a_subregion_table_is_read_as_the_district_table_is(tmp_path):
    """One reader for the three registry tables (domain/tables.py): a desa table that is not
    UTF-8 names its row, as the district table always did."""
    kecamatan_path, desa_path, registry = tiny(tmp_path)
    desa_path.write_bytes(",".join(D).encode() + b"\n\n" + "99.01.01.2001,Muara\xe9".encode("cp1252"))
    with pytest.raises(SubregionTableError, match="not UTF-8") as info:
        load_subregions(kecamatan_path, desa_path, registry)
    assert info.value.row == 3 and "row 3" in str(info.value)
    district_table = tmp_path / "99_contoh.csv"
    district_table.write_bytes(",".join(regions.COLUMNS).encode() + b"\n\n" + b"\xe9")
    with pytest.raises(RegistryError, match="not UTF-8") as district_info:
        load_registry(district_table)
    assert district_info.value.row == 3


def test_unreadable_tables(tmp_path):
    kecamatan_path, desa_path, registry = tiny(tmp_path)
    for content, problem in ((b"", "is empty"), (b"code,name\n\xff\xfe\n", "not UTF-8"),
                             (",".join(D).encode() + b"\n", "no rows"),
                             (",".join(D).encode() + b'\n"99.01.01.2001,Muara\n', "readable CSV")):
        desa_path.write_bytes(content)
        with pytest.raises(SubregionTableError, match=problem):
            load_subregions(kecamatan_path, desa_path, registry)
    with pytest.raises(SubregionTableError, match="cannot be read"):
        load_subregions(tmp_path / "missing.csv", desa_path, registry)
    # A BOM, as Excel writes it, and blank lines are fine.
    write(desa_path, D, TINY_DESA)
    desa_path.write_bytes(b"\xef\xbb\xbf" + desa_path.read_bytes() + b"\n\n")
    assert len(load_subregions(kecamatan_path, desa_path, registry).desa) == 4
