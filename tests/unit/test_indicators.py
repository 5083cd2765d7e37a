"""Figures derived from the datasets."""

from __future__ import annotations

import csv
import datetime as dt

import pandas as pd
import pytest

from domain import schema
from indicators import figures as indicators_figures
from loaders import reference
from storage import defaults
from storage.published import figure_source


@pytest.fixture(scope="module")
def demo():
    return {name: defaults.load_demo(name).frame for name in schema.DATASETS}


def test_periods_sorted_on_one_time_line():
    frame = pd.DataFrame({"periode": ["2026-Q1", "2025-12", "2025-Q4", "2026-02"]})
    assert indicators_figures.periods(frame) == ["2025-12", "2025-Q4", "2026-02", "2026-Q1"]


@pytest.mark.parametrize("period, start, end", [
    ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
    ("2025-Q4", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
])
def test_period_dates(period, start, end):
    assert indicators_figures.period_dates(period) == (start, end)


def test_latest_risk_takes_the_most_recent_report_up_to_the_period(demo):
    latest = indicators_figures.latest_risk(demo["conflict_risk"], "2026-Q3")
    assert len(latest) == 10
    assert latest.loc["64.72", "periode"] == "2026-Q3" and latest.loc["64.72", "is_current"]
    assert latest.loc["64.11", "periode"] == "2026-Q2" and not latest.loc["64.11", "is_current"]
    earlier = indicators_figures.latest_risk(demo["conflict_risk"], "2025-Q4")
    assert set(earlier["periode"]) == {"2025-Q4"}


def test_key_figures_count_what_the_data_says(demo):
    figures = indicators_figures.key_figures(demo["conflict_risk"], demo["outreach"], "2026-Q3")
    latest = indicators_figures.latest_risk(demo["conflict_risk"], "2026-Q3")
    assert set(figures.high_risk_codes) == set(latest.index[latest["tingkat_rawan"] == "tinggi"])
    assert figures.districts_reported == 8
    in_q3 = demo["outreach"][(demo["outreach"]["tanggal"] >= dt.date(2026, 7, 1))
                             & (demo["outreach"]["tanggal"] <= dt.date(2026, 9, 30))]
    assert figures.activities == len(in_q3)
    assert figures.participants == in_q3["peserta_total"].sum()
    assert figures.province_turnout.value == 69.18


def test_summary_gap_is_turnout_minus_target(demo):
    summary = indicators_figures.district_summary(demo["conflict_risk"], demo["participation"],
                                          demo["outreach"], "2026-Q3").set_index("kode")
    samarinda = summary.loc["64.72"]
    # the published Pilwali turnout (KPU Samarinda's chair; Akurasi.id's 59,77 % is older)
    assert samarinda["partisipasi_total"] == pytest.approx(59.8)
    assert samarinda["selisih_target"] == pytest.approx(59.8 - 80.0)


def test_empty_data_gives_empty_figures():
    empty = schema.typed_frame(schema.CONFLICT_RISK, pd.DataFrame())
    assert indicators_figures.periods(empty) == []
    assert indicators_figures.latest_risk(empty, "2026-Q3").empty


def test_demo_data_is_labelled_and_complete(demo):
    for name, frame in demo.items():
        assert list(frame.columns) == schema.DATASETS[name].column_names
        if name == "ikp":  # the embedded IKP is the published one: each row names its source
            assert not frame["sumber"].map(defaults.is_demo_source).any()
            assert frame["sumber"].str.contains("Bawaslu RI").all()
            continue
        assert frame["sumber"].map(defaults.is_demo_source).all(), name
    assert len(indicators_figures.periods(demo["conflict_risk"])) >= 4
    assert len(demo["outreach"]) >= 40
    assert set(demo["conflict_risk"]["kab_kota"]) == set(demo["participation"]["kab_kota"])


def test_demo_turnout_and_reference_figures_match_the_published_ones(demo, shared_dir):
    with open(shared_dir / "facts" / "kaltim_published_figures_2024.csv", encoding="utf-8") as f:
        facts = list(csv.DictReader(f))
    pilkada_turnout = ("Partisipasi pemilih Pilkada 2024 (Pilbup/Pilwali)",
                       "Partisipasi pemilih Pilkada 2024 (Pilwali)")
    published = {r["kode_kemendagri"]: float(r["nilai"]) for r in facts
                 if r["indikator"] in pilkada_turnout}
    assert len(published) == 10
    pilkada = demo["participation"][demo["participation"]["pemilihan"] == "Pilkada 2024"]
    for _, row in pilkada.iterrows():
        assert row["partisipasi_total"] == pytest.approx(published[row["kab_kota"]])
        source = figure_source("participation", row, "partisipasi_total")
        assert "KPU" in source.source and not source.is_demo
    province = {r["indikator"]: r["nilai"] for r in facts if r["kode_kemendagri"] == "64"}
    assert reference.PROVINCE_TURNOUT["Pilkada 2024"].value == \
        float(province["Partisipasi pemilih Pilkada 2024 (Pilgub)"])
    assert reference.PROVINCE_TURNOUT["Pemilu 2024"].value == \
        float(province["Partisipasi pemilih Pemilu 2024"])
    assert reference.PROVINCE_DPT["Pilkada 2024"].value == \
        float(province["DPT Pilkada 2024 - total"]) == 2_821_202


def test_demo_data_generator_is_reproducible():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    files = sorted((root / "geodata" / "demo").glob("*.csv"))
    before = {p.name: p.read_bytes() for p in files}
    subprocess.run([sys.executable, "scripts/make_demo_data.py"], cwd=root, check=True,
                   capture_output=True)
    assert {p.name: p.read_bytes() for p in files} == before
