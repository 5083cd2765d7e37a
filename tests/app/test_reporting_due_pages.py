"""The Status Pelaporan page under AppTest: the due date, the timeliness counts and the overdue
agreements as the page shows them (the rules themselves: tests/unit/test_reporting_due.py)."""

from __future__ import annotations

import datetime as dt

import config
from indicators import reporting
from tests.helpers.demo import demo
from views import agreements as agreement_view


def test_reporting_page_shows_due_date_timeliness_and_overdue_agreements(monkeypatch, data_dir):
    from tests.helpers.pages import run_page

    monkeypatch.delenv(config.REPORT_DUE_DAYS.name, raising=False)
    at = run_page("reporting.py", "id")
    assert not at.exception, [e.message for e in at.exception]
    today = dt.date.today()
    expected = reporting.counts(reporting.reporting_status(demo("conflict_risk"), "2026-Q3",
                                                           today=today))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Lewat tenggat"] == str(expected[reporting.OVERDUE])
    assert metrics["Terlambat"] == str(expected[reporting.LATE])
    captions = " ".join(c.value for c in at.caption)
    assert "Tenggat laporan Triwulan III 2026: 15 Oktober 2026" in captions
    assert "Sumber: laporan peta rawan konflik sosial kab/kota (DATA CONTOH)" in captions
    late = agreement_view.overdue(demo("agreements"), today)
    assert (f"{len(late)} kesepakatan belum selesai dan lewat tenggat" in captions) == bool(
        len(late))
