"""The district registry read from its table: the default table gives the districts that were once
literals in domain/regions.py, another table gives another province without touching the
default, and a malformed table is refused naming the file, row and column."""

from __future__ import annotations

import hashlib

import pytest

from domain import regions
from domain.regions import District, RegistryError, load_registry
from tests.helpers.registry_tables import TINY_ROWS, write_table  # made-up province 99

# The ten rows as they stood as Python literals before the table (kemendagri, bps, official name,
# short name, kind, capital, abbreviation, variants), frozen here so that an edit of the table
# shows.
EXPECTED_KALTIM = (
    ("64.01", "6401", "Kabupaten Paser", "Paser", "Kabupaten", "Tana Paser", "Paser",
     ("Pasir", "Kab. Paser")),
    ("64.02", "6403", "Kabupaten Kutai Kartanegara", "Kutai Kartanegara", "Kabupaten",
     "Tenggarong", "Kukar", ("Kutai Kertanegara", "Kab. Kutai Kartanegara")),
    ("64.03", "6405", "Kabupaten Berau", "Berau", "Kabupaten", "Tanjung Redeb", "Berau",
     ("Kab. Berau",)),
    ("64.07", "6402", "Kabupaten Kutai Barat", "Kutai Barat", "Kabupaten", "Sendawar", "Kubar",
     ("Kab. Kutai Barat",)),
    ("64.08", "6404", "Kabupaten Kutai Timur", "Kutai Timur", "Kabupaten", "Sangatta", "Kutim",
     ("Kab. Kutai Timur",)),
    ("64.09", "6409", "Kabupaten Penajam Paser Utara", "Penajam Paser Utara", "Kabupaten",
     "Penajam", "PPU", ("Penajam", "Kab. Penajam Paser Utara")),
    ("64.11", "6411", "Kabupaten Mahakam Ulu", "Mahakam Ulu", "Kabupaten", "Ujoh Bilang",
     "Mahulu", ("Mahakam Hulu", "Kab. Mahakam Ulu")),
    ("64.71", "6471", "Kota Balikpapan", "Balikpapan", "Kota", "Balikpapan", "Balikpapan", ()),
    ("64.72", "6472", "Kota Samarinda", "Samarinda", "Kota", "Samarinda", "Samarinda", ()),
    ("64.74", "6474", "Kota Bontang", "Bontang", "Kota", "Bontang", "Bontang", ()),
)


def test_default_table_gives_the_districts_that_were_literals():
    expected = tuple(District(*row) for row in EXPECTED_KALTIM)
    assert regions.DISTRICTS == expected
    fresh = load_registry(regions.DEFAULT_REGISTRY_FILE)
    assert fresh.districts == expected
    assert (fresh.province_code, fresh.province_name) == ("64", "Kalimantan Timur")
    assert (regions.PROVINCE_CODE, regions.PROVINCE_NAME) == ("64", "Kalimantan Timur")
    assert regions.CODES_THAT_DIFFER == ("64.02", "64.03", "64.07", "64.08")
    assert regions.BY_BPS["6402"].short_name == "Kutai Barat"


def test_default_registry_is_read_once_and_is_the_module_api():
    registry = regions.default_registry()
    assert regions.default_registry() is registry
    assert regions.DISTRICTS is registry.districts
    assert regions.BY_KEMENDAGRI is registry.by_kemendagri
    assert registry.source == str(regions.DEFAULT_REGISTRY_FILE)


def test_default_table_is_the_projects_own_file(shared_dir):
    table = regions.DEFAULT_REGISTRY_FILE
    assert table.parent.name == "registry" and table.parent.parent.name == "geodata"
    digest = hashlib.sha256(table.read_bytes()).hexdigest()
    size = table.stat().st_size
    for path in shared_dir.rglob("*"):
        if path.is_file() and path.stat().st_size == size:
            assert hashlib.sha256(path.read_bytes()).hexdigest() != digest, path


def test_another_table_gives_another_province_and_leaves_the_default(tmp_path):
    before = regions.default_registry()
    registry = load_registry(write_table(tmp_path / "99_provinsi_contoh.csv", TINY_ROWS))
    assert (registry.province_code, registry.province_name) == ("99", "Provinsi Contoh")
    assert registry.codes() == ["99.01", "99.02", "99.71"]
    assert registry.get("99.71").official_name == "Kota Pelabuhan"
    assert registry.get("99.01").variants == ("Hulu Kontoh", "Kab. Hulu Contoh")
    assert registry.codes_that_differ == ("99.01", "99.02")
    assert registry.normalise("kab. hulu kontoh").district.kemendagri_code == "99.01"
    assert registry.normalise("Pelabuhn").method == "fuzzy"
    assert registry.normalise("9902", scheme="bps").district.short_name == "Hulu Contoh"
    assert regions.normalise("9971", registry=registry).method == "code_same_in_both"
    with pytest.raises(regions.RegionLookupError) as info:
        registry.normalise("9902")
    assert info.value.reason == "ambiguous_code"
    assert registry.detect_scheme(["99.02", "9971"]) == "kemendagri"
    for value in ("Samarinda", "64.72"):
        with pytest.raises(regions.RegionLookupError):
            registry.normalise(value)
    # The default is as it was.
    assert regions.default_registry() is before
    assert len(regions.DISTRICTS) == 10 and regions.PROVINCE_CODE == "64"
    assert regions.normalise("Samarinda").district.kemendagri_code == "64.72"
    with pytest.raises(regions.RegionLookupError) as info:
        regions.normalise("Pelabuhan")
    assert info.value.reason == "unknown"
    with pytest.raises(regions.RegionLookupError) as info:
        regions.normalise("99.01")
    assert info.value.reason == "other_province"


