"""Surge alerts (indicators/alerts.py, `python -m loaders alerts`): on incidents built so that
exactly some areas surge, the alerts name exactly those, by the documented rule."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from indicators import alerts
from tests.helpers.alerts_data import AS_OF, surge_data
from tests.helpers.files import csv_bytes

WINDOW_START = AS_OF - dt.timedelta(days=27)  # 3 November 2026
ROOT = alerts.config.PROJECT_ROOT


def test_the_areas_that_surged_and_only_those():
    found = alerts.surge_alerts(surge_data(), AS_OF, alerts.Thresholds(3, 2.0))
    assert [(a.kind, a.district, a.kecamatan, a.count) for a in found] == [
        ("surge", "64.02", "", 3),  # registry order: Kutai Kartanegara before the cities
        ("new_category", "64.71", "", 1),
        ("surge", "64.72", "", 6),  # the kab/kota's own 3 and Sungai Kunjang's 3
        ("new_category", "64.72", "", 3),  # Sungai Kunjang's politik_pemilu, new to Samarinda
        ("surge", "64.72", "64.72.06", 3),  # no new category: nothing recorded there before
    ]
    kukar, balikpapan, samarinda, _, kunjang = found
    assert kukar.baseline_per_window == pytest.approx(1 / 13)
    assert balikpapan.category == "ormas"
    assert samarinda.baseline_per_window == pytest.approx(1.0)
    assert (kukar.window_start, kukar.window_end) == (WINDOW_START, AS_OF)


def test_each_alert_is_one_line_naming_the_area_the_figures_and_the_rule():
    found = alerts.surge_alerts(surge_data(), AS_OF, alerts.Thresholds(3, 2.0))
    line = found[4].text("id")
    assert "\n" not in line
    assert line.startswith("LONJAKAN Kecamatan Sungai Kunjang (64.72.06), Kota Samarinda: 3 "
                           "kejadian")
    assert "3 November 2026–30 November 2026" in line and "≥ 2× rata-rata" in line
    english = found[1].text("en")
    assert english.startswith("NEW CATEGORY Kota Balikpapan (64.71): ")
    assert "1 verified incidents" in english and "none in the 52 weeks before" in english
    assert "rule: ≥ 3 verified incidents in 4 weeks" in found[0].text("en")


def test_thresholds_come_from_the_settings(monkeypatch):
    monkeypatch.setenv("DASHBOARD_ALERT_MIN_INCIDENTS", "4")
    found = alerts.surge_alerts(surge_data(), AS_OF)
    assert [(a.kind, a.district, a.kecamatan) for a in found] == [
        ("new_category", "64.71", ""), ("surge", "64.72", ""), ("new_category", "64.72", "")]
    assert "≥ 4 kejadian" in found[1].text("id")
    monkeypatch.setenv("DASHBOARD_ALERT_RATIO", "7")
    assert [(a.kind, a.district) for a in alerts.surge_alerts(surge_data(), AS_OF)] == [
        ("new_category", "64.71"), ("new_category", "64.72")]  # Samarinda's 6 is not 7 x 1


def test_no_incident_no_alert_and_an_empty_frame_is_fine():
    assert alerts.surge_alerts(surge_data().iloc[0:0], AS_OF) == []
    assert alerts.surge_alerts(surge_data(), dt.date(2020, 1, 1)) == []


def _cli(data_dir, *args, stdin=None):
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(data_dir)}
    env.pop("DASHBOARD_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "loaders", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_command_prints_one_line_per_alert_for_the_stored_incidents(tmp_path):
    data = surge_data()
    path = tmp_path / "kejadian.csv"
    path.write_bytes(csv_bytes(data.to_dict("records"), list(data.columns)))
    done = _cli(tmp_path / "data", "import", "incidents", str(path), "--user", "uji")
    assert done.returncode == 0, done.stdout + done.stderr
    done = _cli(tmp_path / "data", "alerts", "--as-of", "2026-11-30")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "LONJAKAN Kabupaten Kutai Kartanegara (64.02)", "KATEGORI BARU Kota Balikpapan (64.71)",
        "LONJAKAN Kota Samarinda (64.72)", "KATEGORI BARU Kota Samarinda (64.72)",
        "LONJAKAN Kecamatan Sungai Kunjang (64.72.06), Kota Samarinda"]
    quiet = _cli(tmp_path / "data", "alerts", "--as-of", "2025-01-31", "--lang", "en")
    assert quiet.stdout.strip() == ("No alert as of 31 January 2025 (rule: ≥ 3 verified incidents "
                                    "in 4 weeks and ≥ 2× the 4-week average of the 52 weeks before).")
    bad = _cli(tmp_path / "data", "alerts", "--as-of", "30/11/2026")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


def test_the_governors_pdf_and_the_deck_have_the_early_warning_page():
    import dataclasses
    import io

    from pypdf import PdfReader

    from domain.schema import DATASETS, typed_frame
    from reports.deck import build_deck
    from reports.governor_pdf import build_pdf
    from storage.defaults import LoadedDataset
    from tests.helpers.demo import demo_data

    incidents = LoadedDataset("incidents", typed_frame(DATASETS["incidents"], surge_data()),
                              "test-incidents", is_demo=False)
    data = dataclasses.replace(demo_data(incidents=incidents), as_of=AS_OF)
    pages = [p.extract_text().replace("\n", " ")
             for p in PdfReader(io.BytesIO(build_pdf(data, "id", district_codes=[]))).pages]
    early = [text for text in pages if text.startswith("Peringatan dini") or " Peringatan dini " in text]
    assert len(early) == 1, [text[:80] for text in pages]
    assert "LONJAKAN Kabupaten Kutai Kartanegara (64.02)" in early[0]
    assert "Sumber: Uji" in early[0] and "3 November 2026–30 November 2026" in early[0]
    deck = build_deck(data, ["alerts"], "en")
    assert "SURGE Kecamatan Sungai Kunjang (64.72.06), Kota Samarinda" in deck


def test_the_command_with_the_store_down_says_so_and_exits_4_not_no_alert(tmp_path):
    """Pages fall back on the demo data when the store cannot be read; the command must not: a
    script reading "no alert" would take it for the real answer."""
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(tmp_path / "data"),
           "DASHBOARD_DB_URL": "postgresql://127.0.0.1:1/x"}
    done = subprocess.run([sys.executable, "-m", "loaders", "alerts", "--lang", "en"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 4, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "The data store cannot be reached" in done.stderr
    assert "No alert" not in done.stdout


def test_the_banners_alerts_are_computed_once_per_content_and_day(monkeypatch):
    calls = []
    real = alerts.surge_alerts
    monkeypatch.setattr(alerts, "surge_alerts", lambda *a: calls.append(a) or real(*a))
    alerts._alerts.clear()
    data = surge_data()
    first = alerts.surge_alerts_once(data, AS_OF)
    assert first == real(data, AS_OF) and first  # the same answer, and there is one
    assert alerts.surge_alerts_once(data.copy(), AS_OF) == first
    assert len(calls) == 1  # the same content again: not computed again
    alerts.surge_alerts_once(data, AS_OF + dt.timedelta(days=1))
    changed = data.copy()
    changed.loc[changed.index[0], "kategori"] = "lainnya"
    alerts.surge_alerts_once(changed, AS_OF)
    assert len(calls) == 3  # another day, other data: computed
