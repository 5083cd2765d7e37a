"""One formatting rule everywhere (issue 11, #9): Indonesian 1.234,5 / English 1,234.5, halves
away from zero, the precision the data has, times in WITA; and the places that used to break it
(change preview, map tooltip, history, audit, charts)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from domain import changes
from domain.schema import DATASETS
from i18n import decimals_of, fmt_datetime, fmt_number, round_half_away, to_wita
from loaders import uploads
from tests.helpers.files import csv_bytes, risk_row

TODAY = dt.date(2026, 11, 29)


def test_halves_round_away_from_zero_not_to_even():
    assert fmt_number(72.5, "id", 0) == "73"  # babel and round() give 72
    assert fmt_number(73.5, "id", 0) == "74"
    assert fmt_number(-72.5, "en", 0) == "-73"
    assert fmt_number(0.125, "en", 2) == "0.13"
    assert fmt_number(2.675, "en", 2) == "2.68"  # the entered 2.675, not float 2.67499...
    assert fmt_number(69.25, "id", 1) == "69,3"
    assert round_half_away(72.5) == 73 and round_half_away(-0.5) == -1
    assert fmt_number(-0.04, "id", 1) == "0,0"  # no "-0,0"


def test_numbers_keep_the_precision_the_data_has():
    assert fmt_number(75.5, "id") == "75,5"
    assert fmt_number(75.5, "en") == "75.5"
    assert fmt_number(72.5, "id") == "72,5"
    assert fmt_number(76.0, "id") == "76"
    assert fmt_number(600000, "id") == "600.000"
    assert fmt_number(600000, "en") == "600,000"
    assert fmt_number(1234.56, "id") == "1.234,56"
    assert fmt_number(1 / 3, "en") == "0.33"  # at most MAX_DECIMALS
    assert decimals_of(75.5) == 1 and decimals_of(75) == 0 and decimals_of(None) == 0
    import numpy as np

    assert fmt_number(np.float64(75.5), "id") == "75,5"
    assert fmt_number(pd.NA, "id") == "–"


def test_times_are_shown_in_wita_in_both_languages():
    utc = "2026-12-01T02:05:09+00:00"  # how the store writes a moment
    assert to_wita(utc).utcoffset() == dt.timedelta(hours=8)
    assert fmt_datetime(utc, "id") == "1 Desember 2026 10.05 WITA"
    assert fmt_datetime(utc, "en") == "1 December 2026 10:05 WITA"
    assert fmt_datetime("2026-12-01T18:30:00", "en") == "2 December 2026 02:30 WITA"  # naive = UTC
    assert fmt_datetime(None, "id") == "–"


def _risk_frame(**overrides):
    report = uploads.check_upload("conflict_risk", csv_bytes([risk_row(**overrides)]),
                                   "laporan.csv", "id", today=TODAY)
    assert report.ok, report.text()
    return report.frame


@pytest.mark.parametrize("lang,expected", [("id", "75,5"), ("en", "75.5")])
def test_change_preview_shows_a_score_as_entered(lang, expected):
    old, new = _risk_frame(skor="72"), _risk_frame(skor="75,5")
    assert new["skor"].iloc[0] == 75.5  # the reader keeps the decimal
    described = [c.describe(lang) for c in changes.diff(DATASETS["conflict_risk"], old, new, lang)]
    score = [d for d in described if "skor" in d]
    assert score and expected in score[0] and "72" in score[0], described
    if lang == "id":
        assert "75.5" not in score[0]


def test_change_preview_shows_dates_in_words():
    old, new = _risk_frame(), _risk_frame(tanggal_laporan="2026-10-07")
    described = [c.describe("id") for c in changes.diff(DATASETS["conflict_risk"], old, new)]
    assert any("7 Oktober 2026" in d and "5 Oktober 2026" in d for d in described), described


def test_map_tooltip_keeps_the_scores_decimal():
    from views.conflict_risk import change_layer
    from views.overview import risk_layer

    summary = pd.DataFrame({
        "kode": ["64.08", "64.72"], "nama": ["Kutai Timur", "Samarinda"],
        "tingkat_rawan": ["tinggi", "sedang"], "skor": [75.5, 72.5],
        "periode_laporan": ["2026-Q3", "2026-Q3"], "periode": ["2026-Q3", "2026-Q3"],
        "laporan_terkini": [True, True], "status_laporan": ["terkini", "terkini"],
        "sumber_risiko": ["A", "B"]})
    layer = risk_layer(summary, "id")
    assert list(layer.values["skor"]) == ["75,5", "72,5"]  # was 76 and 72
    change = pd.DataFrame({"kode": ["64.08"], "nama": ["Kutai Timur"], "tingkat_sebelum": ["sedang"],
                           "skor_sebelum": [72.5], "tingkat_kini": ["tinggi"], "skor_kini": [75.5],
                           "perubahan": ["naik"], "sumber": ["A"]})
    values = change_layer(change, "en", "2026-Q3", "2026-Q2").values
    assert values["sebelum"].iloc[0] == "Medium (72.5)" and values["kini"].iloc[0] == "High (75.5)"


def test_history_and_audit_show_wita_not_utc_iso():
    from storage.base import AuditEntry, VersionInfo
    from views.data import audit_table, history_table

    info = VersionInfo("conflict_risk", 2, "ani", "2026-12-01T02:05:09+00:00", "commit",
                       "laporan.csv", "ab" * 32, 3, 1, 0, 2, "", False, "cd" * 32)
    table = history_table([info], "id")
    when = table.iloc[0, 1]
    assert when == "1 Desember 2026 10.05 WITA"
    entry = AuditEntry(1, "2026-12-01T23:59:00+00:00", "ani", "commit", "conflict_risk", {})
    assert audit_table([entry], "en").iloc[0, 0] == "2 December 2026 07:59:00 WITA"


def test_refusal_messages_write_sizes_in_the_users_format():
    from i18n.errors import LocalizedError

    error = LocalizedError("boundaries.error.too_large", name="batas.geojson",
                           size_mb=round_half_away(251.25, 1), limit_mb=200.0)
    assert "251,3" in error.message("id") and "251.3" in error.message("en")
    assert "200" in error.message("id") and "200.0" not in error.message("en")
    from loaders.boundaries import Message

    message = Message("boundaries.error.too_large", {"name": "b.zip", "size_mb": 251.3,
                                                     "limit_mb": 200.0})
    assert "251,3" in message.text("id") and "251.3" in message.text("en")


# --- charts ------------------------------------------------------------------------------------
def _spec(chart) -> dict:
    return chart.to_dict()


def _axes(spec: dict) -> list[tuple[str, dict]]:
    """(channel, encoding) of every x/y encoding in a (layered, faceted) spec."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            for channel in ("x", "y"):
                enc = node.get("encoding", {}).get(channel)
                if isinstance(enc, dict):
                    found.append((channel, enc))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(spec)
    return found


