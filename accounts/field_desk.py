"""Who may do what with field reports, checked on the server for every action: a pelapor submits
for their own districts and reads their own reports; verifying or refuting (which publishes or
withholds a report) needs ``publish_incidents``; the handling team's steps need
``follow_up_incidents``; an editor limited to districts acts only on those. Pages call these
functions, never the store directly, so a forged form or session state cannot skip a check.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from accounts.access import User
from domain import field_reports as rules
from domain.field_reports import FieldReportError
from loaders import field_location, photos
from storage import attachments, field_store
from storage.base import Store


def _require(user: User | None, action: str) -> User:
    if user is None or not user.can(action):
        raise FieldReportError("field.error.not_allowed")
    return user


def submit(store: Store, user: User | None, report: rules.ReportInput, photo: bytes | None,
           *, confirm_outside: bool = False, now: dt.datetime | None = None
           ) -> field_store.Outcome:
    """Check and store a report. Raises FieldReportError (its first problem), PhotoError, or
    ``field.error.outside`` when the position lies outside the chosen kab/kota and the reporter
    has not confirmed it."""
    user = _require(user, "submit_reports")
    now = now or dt.datetime.now(dt.timezone.utc)
    if not user.may_report_district(report.kab_kota):
        raise FieldReportError("field.error.other_district")
    problems = rules.check(report, now)
    if problems:
        message_id, params = problems[0]
        raise FieldReportError(message_id, **params)
    if (report.lat is not None and not confirm_outside
            and not field_location.inside_district(report.lat, report.lon, report.kab_kota)):
        raise FieldReportError("field.error.outside")
    key = attachments.put_photo(store, photos.clean_photo(photo)) if photo else ""
    return field_store.submit(store, rules.report_row(report, user.name, now, key))


def _in_reach(store: Store, user: User, report_id: str) -> None:
    """An editor limited to districts acts only on reports of those districts."""
    if user.role == "admin" or not user.districts:
        return
    frame = store.read(field_store.DATASET).frame
    rows = frame[frame["id_laporan"] == report_id]
    if rows.empty:
        raise FieldReportError("field.error.not_found")
    if rows.iloc[0]["kab_kota"] not in user.districts:
        raise FieldReportError("field.error.other_district")


def decide(store: Store, user: User | None, report_id: str, seen_revision: int | None,
           decision: str, note: str, now: dt.datetime | None = None) -> field_store.Outcome:
    user = _require(user, "publish_incidents")
    _in_reach(store, user, report_id)
    return field_store.decide(store, report_id, seen_revision, decision, user.name, note, now)


def follow_up(store: Store, user: User | None, report_id: str, seen_revision: int | None,
              step: str, note: str, now: dt.datetime | None = None) -> field_store.Outcome:
    user = _require(user, "follow_up_incidents")
    _in_reach(store, user, report_id)
    return field_store.follow_up(store, report_id, seen_revision, step, user.name, note, now)


def queue(frame: pd.DataFrame, user: User | None) -> pd.DataFrame:
    """The reports awaiting this editor's review, oldest first."""
    user = _require(user, "publish_incidents")
    return rules.awaiting(frame, () if user.role == "admin" else user.districts)


def own_reports(frame: pd.DataFrame, user: User | None) -> pd.DataFrame:
    user = _require(user, "submit_reports")
    return rules.own_reports(frame, user.name)


def photo(store: Store, user: User | None, key: str) -> bytes | None:
    """A report's photo, for those who may review reports."""
    _require(user, "publish_incidents")
    return attachments.get_photo(store, key)
