"""The published figures the product ships (geodata/published/, derived by
scripts/make_published_figures.py from ../shared), the embedded default built on them, and each
figure's source as tables, tooltips and the banner show it."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from domain import regions
from indicators import thematic
from storage import defaults, published
from storage.published import DEMO_FIGURE, FigureSource, figure_source
from tests.helpers.scripts import load_script
from views import provenance
from views.participation import gap_layer, published_district_rows, published_table, targets_table

SOURCE = Path("facts/kaltim_published_figures_2024.csv")


@pytest.fixture(scope="module")
def shared_rows(shared_dir) -> list[dict[str, str]]:
    with open(shared_dir / SOURCE, encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def default() -> pd.DataFrame:
    return defaults.load_demo("participation").frame


# --- the script ----------------------------------------------------------------------------------

def test_running_the_script_again_reproduces_the_committed_table(shared_dir, tmp_path, capsys):
    script = load_script("make_published_figures")
    assert script.main(["--shared", str(shared_dir), "--check"]) == 0
    assert "167 figures" in capsys.readouterr().out
    assert script.main(["--shared", str(shared_dir), "--out", str(tmp_path)]) == 0
    out, ikp = tmp_path / "published" / "kaltim_2024.csv", tmp_path / "demo" / "ikp.csv"
    assert out.read_bytes() == published.PUBLISHED_FILE.read_bytes()
    assert ikp.read_bytes() == (defaults.DEMO_DIR / "ikp.csv").read_bytes()
    assert script.main(["--shared", str(shared_dir), "--out", str(tmp_path), "--check"]) == 0
    out.write_bytes(out.read_bytes().replace(b"2821202", b"2821203"))
    assert script.main(["--shared", str(shared_dir), "--out", str(tmp_path), "--check"]) == 1


def test_the_script_refuses_another_version_of_the_source(shared_dir, tmp_path, capsys):
    copy = tmp_path / SOURCE
    copy.parent.mkdir(parents=True)
    shutil.copyfile(shared_dir / SOURCE, copy)
    with open(copy, "a", encoding="utf-8") as f:
        f.write("DPT Pilkada 2024 - total,Kota X,64.99,1,orang,2024,x,http://x,\r\n")
    script = load_script("make_published_figures")
    assert script.main(["--shared", str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    assert "sha256" in capsys.readouterr().err and not (tmp_path / "o").exists()


def test_every_figure_of_the_source_is_shipped_with_its_source_url_period(shared_rows):
    shipped = published.read_figures()
    assert len(shipped) == len(shared_rows) == 167
    for figure, row in zip(shipped, shared_rows):
        assert (figure.indicator, figure.code, figure.value, figure.period, figure.source,
                figure.url, figure.note) == (row["indikator"], row["kode_kemendagri"],
                                             row["nilai"], row["periode"], row["sumber"],
                                             row["url"], row["catatan"])
        if "Keyakinan:" in row["catatan"]:
            assert figure.confidence and figure.confidence in row["catatan"]
        assert bool(figure.conflict) == ("BERTENTANGAN" in row["catatan"]
                                         or "Versi lain:" in row["catatan"])


@pytest.mark.parametrize("indicator, code, others", [
    ("Partisipasi pemilih Pilkada 2024 (Pilgub)", "64",
     [(69.44, "Radar Balikpapan/Media Kaltim (kompilasi D.Hasil kab/kota sebelum pleno)")]),
    ("Partisipasi pemilih Pilkada 2024 (Pilwali)", "64.71", [(60.13, "Akurasi.id (KPU Kaltim)")]),
    ("DPT Pilkada 2024 - total", "64.03",
     [(198247, "Radar Berau & Nomor Satu Kaltim mengutip Ketua KPU Berau, Feb 2025")]),
    ("IKP Pemilu 2024 - skor provinsi", "64",  # not the other provinces' 88,95/87,48/84,86
     [(74.04, "Cekricek, Ketua Bawaslu Kaltim 21 Jun 2023; Databoks"),
      (77.4, "Prokal 12 Feb 2024")]),
    ("IKP Pemilu 2024 - skor kab/kota", "64.02", [(51.28, "Pjs Bupati Kukar (Sirana, Nov 2024)")]),
    ("IKP Pemilu 2024 - skor kab/kota", "64.03", []),  # another instrument: a text, no number
    ("DPT Pilkada 2024 - total", "64.07",  # the DPT Pemilu in brackets is not another value
     [(138104, "Selasar & Swaramediakaltim (dan DPT Pemilu 135.137)")]),
])
def test_disagreeing_sources_are_parsed_where_they_can_be(indicator, code, others):
    figure = published.find(indicator, code)
    assert figure.conflict
    assert list(figure.alternatives) == others


# --- the embedded default ------------------------------------------------------------------------

INDICATORS = {(e, c): names for (e, c), names in published.PARTICIPATION_FIGURES.items()}


def test_every_sourced_figure_of_the_default_is_the_published_value(default, shared_rows):
    """Checked against ../shared itself, not the shipped copy."""
    by_key = {(r["indikator"], r["kode_kemendagri"]): r for r in shared_rows}
    sourced = 0
    for row in default.to_dict("records"):
        for column in provenance.PARTICIPATION_FIGURES:
            source = figure_source("participation", row, column)
            if source.is_demo:
                continue
            names = INDICATORS[row["pemilihan"], column]
            match = next(by_key[n, row["kab_kota"]] for n in names if (n, row["kab_kota"]) in by_key)
            assert float(row[column]) == float(match["nilai"]), (row["kab_kota"], column)
            assert source.source == match["sumber"] and source.url == match["url"]
            assert source.period == match["periode"]
            sourced += 1
    assert sourced == 10 + 6 + 10 + 8 + 3 + 1  # DPT / women / turnout, Pilkada then Pemilu


def test_the_default_uses_every_usable_published_figure(default):
    rows = {(r["kab_kota"], r["pemilihan"]): r for r in default.to_dict("records")}
    for code in regions.codes():
        for (election, column) in published.PARTICIPATION_FIGURES:
            figure = published.published_participation(code, election, column)
            if figure is not None:
                assert float(rows[code, election][column]) == figure.number, (code, column)
    pilkada = default[default["pemilihan"] == "Pilkada 2024"]
    assert int(pilkada["dpt_total"].sum()) == 2_821_202  # the province's published DPT
    assert (pilkada["dpt_perempuan"] <= pilkada["dpt_total"]).all()


def test_low_confidence_and_approximate_figures_stay_out_of_the_default(default):
    # Samarinda's Pemilu 2024 turnout "sekitar 70 %" (rendah) and Kukar's "90 %" claim
    for code in ("64.72", "64.02"):
        row = default[(default["kab_kota"] == code) & (default["pemilihan"] == "Pemilu 2024")]
        source = figure_source("participation", row.iloc[0].to_dict(), "partisipasi_total")
        assert source is DEMO_FIGURE
        assert float(row.iloc[0]["partisipasi_total"]) not in (70.0, 90.0)


def test_an_uploaded_row_keeps_its_own_source_for_every_figure(default):
    row = default.iloc[1].to_dict()  # Paser, Pilkada 2024: published DPT and turnout
    assert not figure_source("participation", row, "dpt_total").is_demo
    uploaded = {**row, "sumber": "KPU Kab. Paser, rekap DPT"}
    assert figure_source("participation", uploaded, "dpt_total") == FigureSource(
        "KPU Kab. Paser, rekap DPT")
    assert figure_source("participation", uploaded, "target_total").source == uploaded["sumber"]
    turnout = {**uploaded, "sumber_partisipasi": "KPU Kab. Paser, D.Hasil"}
    assert figure_source("participation", turnout, "partisipasi_total").source == \
        "KPU Kab. Paser, D.Hasil"
    # a demo row whose value is not the published one (a store seeded earlier) stays DATA CONTOH
    stale = {**row, "dpt_total": 211_000}
    assert figure_source("participation", stale, "dpt_total") is DEMO_FIGURE
    assert figure_source("participation", {**row, "dpt_total": pd.NA}, "dpt_total") is None


# --- how a figure's source is shown --------------------------------------------------------------

def test_a_figure_names_its_source_and_the_other_value():
    province = published.find("Partisipasi pemilih Pilkada 2024 (Pilgub)", "64").as_source()
    text = provenance.figure_text(69.18, province, "id")
    assert text.startswith("69,18% (MediaKaltim & Niaga.asia, Ketua KPU Kaltim")
    assert "sumber lain: 69,44% (Radar Balikpapan/Media Kaltim" in text
    assert "other sources: 69.44%" in provenance.figure_text(69.18, province, "en")
    full = provenance.source_text(province, "id")
    assert "Pilkada 27 Nov 2024" in full and "keyakinan: sedang-tinggi" in full
    assert "confidence: medium to high" in provenance.source_text(province, "en")
    assert provenance.source_text(DEMO_FIGURE, "id") == "DATA CONTOH"


def test_tooltip_and_tables_show_each_figures_source(default):
    gaps = thematic.participation_gaps(default, "Pilkada 2024")
    layer = gap_layer(gaps, "total", "Pilkada 2024", "id")
    balikpapan = layer.values.loc["64.71"]
    assert "Prokaltim, Komisioner KPU Balikpapan" in balikpapan["sumber"]
    assert "sumber lain: 60,13% (Akurasi.id (KPU Kaltim))" in balikpapan["sumber"]
    assert balikpapan["sumber_target"] == "DATA CONTOH"
    women = gap_layer(gaps, "perempuan", "Pilkada 2024", "id").values.loc["64.71"]
    assert women["sumber"] == "DATA CONTOH"
    table = targets_table(gaps, "id")
    assert "Akurasi.id" in table.filter(like="Sumber capaian").iloc[0, 0]  # Paser, turnout
    assert table.filter(like="Sumber capaian").iloc[0, 1] == "DATA CONTOH"  # women's turnout
    assert table["Sumber target"].iloc[0] == "DATA CONTOH"
    rows = published_district_rows(gaps)
    assert len(rows) == 10
    shown = published_table(rows, "en")
    assert shown.iloc[7, 1].startswith("60.53% (Prokaltim")


def test_the_banner_names_the_invented_figures_only(default):
    named = provenance.invented_figures("participation", default, "id")
    assert "partisipasi perempuan" in named and "target partisipasi" in named
    assert "DPT perempuan (11 dari 20)" in named  # published for 6 + 3 rows
    assert "partisipasi (9 dari 20)" in named  # Pemilu 2024: only Balikpapan's is published
    assert "DPT (2 dari 20)" in named  # Pemilu 2024 DPT of Kukar and Mahulu
    conflict = defaults.load_demo("conflict_risk").frame
    assert provenance.invented_figures("conflict_risk", conflict, "en") == [
        "all conflict-risk reports figures"]
    rows = len(conflict)
    one_real = conflict.assign(sumber=["Kesbangpol Kota Samarinda"] + ["DATA CONTOH"] * (rows - 1))
    assert provenance.invented_figures("conflict_risk", one_real, "id") == [
        f"laporan rawan konflik ({rows - 1} dari {rows})"]


# --- the ikp dataset's default -------------------------------------------------------------------

def test_the_ikp_default_is_the_published_score_of_all_ten_with_its_source(shared_rows):
    frame = defaults.load_demo("ikp").frame
    scores = {r["kode_kemendagri"]: r for r in shared_rows
              if r["indikator"] == "IKP Pemilu 2024 - skor kab/kota"}
    assert sorted(frame["kab_kota"]) == sorted(scores) == sorted(regions.codes())
    for row in frame.to_dict("records"):
        published_row = scores[row["kab_kota"]]
        assert row["skor"] == float(published_row["nilai"])
        assert row["sumber"] == published_row["sumber"]
        assert f"rawan {row['kategori']}" in published_row["catatan"]
        source = figure_source("ikp", row, "skor")
        assert source.url == published_row["url"] and source.confidence
    assert provenance.invented_figures("ikp", frame, "id") == []  # nothing invented
    table = thematic.ikp_table(frame)
    assert len(table) == 11 and table["skor"].notna().all()
    # an uploaded IKP table keeps its own source and its category, or takes the score's
    upload = frame.assign(sumber="Bawaslu Kaltim, rilis IKP", kategori="")
    uploaded = thematic.ikp_table(upload).set_index("kode")
    assert uploaded.at["64.02", "sumber"] == "Bawaslu Kaltim, rilis IKP"
    assert uploaded.at["64.02", "kategori"] == "tinggi" and uploaded.at["64.02", "alternatif"] == ()


def test_the_published_ikp_default_is_not_demo_and_an_upload_is_merged_into_it(data_dir):
    from storage import datasets
    from storage.backends import open_store

    assert not defaults.load_demo("ikp").is_demo and defaults.load_demo("participation").is_demo
    store = open_store()
    loaded = datasets.load("ikp")
    assert not loaded.is_demo and len(loaded.frame) == 10
    assert store.history("ikp")[0].note == ""  # the seed is not called DATA CONTOH
    upload = loaded.frame[loaded.frame["kab_kota"] == "64.74"].assign(
        skor=30.49, sumber="Bawaslu Kota Bontang, paparan 31 Jul 2024")
    proposal = datasets.propose("ikp", upload, store)
    assert not proposal.replaces_demo and len(proposal.result) == 10  # the other nine kept
    assert proposal.result.set_index("kab_kota").at["64.74", "skor"] == 30.49


def test_caption_sources_name_the_published_sources_and_data_contoh(default):
    sources = provenance.frame_sources("participation", default)
    assert "DATA CONTOH" in sources
    assert "Radar Paser, pleno KPU Paser (20 Sep 2024)" in sources
    assert len(sources) == len(set(sources))
    dpt_only = provenance.frame_sources("participation", default[default["kab_kota"] == "64.01"],
                                        ("dpt_total",))
    assert dpt_only == ["Radar Paser / MediaKaltim, KPU Paser & KPU Kaltim (Sep 2024)",
                        "Radar Paser, pleno KPU Paser (20 Sep 2024)"]
