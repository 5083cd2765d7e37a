"""Altair charts in the maps' colours (``maps.palette``), so a level, a class or a series looks
the same on a chart as on the map beside it. Pure: frames and translated labels in, charts out.
Altair's vega bundle ships with Streamlit, so charts load nothing from the internet."""

from __future__ import annotations

from typing import Sequence

import altair as alt
import pandas as pd

from i18n import DEFAULT_LANGUAGE, t

#: d3-format locales: the same separators as i18n.fmt_number (Indonesian 1.234,5 / English 1,234.5).
NUMBER_LOCALES = {
    "id": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["Rp", ""]},
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["", ""]},
}
#: Numbers on axes and in tooltips: grouped, at most two decimals, no trailing zeros (75,5; 600.000).
NUMBER_FORMAT = ",.2~f"
#: Counts (districts, activities, voters): whole numbers only, so no 0,5 district on an axis.
COUNT_FORMAT = ",d"
#: Category labels are never dropped to avoid overlap: every bar carries its district's name.
LABEL_LIMIT = 220


def localized(chart: alt.TopLevelMixin, lang: str = DEFAULT_LANGUAGE) -> alt.TopLevelMixin:
    """The chart with the language's number format for every axis, label and tooltip."""
    return chart.configure(locale=alt.Locale(number=NUMBER_LOCALES.get(lang, NUMBER_LOCALES["id"])),
                           numberFormat=NUMBER_FORMAT)


def _is_count(values: pd.Series) -> bool:
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    return not numbers.empty and bool((numbers == numbers.round()).all())


def _value_axis(count: bool) -> alt.Axis:
    return alt.Axis(format=COUNT_FORMAT, tickMinStep=1) if count else alt.Axis(format=NUMBER_FORMAT)


def _label_axis(angle: int = 0) -> alt.Axis:
    """An axis of names: every label shown (no overlap culling), long names not cut short."""
    return alt.Axis(labelAngle=angle, labelOverlap=False, labelLimit=LABEL_LIMIT)


def _tooltips(items: Sequence[str], titles: dict[str, str]) -> list:
    """Tooltip fields ("name:Q") with translated titles and numbers in the locale's format."""
    out = []
    for item in items:
        field, _, kind = item.partition(":")
        title = titles.get(field, alt.Undefined)
        if kind == "Q":
            out.append(alt.Tooltip(field, type="quantitative", title=title, format=NUMBER_FORMAT))
        else:
            out.append(alt.Tooltip(field, type="nominal", title=title))
    return out


def _scale(domain: Sequence[str], colours: Sequence[str]) -> alt.Scale:
    return alt.Scale(domain=list(domain), range=list(colours))


def level_trend(history: pd.DataFrame, level_labels: dict[str, str], level_colours: dict[str, str],
                x_title: str, y_title: str, colour_title: str, columns: int = 5,
                lang: str = DEFAULT_LANGUAGE) -> alt.TopLevelMixin:
    """Score over periods, one small chart per district, points coloured by reported level.
    ``history`` needs nama_pendek, periode_label, urutan, skor, tingkat_rawan. The legend sits
    below the small charts: beside five of them it was cut on a 1366 px screen."""
    data = history.assign(tingkat=history["tingkat_rawan"].map(level_labels))
    data["skor"] = pd.to_numeric(data["skor"], errors="coerce").astype(float)
    order = list(dict.fromkeys(data.sort_values("urutan")["periode_label"]))
    base = alt.Chart(data).encode(
        x=alt.X("periode_label:N", sort=order, title=x_title, axis=_label_axis(-40)),
        y=alt.Y("skor:Q", title=y_title, scale=alt.Scale(domain=[0, 100]),
                axis=_value_axis(False)),
    )
    chart = (base.mark_line(color="#777777")
             + base.mark_circle(size=70, opacity=1, stroke="#333333", strokeWidth=0.5).encode(
                 color=alt.Color("tingkat:N", title=colour_title,
                                 scale=_scale([level_labels[k] for k in level_colours],
                                              list(level_colours.values())),
                                 legend=alt.Legend(orient="bottom", direction="horizontal")),
                 tooltip=_tooltips(["nama_pendek:N", "periode_label:N", "skor:Q", "tingkat:N"],
                                   {"nama_pendek": t("district", lang), "periode_label": x_title,
                                    "skor": y_title, "tingkat": colour_title})))
    # 115 px per small chart: five in a row fit an 800 px screen as well as a projector.
    return localized(chart.properties(width=115, height=110).facet(
        facet=alt.Facet("nama_pendek:N", title=None), columns=columns, spacing=14), lang)


def category_bars(categories: pd.DataFrame, y_title: str, x_title: str, colour: str,
                  lang: str = DEFAULT_LANGUAGE) -> alt.TopLevelMixin:
    """Districts reporting each category; ``categories`` has kategori_label and nama_pendek.
    A count of districts: whole-number ticks only."""
    return localized(alt.Chart(categories).mark_bar(color=colour).encode(
        y=alt.Y("kategori_label:N", title=y_title, sort="-x", axis=_label_axis()),
        x=alt.X("count():Q", title=x_title, axis=_value_axis(True)),
        tooltip=[alt.Tooltip("kategori_label:N", title=y_title),
                 alt.Tooltip("count():Q", title=x_title, format=COUNT_FORMAT)],
    ).properties(height=alt.Step(22)), lang)


