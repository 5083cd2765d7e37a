"""Peringatan Dini as a logged-in viewer and as a visitor (AppTest)."""

from __future__ import annotations

from tests.helpers.alerts_data import AS_OF, surge_data
from tests.helpers.pages import map_components, run, run_page


def test_the_page_lists_exactly_the_areas_that_surged_with_the_rule(monkeypatch):
    at = run("alerts.py", {"incidents": surge_data()}, monkeypatch)
    at.date_input(key="alerts_as_of").set_value(AS_OF).run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table["Wilayah"].tolist() == [
        "Kabupaten Kutai Kartanegara (64.02)", "Kota Balikpapan (64.71)", "Kota Samarinda (64.72)",
        "Kota Samarinda (64.72)", "Kecamatan Sungai Kunjang (64.72.06), Kota Samarinda"]
    assert table["Peringatan"].tolist()[:2] == ["Lonjakan", "Kategori baru: Ormas"]
    captions = " ".join(c.value for c in at.caption)
    assert "5 peringatan per 30 November 2026" in captions and "≥ 3 kejadian" in captions
    assert len(map_components(at)) == 1


def test_the_page_in_english_and_a_quiet_date(monkeypatch):
    at = run("alerts.py", {"incidents": surge_data()}, monkeypatch, lang="en")
    at.date_input(key="alerts_as_of").set_value(AS_OF.replace(year=2024)).run()
    assert not at.exception
    assert not at.dataframe  # no alert: no table
    assert "0 alert(s) as of 30 November 2024" in " ".join(c.value for c in at.caption)


def test_a_visitor_sees_no_incident_counts_once_accounts_exist(data_dir):
    from tests.helpers.pages import login_token

    login_token("viewer", "vina")  # an account exists: real and demo internal data are closed
    at = run_page("alerts.py", "id")
    assert not at.exception
    assert any("masuk" in i.value.lower() for i in at.info)
    assert not at.dataframe and not map_components(at)  # no "no alert" map either


def test_the_overview_names_todays_alerts_for_a_logged_in_user(monkeypatch):
    import datetime as dt

    shift = dt.date.today() - AS_OF  # the same incidents, as if today were AS_OF
    data = surge_data()
    data["tanggal"] = [(dt.date.fromisoformat(d) + shift).isoformat() for d in data["tanggal"]]
    at = run("overview.py", {"incidents": data}, monkeypatch)
    banners = [w.value for w in at.warning if "Peringatan dini" in w.value]
    assert len(banners) == 1
    assert banners[0].startswith("Peringatan dini: 5 peringatan per ")
    assert ("Kabupaten Kutai Kartanegara (64.02), Kota Balikpapan (64.71), Kota Samarinda (64.72)"
            in banners[0])