@pytest.mark.parametrize("lang,decimal,thousands", [("id", ",", "."), ("en", ".", ",")])
def test_charts_write_numbers_in_the_languages_format(lang, decimal, thousands):
    from maps import charts

    data = pd.DataFrame({"nama_pendek": ["Samarinda", "Balikpapan"] * 2,
                         "jumlah": [600000, 550000, 40000, 30000],
                         "bagian_label": ["Perempuan"] * 2 + ["Pemilih pemula"] * 2})
    spec = _spec(charts.grouped_bars(data, "nama_pendek", "jumlah", "bagian_label",
                                     ["Perempuan", "Pemilih pemula"], ["#111", "#222"], "Kab/kota",
                                     "Pemilih", "Bagian", stacked=True, lang=lang))
    number = spec["config"]["locale"]["number"]
    assert number["decimal"] == decimal and number["thousands"] == thousands
    value_axis = dict(_axes(spec))["y"]["axis"]
    assert value_axis["format"] == ",d" and value_axis["tickMinStep"] == 1  # voters are counts
    tooltips = [tip for tip in spec["encoding"]["tooltip"] if tip.get("type") == "quantitative"]
    assert tooltips and all(tip["format"] == charts.NUMBER_FORMAT for tip in tooltips)


def test_a_count_of_districts_has_whole_number_ticks():
    from maps import charts

    categories = pd.DataFrame({"kategori_label": ["SARA", "Ormas", "SARA"],
                               "nama_pendek": ["Paser", "Berau", "Kutim"]})
    axes = dict(_axes(_spec(charts.category_bars(categories, "Kategori", "Kab/kota", "#000"))))
    assert axes["x"]["axis"]["format"] == ",d" and axes["x"]["axis"]["tickMinStep"] == 1


def test_every_district_on_a_bar_chart_keeps_its_label():
    from maps import charts

    data = pd.DataFrame({"nama_pendek": [f"Kabupaten {i}" for i in range(10)],
                         "partisipasi": [60.5 + i for i in range(10)], "pemilihan": ["P"] * 10})
    grouped = _spec(charts.grouped_bars(data, "nama_pendek", "partisipasi", "pemilihan", ["P"],
                                        ["#000"], "Kab/kota", "%", "Pemilihan", lang="en"))
    ranked = _spec(charts.ranked_bars(data.assign(k="a"), "nama_pendek", "partisipasi", "k", ["a"],
                                      ["#000"], "Skor", "Kelas", ["nama_pendek:N"], lang="en"))
    for spec, channel in ((grouped, "x"), (ranked, "y")):
        axis = dict(_axes(spec))[channel]["axis"]
        assert axis["labelOverlap"] is False and axis["labelLimit"] >= 200
    value_axis = dict(_axes(grouped))["y"]["axis"]
    assert value_axis["format"] == charts.NUMBER_FORMAT  # percentages keep their decimal