def grouped_bars(data: pd.DataFrame, x: str, value: str, series: str, series_order: Sequence[str],
                 colours: Sequence[str], x_title: str, y_title: str, series_title: str,
                 stacked: bool = False, tooltip: Sequence[str] = (),
                 lang: str = DEFAULT_LANGUAGE) -> alt.TopLevelMixin:
    """Bars per district, one colour per series (side by side, or stacked). Every district is
    labelled; a value axis of counts (voters) has whole-number ticks."""
    titles = {x: x_title, value: y_title, series: series_title}
    enc = dict(
        x=alt.X(f"{x}:N", title=x_title, axis=_label_axis(-40)),
        y=alt.Y(f"{value}:Q", title=y_title, stack="zero" if stacked else None,
                axis=_value_axis(_is_count(data[value]))),
        color=alt.Color(f"{series}:N", title=series_title,
                        scale=_scale(series_order, colours[:len(series_order)]),
                        legend=alt.Legend(orient="bottom", direction="horizontal",
                                          labelLimit=LABEL_LIMIT)),
        tooltip=_tooltips(list(tooltip) or [f"{x}:N", f"{series}:N", f"{value}:Q"], titles),
    )
    if not stacked:
        enc["xOffset"] = alt.XOffset(f"{series}:N", sort=list(series_order))
    return localized(alt.Chart(data).mark_bar().encode(**enc).properties(height=300), lang)


def needs_scatter(data: pd.DataFrame, x: str, y: str, size: str, colour: str,
                  colour_domain: Sequence[str], colours: Sequence[str], x_title: str,
                  y_title: str, size_title: str, colour_title: str,
                  tooltip: Sequence[str], lang: str = DEFAULT_LANGUAGE) -> alt.TopLevelMixin:
    """Districts placed by two needs (e.g. turnout gap, risk score), sized by activities."""
    titles = {x: x_title, y: y_title, size: size_title, colour: colour_title,
              "nama_pendek": t("district", lang)}
    points = alt.Chart(data).mark_circle(opacity=0.9, stroke="#333333", strokeWidth=0.6).encode(
        x=alt.X(f"{x}:Q", title=x_title, axis=_value_axis(False)),
        y=alt.Y(f"{y}:Q", title=y_title, axis=_value_axis(False)),
        size=alt.Size(f"{size}:Q", title=size_title, scale=alt.Scale(range=[40, 900]),
                      legend=alt.Legend(format=COUNT_FORMAT if _is_count(data[size])
                                        else NUMBER_FORMAT)),
        color=alt.Color(f"{colour}:N", title=colour_title, scale=_scale(colour_domain, colours)),
        tooltip=_tooltips(tooltip, titles),
    )
    labels = alt.Chart(data).mark_text(dy=-12, fontSize=11).encode(
        x=f"{x}:Q", y=f"{y}:Q", text="nama_pendek:N")
    return localized((points + labels).properties(height=340), lang)


def ranked_bars(data: pd.DataFrame, label: str, value: str, colour: str, colour_domain:
                Sequence[str], colours: Sequence[str], x_title: str, colour_title: str,
                tooltip: Sequence[str], lang: str = DEFAULT_LANGUAGE) -> alt.TopLevelMixin:
    titles = {label: t("district", lang), value: x_title, colour: colour_title,
              "peringkat": t("priority_page.rank", lang)}
    return localized(alt.Chart(data).mark_bar().encode(
        y=alt.Y(f"{label}:N", sort="-x", title=None, axis=_label_axis()),
        x=alt.X(f"{value}:Q", title=x_title, scale=alt.Scale(domain=[0, 100]),
                axis=_value_axis(False)),
        color=alt.Color(f"{colour}:N", title=colour_title, scale=_scale(colour_domain, colours),
                        legend=alt.Legend(orient="bottom", direction="horizontal",
                                          labelLimit=LABEL_LIMIT)),
        tooltip=_tooltips(tooltip, titles),
    ).properties(height=alt.Step(24)), lang)


def history_line(data: pd.DataFrame, x: str, x_order: Sequence[str], y: str, x_title: str,
                 y_title: str, point_colour: str | None = None, colour_domain: Sequence[str] = (),
                 colours: Sequence[str] = (), colour_title: str = "",
                 y_domain: tuple[float, float] | None = None,
                 lang: str = DEFAULT_LANGUAGE) -> alt.TopLevelMixin:
    """One district's series over time; points coloured by ``point_colour`` when given."""
    y_enc = alt.Y(f"{y}:Q", title=y_title, axis=_value_axis(False),
                  scale=alt.Scale(domain=list(y_domain)) if y_domain else alt.Undefined)
    base = alt.Chart(data).encode(x=alt.X(f"{x}:N", sort=list(x_order), title=x_title,
                                          axis=_label_axis(-40)), y=y_enc)
    point = base.mark_circle(size=90, opacity=1, stroke="#333333", strokeWidth=0.5)
    if point_colour:
        point = point.encode(color=alt.Color(f"{point_colour}:N", title=colour_title,
                                             scale=_scale(colour_domain, colours)))
    return localized((base.mark_line(color="#777777") + point.encode(
        tooltip=_tooltips([f"{x}:N", f"{y}:Q"], {x: x_title, y: y_title})))
        .properties(height=240), lang)
