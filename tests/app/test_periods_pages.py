"""The pages under AppTest with a period partly reported (Samarinda's 2026-Q4 sent early, two
districts still on 2026-Q2): each opens on the majority period, names the districts shown with an
older report and does not count them; and the public landing page once accounts exist. The rule
and its other consumers: tests/unit/test_periods.py."""

from __future__ import annotations

import pytest

from indicators import figures as indicators_figures
from tests.helpers.demo import demo, with_early_q4
from tests.helpers.pages import run
from views import overview as view

# --- pages under AppTest, a period partly reported ---------------------------------------------

def _run(page: str, monkeypatch, state: dict | None = None, lang: str = "id"):
    return run(page, {"conflict_risk": with_early_q4()}, monkeypatch, lang, state)


def _texts(at) -> str:
    parts = [c.value for c in at.caption] + [m.value for m in at.markdown]
    parts += [f"{m.label}={m.value}" for m in at.metric]
    parts += [e.proto.body for e in at.get("html")]  # slides are drawn with st.html
    return "\n".join(parts)


def test_overview_opens_on_the_majority_period_and_counts_stale_as_not_reported(monkeypatch,
                                                                                 data_dir):
    at = _run("overview.py", monkeypatch)
    assert at.select_slider(key="overview_period").value == "2026-Q3"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sudah melapor periode ini"] == "8/10"
    assert "Belum melapor Triwulan III 2026: Penajam Paser Utara (tampil laporan Triwulan II " \
           "2026), Mahakam Ulu" in _texts(at)
    table = at.dataframe[0].value.set_index("Kode Kemendagri")
    assert table.at["64.11", "Tingkat rawan"] == "Sedang (laporan Triwulan II 2026)"
    # the early period: one reported, nine shown with their older report and not counted
    at.select_slider(key="overview_period").set_value("2026-Q4").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sudah melapor periode ini"] == "1/10"
    assert metrics["Kab/kota rawan tinggi"] == "0"


def test_conflict_risk_page_names_the_districts_shown_with_an_older_report(monkeypatch,
                                                                           data_dir):
    at = _run("conflict_risk.py", monkeypatch, {"risk_period": "2026-Q4"})
    text = _texts(at)
    assert "Belum melapor Triwulan IV 2026:" in text
    assert text.count("(tampil laporan Triwulan III 2026)") == 7  # 10 - Samarinda - 2 on Q2
    assert "Mahakam Ulu (tampil laporan Triwulan II 2026)" in text
    at = _run("conflict_risk.py", monkeypatch)  # opens on 2026-Q3, not on the early 2026-Q4
    assert at.select_slider(key="risk_period").value == "2026-Q3"


def test_presentation_risk_slide_counts_stale_as_not_reported(monkeypatch, data_dir):
    at = _run("presentation.py", monkeypatch, {"pres_index": 1})
    assert at.selectbox(key="pres_period").value == "2026-Q3"
    text = _texts(at)
    assert "tanpa laporan 2" in text and "tanpa laporan 0" not in text
    at.selectbox(key="pres_period").set_value("2026-Q4").run()
    assert "tanpa laporan 9" in _texts(at)


def test_profile_shows_an_older_report_as_such(monkeypatch, data_dir):
    from ui.thematic import SELECTED_DISTRICT

    at = _run("profile.py", monkeypatch, {SELECTED_DISTRICT: "64.11"})
    level = next(m for m in at.metric if m.label == "Tingkat rawan")
    assert level.value == "Sedang (laporan Triwulan II 2026)"
    assert "dihitung belum melapor Triwulan III 2026" in _texts(at)
    at = _run("profile.py", monkeypatch, {SELECTED_DISTRICT: "64.72"})
    level = next(m for m in at.metric if m.label == "Tingkat rawan")
    assert level.value == "Sedang"


def test_priorities_page_says_which_districts_have_no_risk_component(monkeypatch, data_dir):
    at = _run("priorities.py", monkeypatch)
    assert "Belum melapor Triwulan III 2026: Penajam Paser Utara" in _texts(at)


# --- the public landing page once accounts exist -----------------------------------------------

@pytest.mark.parametrize("lang, login_note, turnout", [
    ("id", "masuk (halaman Masuk) untuk melihat", "Partisipasi provinsi (Pilkada 2024)"),
    ("en", "log in (Log in page) to see", "Province turnout (Pilkada 2024)")])
def test_anonymous_landing_page_shows_the_public_datasets(lang, login_note, turnout, data_dir):
    from accounts.users import Accounts
    from tests.helpers.pages import map_components, run_page

    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    at = run_page("overview.py", lang)
    assert not at.exception
    infos = " ".join(i.value for i in at.info)
    assert login_note in infos
    assert "Belum ada laporan rawan konflik" not in infos and "No conflict-risk" not in infos
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[turnout] == ("69,2%" if lang == "id" else "69.2%")
    activities = metrics[view.t("overview.kpi.activities", lang)]
    quarter = at.select_slider(key="overview_public_quarter").value
    start, end = indicators_figures.period_dates(quarter)
    assert activities == str(len(indicators_figures.activities_between(demo("outreach"), start, end)))
    maps = map_components(at)
    assert len(maps) == 1 and "Tingkat rawan" not in maps[0]["script"]
    table = at.dataframe[0].value
    assert len(table) == 10 and view.t("risk.level", lang) not in table.columns
