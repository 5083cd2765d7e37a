"""Status Pelaporan: each period has a due date (DASHBOARD_REPORT_DUE_DAYS after its end, default
15 days), reports are on time or late, absent ones missing or overdue; rakor agreements past their
deadline are marked. The demo's 2026-Q3 is due 15 October 2026."""

from __future__ import annotations

import datetime as dt

import pytest

import config
from indicators import reporting
from tests.helpers.demo import demo
from views import agreements as agreement_view
from views import reporting as view

AFTER = dt.date(2026, 12, 1)  # every Q3 report due date has passed
BEFORE = dt.date(2026, 10, 10)  # before the Q3 due date


def by_code(statuses):
    return {s.kab_kota: s for s in statuses}


def test_due_date_is_fifteen_days_after_the_period_by_default(monkeypatch):
    monkeypatch.delenv(config.REPORT_DUE_DAYS.name, raising=False)
    assert reporting.due_date("2026-Q3") == dt.date(2026, 10, 15)
    assert reporting.due_date("2026-Q4") == dt.date(2027, 1, 15)
    assert reporting.due_date("2026-02") == dt.date(2026, 3, 15)


@pytest.mark.parametrize("value, days", [("30", 30), ("0", 0), ("abc", 15), ("-3", 15),
                                         ("", 15), ("400", 15)])
def test_due_days_come_from_the_environment(monkeypatch, value, days):
    monkeypatch.setenv(config.REPORT_DUE_DAYS.name, value)
    assert reporting.due_days() == days
    assert reporting.due_date("2026-Q3") == dt.date(2026, 9, 30) + dt.timedelta(days=days)


def test_on_time_late_and_overdue_after_the_due_date(monkeypatch):
    monkeypatch.delenv(config.REPORT_DUE_DAYS.name, raising=False)
    status = by_code(reporting.reporting_status(demo("conflict_risk"), "2026-Q3", today=AFTER))
    assert status["64.72"].timeliness == reporting.ON_TIME  # dated 13 October
    assert status["64.01"].timeliness == reporting.LATE and status["64.01"].days_late == 7
    for code in ("64.09", "64.11"):  # still on their 2026-Q2 report
        assert status[code].timeliness == reporting.OVERDUE and not status[code].reported
        assert status[code].days_late == (AFTER - dt.date(2026, 10, 15)).days
        assert status[code].shown_period == "2026-Q2"
    counts = reporting.counts(list(status.values()))
    assert counts[reporting.OVERDUE] == 2 and sum(counts.values()) == 10


def test_before_the_due_date_an_absent_report_is_missing_not_overdue(monkeypatch):
    monkeypatch.delenv(config.REPORT_DUE_DAYS.name, raising=False)
    status = by_code(reporting.reporting_status(demo("conflict_risk"), "2026-Q3", today=BEFORE))
    assert status["64.09"].timeliness == reporting.MISSING and status["64.09"].days_late == 0


def test_a_longer_deadline_makes_the_late_reports_on_time(monkeypatch):
    monkeypatch.setenv(config.REPORT_DUE_DAYS.name, "30")
    status = by_code(reporting.reporting_status(demo("conflict_risk"), "2026-Q3", today=AFTER))
    assert status["64.01"].timeliness == reporting.ON_TIME
    assert status["64.01"].due_date == dt.date(2026, 10, 30)


@pytest.mark.parametrize("lang, words", [
    ("id", ["Tepat waktu", "Terlambat", "Belum melapor (belum lewat tenggat)",
            "Lewat tenggat, belum melapor"]),
    ("en", ["On time", "Late", "Not reported yet (not yet due)", "Overdue, not reported"])])
def test_map_and_table_mark_late_and_overdue_reports(lang, words, monkeypatch):
    monkeypatch.delenv(config.REPORT_DUE_DAYS.name, raising=False)
    statuses = reporting.reporting_status(demo("conflict_risk"), "2026-Q3", today=AFTER)
    layer = view.reporting_layer(statuses, "2026-Q3", lang)
    assert [label for _, label in layer.legend_items] == words
    assert len({c for c, _ in layer.legend_items}) == 4
    assert layer.colour["64.09"] == view.TIMELINESS_COLOURS[reporting.OVERDUE]
    assert layer.colour["64.01"] == view.TIMELINESS_COLOURS[reporting.LATE]
    assert layer.values.at["64.09", "tenggat"] == ("15 Oktober 2026" if lang == "id"
                                                   else "15 October 2026")
    table = view.reporting_table(statuses, lang)
    assert table.iloc[5, 2].startswith(words[3])
    source = view.source_text(demo("conflict_risk"), "2026-Q3", statuses[0].due_date, lang)
    assert "DATA CONTOH" in source and "DASHBOARD_REPORT_DUE_DAYS" in source


def test_overdue_agreements_are_counted_per_district():
    frame = demo("agreements")
    late = agreement_view.overdue_counts(frame, dt.date(2026, 4, 20))
    # Kutai Timur: "Kendaraan operasional" not started, due 11 April 2026
    assert late["64.08"] == 1
    assert late["64.01"] == 1  # Paser: "Tim peringatan dini" in progress, due 18 April
    table = agreement_view.counts_table(frame, "id", today=dt.date(2026, 4, 20))
    assert table["Lewat tenggat"].tolist()[0] == "1"
    layer = agreement_view.status_layer(frame, "en", today=dt.date(2026, 4, 20))
    assert layer.values.at["64.08", "lewat"] == "1 agreements"
    assert "Past deadline" in [label for _, label in layer.tooltip]
    done = frame.assign(status="selesai")
    assert agreement_view.overdue_counts(done, AFTER).sum() == 0
    assert agreement_view.overdue_text(done, AFTER, "id").startswith("Tidak ada kesepakatan")
