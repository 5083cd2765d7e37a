"""Field reports through the versioned store: each report, verification and follow-up step is a
new version of ``incidents`` with its audit entry, committed against the version it was computed
from (so no write is lost), and retried on a fresh read when someone else committed meanwhile.
The rules (idempotent add, revision check, order of steps) are ``domain.field_reports``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from domain import field_reports as rules
from storage.base import ConcurrentCommitError, Store, UnknownVersionError, VersionInfo

DATASET = "incidents"
ATTEMPTS = 8


@dataclass(frozen=True)
class Outcome:
    stored: bool  # False: nothing new stored (the same form sent again)
    version: VersionInfo | None
    row: dict


def _current(store: Store) -> tuple[pd.DataFrame, int | None, bool]:
    try:
        stored = store.read(DATASET)
    except UnknownVersionError:
        return rules.frame_of([]), None, False
    return stored.frame, stored.info.version, stored.info.is_demo


def _row(frame: pd.DataFrame, report_id: str) -> dict:
    return frame[frame["id_laporan"] == report_id].iloc[0].to_dict()


def _write(store: Store, user: str, note: str, report_id: str,
           change: Callable[[pd.DataFrame, bool], pd.DataFrame | None]) -> Outcome:
    """Read, ``change(frame, is_demo)`` (None: nothing to store), commit against the version read;
    on a concurrent commit read again and re-apply, so the rules see the newest rows."""
    for _ in range(ATTEMPTS):
        frame, version, is_demo = _current(store)
        new = change(frame, is_demo)
        if new is None:
            return Outcome(False, None, _row(frame, report_id))
        try:
            info = store.commit(DATASET, new, user=user, expected_current_version=version,
                                file_name="lapor-kejadian", note=note)
        except ConcurrentCommitError:
            continue
        return Outcome(True, info, _row(new, report_id))
    raise ConcurrentCommitError(dataset=DATASET, expected="?", current="?")


def submit(store: Store, row: dict) -> Outcome:
    """Store a field report once: the same form (its token) sent again stores nothing."""
    def change(frame, is_demo):
        if rules.has_report(frame, row["id_laporan"]):
            return None
        return rules.add_report(frame, row, replace_demo=is_demo)

    return _write(store, row["pelapor"], f"laporan lapangan {row['id_laporan']}",
                  row["id_laporan"], change)


def decide(store: Store, report_id: str, seen_revision: int | None, decision: str, editor: str,
           note: str, now: dt.datetime | None = None) -> Outcome:
    """Verify or refute; ``rules.StaleReportError`` (with the current row) when the report is no
    longer at ``seen_revision``."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return _write(store, editor, f"{decision} {report_id}", report_id, lambda frame, _demo: (
        rules.decide(frame, report_id, seen_revision, decision, editor, note, now)))


def follow_up(store: Store, report_id: str, seen_revision: int | None, step: str, user: str,
              note: str, now: dt.datetime | None = None) -> Outcome:
    now = now or dt.datetime.now(dt.timezone.utc)
    return _write(store, user, f"{step} {report_id}", report_id, lambda frame, _demo: (
        rules.follow_up(frame, report_id, seen_revision, step, user, note, now)))
