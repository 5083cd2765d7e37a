"""The presentation's slides as plain data, shared by the Streamlit page, the offline HTML deck
and the governor's PDF: each slide is a title, an optional coloured map layer, a few bullet
points, an optional table (already formatted for the language) and its source line. Rendering is
the caller's business, so the three outputs cannot drift apart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

import folium
import pandas as pd
from markupsafe import Markup

from domain import province, regions
from domain.schema import AGREEMENT_STATUSES, RISK_LEVELS
from i18n import (
    MISSING,
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_period,
    fmt_signed_points,
    is_missing,
    or_missing,
    t,
)
from indicators import alerts
from indicators import figures as indicators_figures
from indicators import grain as indicators_grain
from loaders.areas import AreaLayer
from maps.palette import RISK_COLOURS, risk_colour
from maps.presentation_palette import (
    ACTIVITY_COLOURS,
    OTHER_AREA_COLOUR,
    PRIORITY_COLOURS,
    REPORTING_COLOURS,
    TURNOUT_COLOURS,
)
from maps.thematic import MapFrame, ThematicLayer, thematic_map
from storage.defaults import LoadedDataset
from views import agreements as agreement_view
from views import alerts as alerts_view
from views import overview as overview_view
from views import provenance, thematic_common

ELECTION = "Pilkada 2024"
THEMES: tuple[str, ...] = ("title", "risk", "alerts", "participation", "outreach", "priorities",
                           "reporting", "agreements")
DISTRICT_PREFIX = "district:"
TURNOUT_FAR_POINTS = 10.0  # more than this many points under target needs action, not watching


@dataclass(frozen=True)
class PresentationData:
    conflict: LoadedDataset
    participation: LoadedDataset
    outreach: LoadedDataset
    agreements: LoadedDataset
    areas: AreaLayer
    period: str
    incidents: LoadedDataset | None = None  # for the early-warning slide; None: no such slide data
    as_of: dt.date | None = None  # the early-warning date; None: today

    @property
    def is_demo(self) -> bool:
        return any(d.is_demo for d in (self.conflict, self.participation, self.outreach,
                                       self.agreements))

    @property
    def version(self) -> tuple:
        """Identity of everything a slide shows, for caches."""
        return (self.conflict.version, self.participation.version, self.outreach.version,
                self.agreements.version, self.areas.version, self.period,
                self.incidents.version if self.incidents is not None else None, self.alert_date)

    @property
    def alert_date(self) -> dt.date:
        return self.as_of or dt.date.today()

    @cached_property
    def summary(self) -> pd.DataFrame:
        return indicators_figures.district_summary(self.conflict.frame, self.participation.frame,
                                           self.outreach.frame, self.period, ELECTION)

    @cached_property
    def figures(self) -> indicators_figures.KeyFigures:
        return indicators_figures.key_figures(self.conflict.frame, self.outreach.frame, self.period,
                                      ELECTION)


@dataclass
class Slide:
    id: str
    title: str
    subtitle: str = ""
    layer: ThematicLayer | None = None
    bullets: list[str] = field(default_factory=list)
    table: pd.DataFrame | None = None
    source: str = ""  # "Sumber: ... Periode: ..."
    demo: bool = False


def slide_ids() -> list[str]:
    return list(THEMES) + [DISTRICT_PREFIX + code for code in regions.codes()]


def default_slide_ids() -> list[str]:
    return list(THEMES)


def slide_label(slide_id: str, lang: str) -> str:
    if slide_id.startswith(DISTRICT_PREFIX):
        return regions.get(slide_id[len(DISTRICT_PREFIX):]).official_name
    return t(f"pres.slide.{slide_id}", lang)


def map_frame(data: PresentationData, lang: str) -> MapFrame:
    return thematic_common.map_frame(lang, data.areas.schematic, data.is_demo,
                                   data.areas.attribution)


def _sources(*series: pd.Series) -> str:
    values = sorted({str(v) for s in series for v in s if not is_missing(v)} - {""})
    return "; ".join(values) or MISSING


def turnout_sources(summary: pd.DataFrame, lang: str) -> str:
    """The sources of the turnout and target figures of a district summary, each with its period,
    confidence and disagreeing sources (views.provenance), once each."""
    texts = provenance.source_texts([*summary["asal_partisipasi_total"],
                                     *summary["asal_target_total"]], lang)
    return "; ".join(texts) or MISSING


def _names() -> dict[str, str]:
    return {d.kemendagri_code: d.official_name for d in regions.DISTRICTS}


def _activities(data: PresentationData) -> pd.DataFrame:
    start, end = indicators_figures.period_dates(data.period)
    return indicators_figures.activities_between(data.outreach.frame, start, end)


def _turnout_class(gap: object) -> str | None:
    if is_missing(gap):
        return None
    return "reached" if gap >= 0 else ("near" if gap >= -TURNOUT_FAR_POINTS else "far")


def _activity_class(count: int) -> str:
    return "0" if count == 0 else ("1" if count <= 2 else "3")


def priority_flags(data: PresentationData) -> dict[str, list[str]]:
    """Per district the reasons it needs attention (message ids), registry order."""
    summary = data.summary.set_index("kode")
    reported = indicators_figures.reported_in(data.conflict.frame, data.period)
    worst = agreement_view.worst_status(data.agreements.frame)
    flags: dict[str, list[str]] = {}
    for code in regions.codes():
        row = summary.loc[code]
        reasons = []
        if row["tingkat_rawan"] == "tinggi" and row["laporan_terkini"]:
            reasons.append("pres.flag.high_risk")
        if code not in reported:
            reasons.append("pres.flag.not_reported")
        if _turnout_class(row["selisih_target"]) == "far":
            reasons.append("pres.flag.turnout_far")
        if worst.get(code) == "belum_dimulai":
            reasons.append("pres.flag.agreement_not_started")
        flags[code] = reasons
    return flags


def _layer(name: str, lang: str, values: pd.DataFrame, colour: pd.Series,
           tooltip: list[tuple[str, str]], legend_title: str,
           legend: list[tuple[str, str]], no_data: bool = True) -> ThematicLayer:
    return ThematicLayer(name=name, values=values, colour=colour.dropna(), tooltip=tooltip,
                         legend_title=legend_title, legend_items=legend,
                         no_data_label=t("map.no_data", lang) if no_data else "")


def title_slide(data: PresentationData, lang: str) -> Slide:
    f = data.figures
    bullets = [
        t("pres.title.high_risk", lang, count=fmt_number(len(f.high_risk_codes), lang),
          names=overview_view.high_risk_names(f, lang)),
        t("pres.title.reported", lang, count=fmt_number(f.districts_reported, lang)),
        t("pres.title.activities", lang, count=fmt_number(f.activities, lang),
          participants=fmt_number(f.participants, lang)),
    ]
    if f.province_turnout is not None:
        bullets.insert(2, t("pres.title.turnout", lang, election=f.province_turnout.period,
                            value=fmt_percent(f.province_turnout.value, lang),
                            target=fmt_percent(f.turnout_target.value, lang, 0)))
    source = overview_view.sources_text(
        f, lang, risk_sources=set(data.summary["sumber_risiko"].dropna()),
        outreach_sources=set(data.outreach.frame["sumber"].dropna()),
        escape=str)  # plain text: the page, the deck and the PDF escape for their own output
    return Slide("title", province.presentation_heading(lang),
                 t("pres.title.subtitle", lang, agency=province.agency(lang),
                   period=fmt_period(data.period, lang)),
                 bullets=bullets, source=source, demo=data.is_demo)


def risk_slide(data: PresentationData, lang: str) -> Slide:
    s = data.summary
    levels = indicators_figures.current_levels(s)  # an older report counts as not reported
    counts = levels.value_counts()
    bullets = [t("pres.risk.counts", lang, **{lvl: fmt_number(int(counts.get(lvl, 0)), lang)
                                              for lvl in RISK_LEVELS},
                 missing=fmt_number(int(levels.isna().sum()), lang)),
               t("pres.risk.high", lang, names=overview_view.high_risk_names(data.figures, lang))]
    not_reported = overview_view.not_reported_text(s, lang)
    if not_reported:
        bullets.append(not_reported)
    table = overview_view.summary_table(s, lang).iloc[:, [0, 2, 3, 4]]
    return Slide("risk", t("pres.slide.risk", lang), fmt_period(data.period, lang),
                 layer=overview_view.risk_layer(s, lang), bullets=bullets, table=table,
                 source=t("source.line", lang, source=_sources(s["sumber_risiko"]),
                          period=fmt_period(data.period, lang)),
                 demo=data.is_demo)


def participation_slide(data: PresentationData, lang: str) -> Slide:
    s = data.summary.set_index("kode")
    classes = s["selisih_target"].map(_turnout_class)
    labels = {k: t(f"pres.turnout.{k}", lang, points=fmt_number(TURNOUT_FAR_POINTS, lang))
              for k in TURNOUT_COLOURS}
    values = pd.DataFrame({
        "nama": s["nama"],
        "partisipasi": s["partisipasi_total"].map(lambda v: pd.NA if is_missing(v)
                                                  else fmt_percent(v, lang)),
        "target": s["target_total"].map(lambda v: pd.NA if is_missing(v) else fmt_percent(v, lang)),
        "selisih": s["selisih_target"].map(lambda v: pd.NA if is_missing(v)
                                           else fmt_signed_points(v, lang)),
        "sumber": [provenance.source_text(a, lang) for a in s["asal_partisipasi_total"]],
        "sumber_target": [provenance.source_text(a, lang) for a in s["asal_target_total"]],
    })
    layer = _layer(t("pres.slide.participation", lang), lang, values,
                   classes.map(lambda c: TURNOUT_COLOURS.get(c) if c else None),
                   [("nama", t("district", lang)), ("partisipasi", t("overview.col.turnout", lang)),
                    ("target", t("overview.col.target", lang)),
                    ("selisih", t("overview.col.gap", lang)),
                    ("sumber", t("published.source.achieved", lang)),
                    ("sumber_target", t("published.source.target", lang))],
                   t("pres.turnout.legend", lang, election=ELECTION),
                   [(TURNOUT_COLOURS[k], labels[k]) for k in TURNOUT_COLOURS])
    bullets = []
    f = data.figures
    if f.province_turnout is not None:
        bullets.append(t("pres.title.turnout", lang, election=f.province_turnout.period,
                         value=fmt_percent(f.province_turnout.value, lang),
                         target=fmt_percent(f.turnout_target.value, lang, 0)))
    below = [s.at[c, "nama"] for c in s.index if classes.get(c) == "far"]
    bullets.append(t("pres.turnout.far_list", lang, names=", ".join(below) or MISSING,
                     points=fmt_number(TURNOUT_FAR_POINTS, lang)))
    table = overview_view.summary_table(data.summary, lang).iloc[:, [0, 5, 6, 7]]
    return Slide("participation", t("pres.slide.participation", lang), ELECTION, layer=layer,
                 bullets=bullets, table=table,
                 source=t("source.line", lang, source=turnout_sources(s, lang),
                          period=ELECTION),
                 demo=data.is_demo)


def outreach_slide(data: PresentationData, lang: str) -> Slide:
    acts = _activities(data)
    names = _names()
    by = acts.groupby("kab_kota")
    counts = by.size().reindex(regions.codes(), fill_value=0)
    people = by["peserta_total"].sum().reindex(regions.codes(), fill_value=0)
    women = by["peserta_perempuan"].sum().reindex(regions.codes(), fill_value=0)
    first = by["peserta_pemilih_pemula"].sum().reindex(regions.codes(), fill_value=0)
    values = pd.DataFrame({
        "nama": [names[c] for c in counts.index],
        "kegiatan": [fmt_number(int(v), lang) for v in counts],
        "peserta": [fmt_number(int(v), lang) for v in people],
    }, index=counts.index)
    legend_labels = {"0": t("pres.outreach.none", lang), "1": t("pres.outreach.few", lang),
                     "3": t("pres.outreach.many", lang)}
    layer = _layer(t("pres.slide.outreach", lang), lang, values,
                   counts.map(lambda n: ACTIVITY_COLOURS[_activity_class(int(n))]),
                   [("nama", t("district", lang)), ("kegiatan", t("overview.col.activities", lang)),
                    ("peserta", t("overview.col.participants", lang))],
                   t("pres.outreach.legend", lang),
                   [(ACTIVITY_COLOURS[k], legend_labels[k]) for k in ACTIVITY_COLOURS],
                   no_data=False)
    table = pd.DataFrame({
        t("district", lang): values["nama"].values,
        t("overview.col.activities", lang): values["kegiatan"].values,
        t("overview.col.participants", lang): values["peserta"].values,
        t("group.perempuan", lang): [fmt_number(int(v), lang) for v in women],
        t("group.pemilih_pemula", lang): [fmt_number(int(v), lang) for v in first],
    })
    f = data.figures
    bullets = [t("pres.title.activities", lang, count=fmt_number(f.activities, lang),
                 participants=fmt_number(f.participants, lang)),
               t("overview.kpi.participants", lang, count=fmt_number(f.participants, lang),
                 women=fmt_number(f.participants_women, lang),
                 first=fmt_number(f.participants_first_time, lang))]
    return Slide("outreach", t("pres.slide.outreach", lang), fmt_period(data.period, lang),
                 layer=layer, bullets=bullets, table=table,
                 source=t("source.line", lang, source=_sources(acts["sumber"]),
                          period=fmt_period(data.period, lang)),
                 demo=data.is_demo)


def priorities_slide(data: PresentationData, lang: str) -> Slide:
    flags = priority_flags(data)
    names = _names()
    values = pd.DataFrame({
        "nama": [names[c] for c in flags],
        "alasan": ["; ".join(t(r, lang) for r in reasons) or t("pres.priority.none", lang)
                   for reasons in flags.values()],
    }, index=list(flags))
    colour = pd.Series({c: PRIORITY_COLOURS[str(min(len(r), 2))] for c, r in flags.items()})
    layer = _layer(t("pres.slide.priorities", lang), lang, values, colour,
                   [("nama", t("district", lang)), ("alasan", t("pres.priority.reasons", lang))],
                   t("pres.priority.legend", lang),
                   [(PRIORITY_COLOURS[k], t(f"pres.priority.count_{k}", lang))
                    for k in PRIORITY_COLOURS], no_data=False)
    ranked = sorted((c for c in flags if flags[c]), key=lambda c: -len(flags[c]))
    table = pd.DataFrame({
        t("district", lang): [names[c] for c in ranked],
        t("pres.priority.reasons", lang): [values.at[c, "alasan"] for c in ranked],
    })
    s = data.summary
    return Slide("priorities", t("pres.slide.priorities", lang), fmt_period(data.period, lang),
                 layer=layer, bullets=[t("pres.priority.rule", lang,
                                         points=fmt_number(TURNOUT_FAR_POINTS, lang))],
                 table=table,
                 source=t("source.line", lang,
                          source="; ".join(v for v in (
                              _sources(s["sumber_risiko"]), turnout_sources(s, lang),
                              _sources(data.agreements.frame["sumber"])) if v != MISSING)
                          or MISSING,
                          period=fmt_period(data.period, lang)),
                 demo=data.is_demo)


def reporting_slide(data: PresentationData, lang: str) -> Slide:
    conflict = data.conflict.frame
    rows = indicators_grain.district_rows(conflict)  # the one rule of a district's report
    current = rows[rows["periode"] == data.period].set_index("kab_kota")
    names = _names()
    reported = indicators_figures.reported_in(conflict, data.period)  # the one rule
    status = {c: ("reported" if c in reported else "missing") for c in regions.codes()}
    labels = {k: t(f"pres.reporting.{k}", lang) for k in REPORTING_COLOURS}
    dates = {c: fmt_date(current.at[c, "tanggal_laporan"] if c in current.index else None, lang)
             for c in regions.codes()}
    values = pd.DataFrame({
        "nama": [names[c] for c in status],
        "status": [labels[s] for s in status.values()],
        "tanggal": list(dates.values()),
    }, index=list(status))
    layer = _layer(t("pres.slide.reporting", lang), lang, values,
                   pd.Series({c: REPORTING_COLOURS[s] for c, s in status.items()}),
                   [("nama", t("district", lang)), ("status", t("pres.reporting.status", lang)),
                    ("tanggal", t("pres.reporting.date", lang))],
                   t("pres.reporting.legend", lang, period=fmt_period(data.period, lang)),
                   [(REPORTING_COLOURS[k], labels[k]) for k in REPORTING_COLOURS], no_data=False)
    missing = [names[c] for c, s in status.items() if s == "missing"]
    table = pd.DataFrame({
        t("district", lang): values["nama"].values,
        t("pres.reporting.status", lang): values["status"].values,
        t("pres.reporting.date", lang): values["tanggal"].values,
        t("pres.reporting.unit", lang): [or_missing(current.at[c, "unit_pelapor"])
                                         if c in current.index else MISSING for c in status],
    })
    return Slide("reporting", t("pres.slide.reporting", lang), fmt_period(data.period, lang),
                 layer=layer,
                 bullets=[t("pres.title.reported", lang,
                            count=fmt_number(len(status) - len(missing), lang)),
                          t("pres.reporting.missing_list", lang,
                            names=", ".join(missing) or MISSING)],
                 table=table,
                 source=t("source.line", lang, source=_sources(current["sumber"]),
                          period=fmt_period(data.period, lang)),
                 demo=data.is_demo)


def agreements_slide(data: PresentationData, lang: str) -> Slide:
    frame = data.agreements.frame
    names = _names()
    pending = frame[frame["status"] == "belum_dimulai"]
    bullets = [t("pres.agreements.totals", lang, total=fmt_number(len(frame), lang),
                 **{s: fmt_number(int((frame["status"] == s).sum()), lang)
                    for s in AGREEMENT_STATUSES})]
    bullets += [t("pres.agreements.not_started", lang, district=names.get(r.kab_kota, r.kab_kota),
                  agreement=r.kesepakatan,
                  deadline=fmt_date(r.tenggat, lang))
                for r in pending.itertuples()][:3]
    bullets.append(agreement_view.overdue_text(frame, dt.date.today(), lang))
    return Slide("agreements", t("pres.slide.agreements", lang),
                 t("pres.agreements.subtitle", lang),
                 layer=agreement_view.status_layer(frame, lang), bullets=bullets,
                 table=agreement_view.counts_table(frame, lang),
                 source=t("source.line", lang, source=agreement_view.sources(frame),
                          period=t("pres.agreements.deadlines", lang,
                                   range=agreement_view.deadline_range(frame, lang))),
                 demo=data.is_demo)


def alerts_slide(data: PresentationData, lang: str) -> Slide:
    """Peringatan dini: the surge alerts on the date (indicators.alerts, the page's rule)."""
    incidents = data.incidents.frame if data.incidents is not None else pd.DataFrame()
    found = alerts.surge_alerts(incidents, data.alert_date)
    thresholds = alerts.Thresholds.from_settings()
    bullets = [a.text(lang) for a in found[:6]] or [
        t("alerts.none", lang, end=fmt_date(data.alert_date, lang), rule=thresholds.text(lang))]
    if len(found) > 6:
        bullets.append(t("pres.alerts.more", lang, count=fmt_number(len(found) - 6, lang)))
    start, end = alerts.window(data.alert_date)[1:]
    sources = _sources(alerts.verified(incidents)["sumber"]) if len(incidents) else MISSING
    return Slide("alerts", t("pres.slide.alerts", lang),
                 t("alerts.count", lang, n=len(found), end=fmt_date(data.alert_date, lang)),
                 layer=alerts_view.alert_layer(found, lang), bullets=bullets,
                 table=alerts_view.district_table(
                     alerts.district_counts(incidents, data.alert_date), found, lang),
                 source=t("source.line", lang, source=sources,
                          period=f"{fmt_date(start, lang)}–{fmt_date(end, lang)}"),
                 demo=data.incidents is not None and data.incidents.is_demo)


def district_slide(data: PresentationData, code: str, lang: str) -> Slide:
    district = regions.get(code)
    row = data.summary.set_index("kode").loc[code]
    names = _names()
    level = row["tingkat_rawan"]
    values = pd.DataFrame({"nama": [names[c] for c in regions.codes()]}, index=regions.codes())
    colour = pd.Series({c: (None if is_missing(level) else risk_colour(level)) if c == code
                        else OTHER_AREA_COLOUR for c in regions.codes()})
    layer = ThematicLayer(
        name=district.official_name, values=values, colour=colour.dropna(),
        tooltip=[("nama", t("district", lang))], legend_title=t("risk.level", lang),
        legend_items=[(RISK_COLOURS[lvl], t(f"risk.{lvl}", lang)) for lvl in RISK_LEVELS]
        + [(OTHER_AREA_COLOUR, t("pres.district.others", lang))],
        no_data_label=t("map.no_data", lang),
        stale=[code] if row["status_laporan"] == indicators_figures.STALE else [],
        stale_label=t("periods.legend.stale", lang))
    acts = _activities(data)
    acts = acts[acts["kab_kota"] == code]
    agreements = data.agreements.frame[data.agreements.frame["kab_kota"] == code]
    counts = agreement_view.status_counts(agreements).loc[code]
    rows = [
        (t("risk.level", lang), overview_view.level_text(row, lang)),
        (t("risk.score", lang), fmt_number(row["skor"], lang)),
        (t("overview.col.report_period", lang), fmt_period(row["periode_laporan"], lang)),
        (t("overview.col.turnout", lang) + f" ({ELECTION})",
         fmt_percent(row["partisipasi_total"], lang)),
        (t("overview.col.target", lang), fmt_percent(row["target_total"], lang)),
        (t("overview.col.activities", lang), fmt_number(len(acts), lang)),
        (t("overview.col.participants", lang),
         fmt_number(int(acts["peserta_total"].fillna(0).sum()), lang)),
    ] + [(t("pres.district.agreements", lang, status=agreement_view.status_label(s, lang)),
          fmt_number(int(counts[s]), lang)) for s in AGREEMENT_STATUSES]
    table = pd.DataFrame(rows, columns=[t("pres.district.indicator", lang),
                                        t("pres.district.value", lang)])
    open_items = agreements[agreements["status"] != "selesai"].sort_values("tenggat")
    bullets = [t("pres.district.open_agreement", lang, agreement=r.kesepakatan,
                 status=agreement_view.status_label(r.status, lang),
                 deadline=fmt_date(r.tenggat, lang))
               for r in open_items.itertuples()] or [t("pres.district.all_done", lang)]
    flags = priority_flags(data)[code]
    if flags:
        bullets.insert(0, t("pres.district.attention", lang,
                            reasons="; ".join(t(r, lang) for r in flags)))
    # a source that is not there is left out of the line, not written as a source called "–"
    risk_source = row["sumber_risiko"]
    part_source = turnout_sources(data.summary[data.summary["kode"] == code], lang)
    source = t("source.line", lang,
               source="; ".join(v for v in (_sources(pd.Series([risk_source]), acts["sumber"],
                                                     agreements["sumber"]), part_source)
                                if v != MISSING) or MISSING,
               period=f"{fmt_period(data.period, lang)}; {ELECTION}")
    return Slide(DISTRICT_PREFIX + code, district.official_name,
                 t("pres.district.subtitle", lang, code=code,
                   period=fmt_period(data.period, lang)),
                 layer=layer, bullets=bullets, table=table, source=source, demo=data.is_demo)


_BUILDERS = {
    "title": title_slide,
    "risk": risk_slide,
    "alerts": alerts_slide,
    "participation": participation_slide,
    "outreach": outreach_slide,
    "priorities": priorities_slide,
    "reporting": reporting_slide,
    "agreements": agreements_slide,
}


def build_slide(data: PresentationData, slide_id: str, lang: str) -> Slide:
    if slide_id.startswith(DISTRICT_PREFIX):
        return district_slide(data, slide_id[len(DISTRICT_PREFIX):], lang)
    return _BUILDERS[slide_id](data, lang)


def build_slides(data: PresentationData, slide_ids_: list[str], lang: str) -> list[Slide]:
    known = set(slide_ids())
    return [build_slide(data, s, lang) for s in slide_ids_ if s in known]


# --- the slide on the Streamlit page -------------------------------------------------------------
# Slides hold plain text; these turn it into HTML for st.html, escaped once here (never markdown).

def slide_heading_html(slide: Slide, lang: str) -> Markup:
    demo = Markup('<span class="slide-demo">{}</span>').format(t("demo.map_label", lang)) \
        if slide.demo else ""
    return Markup('<div class="slide-title">{}{}</div><div class="slide-sub">{}</div>').format(
        slide.title, demo, slide.subtitle)


def slide_body_html(slide: Slide) -> Markup:
    bullets = Markup("").join(Markup("<li>{}</li>").format(b) for b in slide.bullets)
    table = Markup(slide.table.to_html(index=False, escape=True, border=0)) \
        if slide.table is not None and not slide.table.empty else ""
    return Markup('<div class="slide-body"><ul>{}</ul>{}</div>').format(bullets, table)


def slide_source_html(slide: Slide) -> Markup:
    return Markup('<div class="slide-source">{}</div>').format(slide.source)


# Inside the map's own frame: the map is as tall as the frame, which the page's CSS sizes to what
# the slide leaves (st_folium otherwise fixes the map's height in pixels).
# (#map_div is streamlit-folium's map element; .folium-map the same map in a plain document.)
_FILL_FRAME_CSS = ("<style>html,body{margin:0;overflow:hidden}"
                   "#map_div,.folium-map{height:100vh !important}</style>")


def slide_map(data: PresentationData, layer: ThematicLayer, lang: str) -> folium.Map:
    """The slide's map, filling its frame; when the frame changes size (another screen, the
    menus shown or hidden) the map fits the districts again instead of cutting them off."""
    m = thematic_map(data.areas.frame, layer, map_frame(data, lang))
    m.get_root().header.add_child(folium.Element(_FILL_FRAME_CSS), name="slide_fill_frame")
    minx, miny, maxx, maxy = (float(v) for v in data.areas.frame.total_bounds)
    name = m.get_name()
    m.get_root().script.add_child(folium.Element(
        "window.addEventListener('resize', function () { " + name + ".invalidateSize(); "
        + name + f".fitBounds([[{miny}, {minx}], [{maxy}, {maxx}]], " + "{padding: [8, 8]}); });"),
        name="slide_refit")
    return m
