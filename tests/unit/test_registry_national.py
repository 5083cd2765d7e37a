"""The registry of every province made from the Kepmendagri code list (scripts/make_registry.py):
the committed tables are what the script writes, the counts are the source's, known units are as
the code list has them, and Kalimantan Timur's generated table agrees with the hand-made one in
codes, names and kinds (what only the hand-made one has is listed, not an error)."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pytest

from tests.helpers.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
HAND_MADE = ROOT / "geodata" / "registry"
REGISTRY = HAND_MADE / "provinces"


@pytest.fixture(scope="module")
def make_registry():
    return load_script("make_registry")


@pytest.fixture(scope="module")
def output(make_registry, shared_dir):
    return make_registry.build(shared_dir)


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.fixture(scope="module")
def national() -> list[dict[str, str]]:
    return _rows(gzip.decompress((REGISTRY / "indonesia_units.csv.gz").read_bytes()))


def test_the_script_reproduces_the_committed_tables_byte_for_byte(make_registry, output, shared_dir,
                                                                  tmp_path, capsys):
    for province, (name, data) in output.province_tables.items():
        if province != "64":
            assert (REGISTRY / name).read_bytes() == data, name
    assert gzip.decompress((REGISTRY / "indonesia_units.csv.gz").read_bytes()) == output.national
    assert make_registry.main(["--shared", str(shared_dir), "--check"]) == 0
    assert "up to date" in capsys.readouterr().out
    # Written afresh, the files are the same bytes (the .gz too: mtime 0, no file name)...
    assert make_registry.main(["--shared", str(shared_dir), "--out", str(tmp_path)]) == 0
    for path in tmp_path.iterdir():
        assert path.read_bytes() == (REGISTRY / path.name).read_bytes(), path.name
    # ... and --check sees a changed one.
    (tmp_path / "33_jawa_tengah.csv").write_bytes(b"changed\n")
    assert make_registry.main(["--shared", str(shared_dir), "--out", str(tmp_path), "--check"]) == 1
    assert "33_jawa_tengah.csv" in capsys.readouterr().out


def test_the_hand_made_kaltim_table_is_not_overwritten(shared_dir, make_registry, tmp_path):
    before = (HAND_MADE / "64_kalimantan_timur.csv").read_bytes()
    make_registry.main(["--shared", str(shared_dir), "--out", str(tmp_path)])
    assert not (tmp_path / "64_kalimantan_timur.csv").exists()
    assert (HAND_MADE / "64_kalimantan_timur.csv").read_bytes() == before


def test_counts_are_the_code_lists(output, national):
    assert len(output.province_tables) == 38
    districts = [r for _, data in output.province_tables.values() for r in _rows(data)]
    assert len(districts) == 514
    levels = [r["level"] for r in national]
    assert (levels.count("kecamatan"), levels.count("desa")) == (7285, 83762)
    assert 38 + 514 + len(national) == 91_599
    kinds = [r["kind"] for r in national if r["level"] == "desa"]
    assert (kinds.count("Desa"), kinds.count("Kelurahan"), kinds.count("")) == (75252, 8496, 14)
    on_disk = sorted(p.name for p in REGISTRY.glob("*.csv"))
    assert on_disk == sorted(name for p, (name, _) in output.province_tables.items() if p != "64")
    assert len(on_disk) == 37


def test_every_unit_has_its_parent_and_the_kind_its_code(output, national):
    districts = {r["kemendagri_code"] for _, data in output.province_tables.values()
                 for r in _rows(data)}
    kecamatan = {r["code"] for r in national if r["level"] == "kecamatan"}
    for row in national:
        assert row["parent"] == row["code"].rpartition(".")[0]
        assert row["parent"] in (districts if row["level"] == "kecamatan" else kecamatan)
    for _, data in output.province_tables.values():
        for row in _rows(data):
            assert row["kind"] == ("Kota" if row["kemendagri_code"][3] == "7" else "Kabupaten")
            assert row["official_name"].startswith(row["kind"] + " ")
            assert row["official_name"].endswith(" " + row["short_name"])


def test_jawa_tengah_has_35_kab_kota(output):
    name, data = output.province_tables["33"]
    rows = _rows(data)
    assert name == "33_jawa_tengah.csv" and len(rows) == 35
    assert {r["province_name"] for r in rows} == {"Jawa Tengah"}
    assert sum(r["kind"] == "Kota" for r in rows) == 6
    semarang = {r["kemendagri_code"]: r for r in rows}
    assert (semarang["33.74"]["official_name"], semarang["33.74"]["short_name"]) == \
        ("Kota Semarang", "Semarang")
    assert semarang["33.22"]["variants"] == "Kab. Semarang"
    assert all(r["bps_code"] == "" for r in rows)  # no crosswalk for Jawa Tengah


def test_kalimantan_utara_and_jakarta(output):
    rows = {r["kemendagri_code"]: r for r in _rows(output.province_tables["65"][1])}
    assert sorted(rows) == ["65.01", "65.02", "65.03", "65.04", "65.71"]
    assert rows["65.71"]["official_name"] == "Kota Tarakan"
    assert rows["65.04"]["short_name"] == "Tana Tidung"
    jakarta = {r["kemendagri_code"]: r for r in _rows(output.province_tables["31"][1])}
    assert jakarta["31.72"]["official_name"] == "Kota Administrasi Jakarta Utara"  # space cleaned
    assert jakarta["31.72"]["short_name"] == "Jakarta Utara"
    assert jakarta["31.01"]["variants"] == "Kab. Kepulauan Seribu|Kabupaten Kepulauan Seribu"


@pytest.mark.parametrize("code, name, level, parent, kind", [
    ("33.74.01", "Semarang Tengah", "kecamatan", "33.74", ""),
    ("65.71.01", "Tarakan Barat", "kecamatan", "65.71", ""),
    ("64.02.04.2005", "Anggana", "desa", "64.02.04", "Desa"),
    ("64.07.12.2012", "Jambuk Makmur", "desa", "64.07.12", "Desa"),  # trailing space in the source
])
def test_known_units(national, code, name, level, parent, kind):
    row = next(r for r in national if r["code"] == code)
    assert (row["name"], row["level"], row["parent"], row["kind"]) == (name, level, parent, kind)


def test_generated_kaltim_agrees_with_the_hand_made_one_in_codes_and_names(make_registry, output):
    errors, extras = make_registry.compare_with_hand_made(output.province_tables["64"][1],
                                                          HAND_MADE / "64_kalimantan_timur.csv")
    assert errors == []
    # What only the hand-made table has: the ten capitals and abbreviations, and the spellings
    # users write for four kabupaten.
    assert sum(" capital: " in e for e in extras) == 10
    assert sum(" abbreviation: " in e for e in extras) == 10
    assert sorted(e.split()[0] for e in extras if " variants: " in e) == \
        ["64.01", "64.02", "64.09", "64.11"]
    generated = {r["kemendagri_code"]: r for r in _rows(output.province_tables["64"][1])}
    assert generated["64.07"]["bps_code"] == "6402"  # from the crosswalk


def test_the_comparison_sees_a_wrong_name(make_registry, output, tmp_path):
    wrong = (HAND_MADE / "64_kalimantan_timur.csv").read_text(encoding="utf-8").replace(
        "Kabupaten Berau", "Kabupaten Beraw")
    (tmp_path / "64.csv").write_text(wrong, encoding="utf-8")
    errors, _ = make_registry.compare_with_hand_made(output.province_tables["64"][1],
                                                     tmp_path / "64.csv")
    assert errors == ["64.03 official_name: generated 'Kabupaten Berau', hand-made 'Kabupaten Beraw'"]


def test_national_reader_reads_what_make_subregions_reads(shared_dir):
    """Both scripts read the same code list the same way (Kaltim's kecamatan and desa)."""
    wilayah_sql = load_script("wilayah_sql")
    subregions_script = load_script("make_subregions")
    everything = wilayah_sql.read_code_list(shared_dir / wilayah_sql.SQL).names
    for province in ("64", "65"):
        name, units, _ = subregions_script.read_code_list(shared_dir / wilayah_sql.SQL, province)
        assert name == everything[province]
        assert units == {c: n for c, n in everything.items()
                         if c.startswith(province + ".") and c.count(".") in (2, 3)}


def test_kinds_by_digit_are_the_dashboards(make_registry):
    from domain import regions, subregions

    assert make_registry.KIND_BY_DIGIT == subregions.KIND_BY_DIGIT
    assert make_registry.COLUMNS == regions.COLUMNS


def test_another_version_of_the_source_is_refused(tmp_path):
    wilayah_sql = load_script("wilayah_sql")
    sql = tmp_path / "wilayah.sql"
    sql.write_text("('11','Aceh'),\n", encoding="utf-8")
    with pytest.raises(wilayah_sql.SourceError, match="a new version of the source"):
        wilayah_sql.read_code_list(sql)
