"""The drill-down coloured by the risk level reported per kecamatan, for those who may see the
internal reports only; the profile's kecamatan table (issue 14, section 2)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from accounts.users import Accounts
from domain.schema import DATASETS, typed_frame
from maps.palette import NO_DATA_COLOUR, RISK_COLOURS
from storage import backends, defaults
from tests.helpers.pages import login_token, map_components

ROOT = Path(__file__).resolve().parents[2]
REPORTED = {"64.72.01": "tinggi", "64.72.02": "sedang", "64.72.06": "rendah"}


@pytest.fixture()
def kecamatan_imported(data_dir, shared_dir):
    from loaders import boundaries_import

    for level, name in (("kabupaten", "kaltim_kabupaten_kota.geojson"),
                        ("kecamatan", "kaltim_kecamatan.geojson")):
        report = boundaries_import.import_boundaries(shared_dir / "geodata" / name, level,
                                                     user="test")
        assert report.ok, report.lines("en")
    return data_dir


def _commit_real_reports() -> None:
    """Accounts exist and the store holds real (non-demo) reports: the demo's, with Samarinda's
    2026-Q3 per kecamatan instead of its kab/kota row."""
    Accounts().add_user("ani", "kata-sandi-yang-panjang", "admin")
    frame = defaults.load_demo("conflict_risk").frame
    frame = frame[~((frame["kab_kota"] == "64.72") & (frame["periode"] == "2026-Q3"))]
    base = frame[frame["kab_kota"] == "64.72"].iloc[-1].to_dict()
    rows = [{**base, "kecamatan": k, "desa": "", "periode": "2026-Q3", "tingkat_rawan": lv,
             "skor": {"rendah": 20, "sedang": 50, "tinggi": 80}[lv]} for k, lv in REPORTED.items()]
    frame = pd.concat([frame, pd.DataFrame(rows)], ignore_index=True).assign(sumber="Kesbangpol")
    store = backends.open_store()
    store.commit("conflict_risk", typed_frame(DATASETS["conflict_risk"], frame), user="ani",
                 expected_current_version=store.current_version("conflict_risk"))


def _open(params: dict[str, str], token: str | None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if token:
        at.session_state["auth_token"] = token
    at.run()
    at.switch_page("pages/drilldown.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _colours(script: str) -> dict[str, str]:
    """Kecamatan code -> fill colour of each feature of the map's GeoJSON."""
    return dict(re.findall(r'"id": "(64\.72\.\d\d)", "properties": \{"_colour": "(#[0-9A-Fa-f]{6})"',
                           script))


@pytest.mark.parametrize("lang, legend, unreported", [("id", "Tingkat rawan", "belum dilaporkan"),
                                                      ("en", "Risk level", "not reported")])
def test_viewer_sees_kecamatan_coloured_by_their_reported_level(kecamatan_imported, lang, legend,
                                                                 unreported):
    _commit_real_reports()
    at = _open({"lang": lang, "kab": "64.72"}, login_token("viewer", "vina"))
    (component,) = map_components(at)
    colours = _colours(component["script"])
    assert len(colours) == 10, colours
    for code, level in REPORTED.items():
        assert colours[code] == RISK_COLOURS[level]
    assert {c for k, c in colours.items() if k not in REPORTED} == {NO_DATA_COLOUR}
    assert legend in component["script"] and unreported in component["script"]


def test_visitor_sees_only_the_public_outreach_layer(kecamatan_imported):
    _commit_real_reports()
    at = _open({"lang": "id", "kab": "64.72"}, None)
    (component,) = map_components(at)
    script = component["script"]
    assert "Tingkat rawan" not in script and "Kegiatan sosialisasi tercatat" in script
    assert set(_colours(script).values()) <= {"#F7F7F7", "#67A9CF"}  # activity colours only
    assert "Kejadian" not in script  # no incident points, no incident counts
    assert any("hanya terlihat setelah masuk" in c.value for c in at.caption)


def test_profile_shows_the_kecamatan_table_when_reported(data_dir):
    _commit_real_reports()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = "id"
    at.query_params["kab"] = "64.72"
    at.session_state["auth_token"] = login_token("viewer", "vina")
    at.run()
    at.switch_page("pages/profile.py").run()
    assert not at.exception, [e.message for e in at.exception]
    assert any(s.value.startswith("Kecamatan · Triwulan III 2026") for s in at.subheader)
    tables = [d.value for d in at.dataframe if "Kecamatan" in d.value.columns]
    (table,) = tables
    assert len(table) == 10
    levels = dict(zip(table["Kode"], table["Tingkat rawan"]))
    assert levels["64.72.01"] == "Tinggi" and levels["64.72.03"] == "belum dilaporkan"
    assert any("1 dari 10 kecamatan rawan tinggi (3 dilaporkan)" in c.value for c in at.caption)
