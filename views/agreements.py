"""Follow-up of rakor agreements (tindak lanjut kesepakatan rakor) as plain data: the worst status
per district for the map, the table, counts for slides and the PDF."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from domain import regions
from domain.schema import AGREEMENT_STATUSES
from i18n import MISSING, fmt_date, fmt_number, is_missing, or_missing, t
from maps.presentation_palette import AGREEMENT_STATUS_COLOURS
from maps.thematic import ThematicLayer

# AGREEMENT_STATUSES is ordered worst first, so the rank is the index.
STATUS_RANK = {status: i for i, status in enumerate(AGREEMENT_STATUSES)}


def status_label(status: object, lang: str) -> str:
    return t(f"agreement.status.{status}", lang) if status in STATUS_RANK else MISSING


def sources(frame: pd.DataFrame) -> str:
    values = sorted({s for s in frame["sumber"] if not is_missing(s)})
    return "; ".join(values) or MISSING


def deadline_range(frame: pd.DataFrame, lang: str) -> str:
    dates = frame["tenggat"].dropna()
    if dates.empty:
        return MISSING
    return f"{fmt_date(min(dates), lang)} – {fmt_date(max(dates), lang)}"


def worst_status(frame: pd.DataFrame) -> pd.Series:
    """Per district code, the least advanced status among its agreements."""
    known = frame[frame["status"].isin(STATUS_RANK)]
    if known.empty:
        return pd.Series(dtype="string")
    ranks = known.assign(_rank=known["status"].map(STATUS_RANK)).groupby("kab_kota")["_rank"].min()
    return ranks.map(lambda r: AGREEMENT_STATUSES[int(r)])


def status_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per district (registry order), one column per status, plus ``total``."""
    counts = (frame.groupby(["kab_kota", "status"]).size().unstack(fill_value=0)
              .reindex(index=regions.codes(), columns=list(AGREEMENT_STATUSES), fill_value=0))
    counts["total"] = counts.sum(axis=1)
    return counts


def overdue(frame: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    """Agreements not finished whose deadline has passed."""
    return frame[(frame["status"] != "selesai") & frame["tenggat"].notna()
                 & (frame["tenggat"].map(lambda d: not is_missing(d) and d < today)).astype(bool)]


def overdue_counts(frame: pd.DataFrame, today: dt.date) -> pd.Series:
    """Per district (registry order) how many of its agreements are overdue on ``today``."""
    late = overdue(frame, today)
    counts = late.groupby("kab_kota").size() if len(late) else pd.Series(dtype=int)
    return pd.Series({c: int(counts.get(c, 0)) for c in regions.codes()}, dtype=int)


def overdue_text(frame: pd.DataFrame, today: dt.date, lang: str) -> str:
    count = len(overdue(frame, today))
    if not count:
        return t("periods.agreements.none", lang, date=fmt_date(today, lang))
    return t("periods.agreements.count", lang, count=fmt_number(count, lang),
             date=fmt_date(today, lang))


def _counts_text(row: pd.Series, lang: str) -> str:
    return ", ".join(f"{fmt_number(row[s], lang)} {status_label(s, lang).lower()}"
                     for s in AGREEMENT_STATUSES)


def status_layer(frame: pd.DataFrame, lang: str, today: dt.date | None = None) -> ThematicLayer:
    """Worst status per district; the tooltip says how many agreements are past their deadline
    on ``today`` (default: the server's date)."""
    today = today or dt.date.today()
    worst = worst_status(frame)
    counts = status_counts(frame)
    late = overdue_counts(frame, today)
    names = {d.kemendagri_code: d.official_name for d in regions.DISTRICTS}
    values = pd.DataFrame({
        "nama": [names[c] for c in counts.index],
        "status": [status_label(worst.get(c), lang) if c in worst.index else pd.NA
                   for c in counts.index],
        "jumlah": [_counts_text(counts.loc[c], lang) if counts.at[c, "total"] else pd.NA
                   for c in counts.index],
        "lewat": [t("periods.agreements.overdue_count", lang, count=fmt_number(late[c], lang))
                  if counts.at[c, "total"] else pd.NA for c in counts.index],
        "sumber": [sources(frame[frame["kab_kota"] == c]) if counts.at[c, "total"] else pd.NA
                   for c in counts.index],
    }, index=counts.index)
    return ThematicLayer(
        name=t("agreement.map_title", lang),
        values=values,
        colour=worst.map(AGREEMENT_STATUS_COLOURS),
        tooltip=[("nama", t("district", lang)), ("status", t("agreement.worst_status", lang)),
                 ("jumlah", t("agreement.count", lang)),
                 ("lewat", t("periods.agreements.overdue_tooltip", lang)),
                 ("sumber", t("source.label", lang))],
        legend_title=t("agreement.worst_status", lang),
        legend_items=[(AGREEMENT_STATUS_COLOURS[s], status_label(s, lang))
                      for s in AGREEMENT_STATUSES],
        no_data_label=t("map.no_data", lang),
    )


def agreements_table(frame: pd.DataFrame, lang: str, today: dt.date | None = None) -> pd.DataFrame:
    """Every agreement, worst status first within each district (registry order), formatted."""
    order = {code: i for i, code in enumerate(regions.codes())}
    rows = frame.assign(_d=frame["kab_kota"].map(order), _s=frame["status"].map(STATUS_RANK))
    rows = rows.sort_values(["_d", "_s", "tenggat"], na_position="last")
    names = {d.kemendagri_code: d.official_name for d in regions.DISTRICTS}
    table = pd.DataFrame({
        t("district", lang): rows["kab_kota"].map(lambda c: names.get(c, c)),
        t("agreement.col.agreement", lang): rows["kesepakatan"],
        t("agreement.col.status", lang): rows["status"].map(lambda s: status_label(s, lang)),
        t("agreement.col.deadline", lang): rows["tenggat"].map(
            lambda d: fmt_date(d, lang)),
    })
    if today is not None:
        late = set(overdue(rows, today).index)
        table[t("agreement.col.overdue", lang)] = [
            t("agreement.yes", lang) if i in late else "" for i in rows.index]
    table[t("agreement.col.note", lang)] = rows["catatan"].map(or_missing)
    table[t("source.label", lang)] = rows["sumber"].map(or_missing)
    return table.reset_index(drop=True)


def counts_table(frame: pd.DataFrame, lang: str, today: dt.date | None = None) -> pd.DataFrame:
    """Per district the agreements per status and how many are past their deadline on ``today``
    (default: the server's date)."""
    counts = status_counts(frame)
    late = overdue_counts(frame, today or dt.date.today())
    names = {d.kemendagri_code: d.official_name for d in regions.DISTRICTS}
    table = pd.DataFrame({t("district", lang): [names[c] for c in counts.index]})
    for status in AGREEMENT_STATUSES:
        table[status_label(status, lang)] = [fmt_number(v, lang) for v in counts[status]]
    table[t("agreement.col.overdue", lang)] = [fmt_number(late[c], lang) for c in counts.index]
    return table