def test_a_province_of_one_district_still_matches_typos(tmp_path):
    registry = load_registry(write_table(tmp_path / "99_satu.csv", TINY_ROWS[2:]))
    assert registry.normalise("Pelabuhn").district.kemendagri_code == "99.71"


def test_a_table_saved_by_excel_with_a_bom_and_blank_lines_loads(tmp_path):
    path = write_table(tmp_path / "99_contoh.csv", TINY_ROWS)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes() + b"\n\n")
    assert load_registry(path).codes() == ["99.01", "99.02", "99.71"]


def changed(index: int, **cells: str) -> list[dict[str, str]]:
    rows = [dict(r) for r in TINY_ROWS]
    rows[index].update(cells)
    return rows


# (rows, columns, file name) -> the row and column the error must name. Row = line in the file,
# the header being row 1, so TINY_ROWS[i] is row i + 2.
MALFORMED = {
    "missing column": (TINY_ROWS, tuple(c for c in regions.COLUMNS if c != "bps_code"), None,
                       1, "bps_code"),
    "unknown column": (TINY_ROWS, (*regions.COLUMNS, "catatan"), None, 1, "catatan"),
    "column twice": (TINY_ROWS, (*regions.COLUMNS, "kind"), None, 1, "kind"),
    "duplicate kemendagri code": (changed(2, kemendagri_code="99.01"), regions.COLUMNS, None,
                                  4, "kemendagri_code"),
    "duplicate bps code": (changed(1, bps_code="9902"), regions.COLUMNS, None, 3, "bps_code"),
    "kemendagri code undotted": (changed(1, kemendagri_code="9902"), regions.COLUMNS, None,
                                 3, "kemendagri_code"),
    "kemendagri code of a province": (changed(0, kemendagri_code="99.00"), regions.COLUMNS, None,
                                      2, "kemendagri_code"),
    "kemendagri code too short": (changed(0, kemendagri_code="99.1"), regions.COLUMNS, None,
                                  2, "kemendagri_code"),
    "bps code dotted": (changed(2, bps_code="99.71"), regions.COLUMNS, None, 4, "bps_code"),
    "kemendagri code of another province": (changed(1, kemendagri_code="64.02"), regions.COLUMNS,
                                            None, 3, "kemendagri_code"),
    "bps code of another province": (changed(2, bps_code="6471"), regions.COLUMNS, None,
                                     4, "bps_code"),
    "province code not two digits": (changed(0, province_code="9"), regions.COLUMNS, None,
                                     2, "province_code"),
    "province differs between rows": (changed(2, province_code="98", kemendagri_code="98.71",
                                              bps_code="9871"), regions.COLUMNS, None,
                                      4, "province_code"),
    "province name differs between rows": (changed(1, province_name="Contoh"), regions.COLUMNS,
                                           None, 3, "province_name"),
    "file named for another province": (TINY_ROWS, regions.COLUMNS, "64_kalimantan_timur.csv",
                                        2, "province_code"),
    "empty official name": (changed(1, official_name=""), regions.COLUMNS, None,
                            3, "official_name"),
    "blank short name": (changed(0, short_name="   "), regions.COLUMNS, None, 2, "short_name"),
    "empty capital": (changed(2, capital=""), regions.COLUMNS, None, 4, "capital"),
    "unknown kind": (changed(2, kind="Kotamadya"), regions.COLUMNS, None, 4, "kind"),
    "empty variant": (changed(0, variants="Hulu Kontoh||Kahuco"), regions.COLUMNS, None,
                      2, "variants"),
    "a name of two districts": (changed(1, variants="Hulu Contoh"), regions.COLUMNS, None,
                                3, "variants"),
    "a name that is only a prefix": (changed(2, abbreviation="Kota ."), regions.COLUMNS, None,
                                     4, "abbreviation"),
    "a name that is a code": (changed(2, variants="9971"), regions.COLUMNS, None, 4, "variants"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_table_names_file_row_and_column(tmp_path, case):
    rows, columns, name, row, column = MALFORMED[case]
    path = write_table(tmp_path / (name or "99_provinsi_contoh.csv"), rows, columns)
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    error = info.value
    assert (error.path, error.row, error.column) == (str(path), row, column), str(error)
    assert str(path) in str(error) and f"row {row}," in str(error) and repr(column) in str(error)


def test_duplicate_code_names_the_first_row_too(tmp_path):
    path = write_table(tmp_path / "99_contoh.csv", changed(2, kemendagri_code="99.01"))
    with pytest.raises(RegistryError, match=r"row 4, column 'kemendagri_code': '99.01' is already "
                                            r"the code of row 2"):
        load_registry(path)


def test_a_row_with_a_cell_too_few_names_its_row(tmp_path):
    path = write_table(tmp_path / "99_contoh.csv", TINY_ROWS)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].rsplit(",", 1)[0]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert info.value.row == 3 and "9 cells, the header 10" in str(info.value)


@pytest.mark.parametrize("content, problem", [
    (None, "cannot be read"),
    (b"", "is empty"),
    (",".join(regions.COLUMNS).encode() + b"\n", "no district rows"),
    ("\n".join([",".join(regions.COLUMNS),
                "99,Provinsi Contoh,99.01,9901,Kabupaten Hulu,Hulu,Kabupaten,Tepian,Hulu,"]
               ).encode("cp1252") + b"\xe9\n", "not UTF-8"),
    (b'province_code,"province_name\n99,"x"y\n', "not a readable CSV"),
])
def test_unreadable_table_names_the_file(tmp_path, content, problem):
    path = tmp_path / "99_contoh.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(RegistryError, match=problem) as info:
        load_registry(path)
    assert str(path) in str(info.value)
    if problem in ("not UTF-8", "not a readable CSV"):
        assert info.value.row == 2
