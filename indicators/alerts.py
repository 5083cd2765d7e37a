"""Surge alerts (peringatan dini): where verified incidents rise above the area's own baseline.

The rule, the same for the page, the overview's banner, the deck, the PDF and ``python -m loaders
alerts``, per kab/kota and per kecamatan where the incidents name one:

- the window is the four weeks (28 days) that end on the day asked for (``as_of``, today by default);
- the baseline is the 52 weeks before the window, counted per four weeks (its count / 13);
- a **surge** is at least ``min_incidents`` verified incidents in the window and at least ``ratio``
  times the baseline's four-week average (an area with no incident in the baseline surges with
  ``min_incidents``);
- a **new category** is a category with a verified incident in the window that the area had not had
  in the baseline, in an area that had incidents in the baseline (where nothing was recorded before,
  everything would be new: that is the surge rule's case).

Only verified incidents count: an unverified report can be a rumour, which is what early warning must
not amplify. Like ACLED's own early-warning flags, the comparison is with the area itself, not with
the province: a quiet district's three incidents matter more than a busy city's usual three.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import pandas as pd

import config
from domain import field_reports, regions, subregions
from domain.schema import LEGACY_VERIFICATION
from i18n import fmt_date, fmt_number, t
from storage.cache import Cache, content_key

WINDOW_DAYS = 28
BASELINE_WINDOWS = 13  # 52 weeks


@dataclass(frozen=True)
class Thresholds:
    min_incidents: int
    ratio: float

    @classmethod
    def from_settings(cls) -> Thresholds:
        return cls(config.ALERT_MIN_INCIDENTS.get(), config.ALERT_RATIO.get())

    def text(self, lang: str) -> str:
        decimals = 0 if float(self.ratio).is_integer() else 1
        return t("alerts.thresholds", lang, min=self.min_incidents,
                 ratio=fmt_number(self.ratio, lang, decimals), weeks=WINDOW_DAYS // 7,
                 baseline_weeks=BASELINE_WINDOWS * WINDOW_DAYS // 7)


@dataclass(frozen=True)
class Alert:
    kind: Literal["surge", "new_category"]
    district: str  # Kemendagri kab/kota code
    kecamatan: str  # Kemendagri kecamatan code, "" for the kab/kota as a whole
    count: int  # verified incidents in the window (of the category, for a new category)
    baseline_per_window: float  # the baseline's four-week average
    window_start: dt.date
    window_end: dt.date
    thresholds: Thresholds
    category: str = ""  # for a new category

    def area(self, lang: str) -> str:
        district = regions.get(self.district)
        if not self.kecamatan:
            return district.label
        name = _kecamatan_name(self.kecamatan) or self.kecamatan
        return t("alerts.area_kecamatan", lang, kecamatan=name, code=self.kecamatan,
                 district=district.official_name)

    def text(self, lang: str) -> str:
        """One line: where, what, against what, by which rule."""
        common = {"area": self.area(lang), "count": fmt_number(self.count, lang),
                  "baseline": fmt_number(self.baseline_per_window, lang, 1),
                  "start": fmt_date(self.window_start, lang), "end": fmt_date(self.window_end, lang),
                  "rule": self.thresholds.text(lang)}
        if self.kind == "surge":
            return t("alerts.surge", lang, **common)
        return t("alerts.new_category", lang, category=t(f"category.{self.category}", lang),
                 **common)


def verified(incidents: pd.DataFrame) -> pd.DataFrame:
    """The published incidents (domain.field_reports: verified by an editor), also in a frame
    that still spells the statuses the old way ("terverifikasi")."""
    if incidents.empty:
        return incidents
    statuses = incidents["status_verifikasi"].replace(dict(LEGACY_VERIFICATION))
    return incidents[statuses == field_reports.PUBLISHED]


def window(as_of: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """(baseline start, window start, window end), all inclusive: the window is the 28 days ending
    on ``as_of``, the baseline the 364 days before it."""
    start = as_of - dt.timedelta(days=WINDOW_DAYS - 1)
    return start - dt.timedelta(days=WINDOW_DAYS * BASELINE_WINDOWS), start, as_of


# (content of the incidents, date, thresholds) -> the alerts: every run of Ringkasan asks, for
# its banner, and the answer only changes with the data or the day.
_alerts: Cache[list] = Cache(16)


def surge_alerts_once(incidents: pd.DataFrame, as_of: dt.date | None = None,
                      thresholds: Thresholds | None = None) -> list[Alert]:
    """``surge_alerts``, computed once per content of ``incidents``, date and thresholds."""
    as_of = as_of or dt.date.today()
    thresholds = thresholds or Thresholds.from_settings()
    return list(_alerts.get_or_build((content_key(incidents), as_of, thresholds),
                                     lambda: surge_alerts(incidents, as_of, thresholds)))


def surge_alerts(incidents: pd.DataFrame, as_of: dt.date | None = None,
                 thresholds: Thresholds | None = None) -> list[Alert]:
    """Every alert on ``as_of`` (today by default), kab/kota first, then kecamatan, each in
    registry order; surges before new categories within an area."""
    as_of = as_of or dt.date.today()
    thresholds = thresholds or Thresholds.from_settings()
    rows = verified(incidents)
    if rows.empty:
        return []
    baseline_start, start, end = window(as_of)
    dates = pd.to_datetime(rows["tanggal"], errors="coerce").dt.date
    in_window = (dates >= start) & (dates <= end)
    in_baseline = (dates >= baseline_start) & (dates < start)
    frame = pd.DataFrame({
        "district": rows["kab_kota"].astype(str),
        "kecamatan": rows["kecamatan"].fillna("").astype(str) if "kecamatan" in rows else "",
        "category": rows["kategori"].astype(str),
        "window": in_window, "baseline": in_baseline,
    })
    frame = frame[frame["window"] | frame["baseline"]]
    if frame.empty:
        return []
    alerts: list[Alert] = []
    order = {code: i for i, code in enumerate(regions.codes())}
    areas = [(d, "") for d in sorted(frame["district"].unique(), key=lambda c: order.get(c, 99))]
    coded = frame[frame["kecamatan"].map(_is_kecamatan_code).astype(bool)]
    areas += sorted({(d, k) for d, k in zip(coded["district"], coded["kecamatan"])},
                    key=lambda a: (order.get(a[0], 99), a[1]))
    for district, kecamatan in areas:
        part = frame[frame["district"] == district]
        if kecamatan:
            part = part[part["kecamatan"] == kecamatan]
        alerts += _area_alerts(part, district, kecamatan, start, end, thresholds)
    return alerts


def district_counts(incidents: pd.DataFrame, as_of: dt.date | None = None) -> pd.DataFrame:
    """Per kab/kota (every one, registry order): verified incidents in the window and the
    baseline's four-week average, the two numbers the surge rule compares."""
    as_of = as_of or dt.date.today()
    baseline_start, start, end = window(as_of)
    rows = verified(incidents)
    dates = pd.to_datetime(rows["tanggal"], errors="coerce").dt.date if len(rows) else pd.Series(
        dtype=object)
    codes = regions.codes()
    out = pd.DataFrame(index=pd.Index(codes, name="kab_kota"))
    district = rows["kab_kota"].astype(str) if len(rows) else pd.Series(dtype=str)
    in_window = district[(dates >= start) & (dates <= end)] if len(rows) else district
    in_baseline = district[(dates >= baseline_start) & (dates < start)] if len(rows) else district
    out["window"] = in_window.value_counts().reindex(codes, fill_value=0).astype(int)
    out["baseline_per_window"] = (in_baseline.value_counts().reindex(codes, fill_value=0)
                                  / BASELINE_WINDOWS)
    return out


def _is_kecamatan_code(value: str) -> bool:
    return _kecamatan_name(value) is not None


def _kecamatan_name(code: str) -> str | None:
    """The kecamatan's name when ``code`` is a Kemendagri kecamatan code; a name typed in a report
    (not a code) is not an area of its own here: two spellings would split its incidents."""
    try:
        return subregions.default_subregions().get_kecamatan(code).name
    except (KeyError, LookupError, ValueError):
        return None


def _area_alerts(part: pd.DataFrame, district: str, kecamatan: str, start: dt.date, end: dt.date,
                 thresholds: Thresholds) -> list[Alert]:
    count = int(part["window"].sum())
    baseline_count = int(part["baseline"].sum())
    average = baseline_count / BASELINE_WINDOWS
    found = []
    if count >= thresholds.min_incidents and count >= thresholds.ratio * average:
        found.append(Alert("surge", district, kecamatan, count, average, start, end, thresholds))
    if baseline_count:
        before = set(part.loc[part["baseline"], "category"])
        new = part[part["window"] & ~part["category"].isin(before)]
        for category, n in new["category"].value_counts().sort_index().items():
            found.append(Alert("new_category", district, kecamatan, int(n), average, start, end,
                               thresholds, category=str(category)))
    return found
