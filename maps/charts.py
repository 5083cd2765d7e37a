"""Altair charts in the maps' colours (``maps.palette``), so a level, a class or a series looks
the same on a chart as on the map beside it. Pure: frames and translated labels in, charts out.
Altair's vega bundle ships with Streamlit, so charts load nothing from the internet."""

from __future__ import annotations

from typing import Sequence

import altair as alt
import pandas as pd


def _scale(domain: Sequence[str], colours: Sequence[str]) -> alt.Scale:
    return alt.Scale(domain=list(domain), range=list(colours))


def level_trend(history: pd.DataFrame, level_labels: dict[str, str], level_colours: dict[str, str],
                x_title: str, y_title: str, colour_title: str, columns: int = 5) -> alt.Chart:
    """Score over periods, one small chart per district, points coloured by reported level.
    ``history`` needs nama_pendek, periode_label, urutan, skor, tingkat_rawan."""
    data = history.assign(tingkat=history["tingkat_rawan"].map(level_labels))
    data["skor"] = pd.to_numeric(data["skor"], errors="coerce").astype(float)
    order = list(dict.fromkeys(data.sort_values("urutan")["periode_label"]))
    base = alt.Chart(data).encode(
        x=alt.X("periode_label:N", sort=order, title=x_title, axis=alt.Axis(labelAngle=-40)),
        y=alt.Y("skor:Q", title=y_title, scale=alt.Scale(domain=[0, 100])),
    )
    chart = (base.mark_line(color="#777777")
             + base.mark_circle(size=70, opacity=1, stroke="#333333", strokeWidth=0.5).encode(
                 color=alt.Color("tingkat:N", title=colour_title,
                                 scale=_scale([level_labels[k] for k in level_colours],
                                              list(level_colours.values()))),
                 tooltip=["nama_pendek:N", "periode_label:N", "skor:Q", "tingkat:N"]))
    return chart.properties(width=150, height=110).facet(
        facet=alt.Facet("nama_pendek:N", title=None), columns=columns)


def category_bars(categories: pd.DataFrame, y_title: str, x_title: str, colour: str) -> alt.Chart:
    """Districts reporting each category; ``categories`` has kategori_label and nama_pendek."""
    return alt.Chart(categories).mark_bar(color=colour).encode(
        y=alt.Y("kategori_label:N", title=y_title, sort="-x"),
        x=alt.X("count():Q", title=x_title),
        tooltip=["kategori_label:N", "count():Q"],
    ).properties(height=alt.Step(22))


def grouped_bars(data: pd.DataFrame, x: str, value: str, series: str, series_order: Sequence[str],
                 colours: Sequence[str], x_title: str, y_title: str, series_title: str,
                 stacked: bool = False, tooltip: Sequence[str] = ()) -> alt.Chart:
    """Bars per district, one colour per series (side by side, or stacked)."""
    enc = dict(
        x=alt.X(f"{x}:N", title=x_title, axis=alt.Axis(labelAngle=-40)),
        y=alt.Y(f"{value}:Q", title=y_title, stack="zero" if stacked else None),
        color=alt.Color(f"{series}:N", title=series_title,
                        scale=_scale(series_order, colours[:len(series_order)])),
        tooltip=list(tooltip) or [f"{x}:N", f"{series}:N", f"{value}:Q"],
    )
    if not stacked:
        enc["xOffset"] = alt.XOffset(f"{series}:N", sort=list(series_order))
    return alt.Chart(data).mark_bar().encode(**enc).properties(height=280)


def needs_scatter(data: pd.DataFrame, x: str, y: str, size: str, colour: str,
                  colour_domain: Sequence[str], colours: Sequence[str], x_title: str,
                  y_title: str, size_title: str, colour_title: str,
                  tooltip: Sequence[str]) -> alt.Chart:
    """Districts placed by two needs (e.g. turnout gap, risk score), sized by activities."""
    points = alt.Chart(data).mark_circle(opacity=0.9, stroke="#333333", strokeWidth=0.6).encode(
        x=alt.X(f"{x}:Q", title=x_title),
        y=alt.Y(f"{y}:Q", title=y_title),
        size=alt.Size(f"{size}:Q", title=size_title, scale=alt.Scale(range=[40, 900])),
        color=alt.Color(f"{colour}:N", title=colour_title, scale=_scale(colour_domain, colours)),
        tooltip=list(tooltip),
    )
    labels = alt.Chart(data).mark_text(dy=-12, fontSize=11).encode(
        x=f"{x}:Q", y=f"{y}:Q", text="nama_pendek:N")
    return (points + labels).properties(height=340)


def ranked_bars(data: pd.DataFrame, label: str, value: str, colour: str, colour_domain:
                Sequence[str], colours: Sequence[str], x_title: str, colour_title: str,
                tooltip: Sequence[str]) -> alt.Chart:
    return alt.Chart(data).mark_bar().encode(
        y=alt.Y(f"{label}:N", sort="-x", title=None),
        x=alt.X(f"{value}:Q", title=x_title, scale=alt.Scale(domain=[0, 100])),
        color=alt.Color(f"{colour}:N", title=colour_title, scale=_scale(colour_domain, colours)),
        tooltip=list(tooltip),
    ).properties(height=alt.Step(24))


def history_line(data: pd.DataFrame, x: str, x_order: Sequence[str], y: str, x_title: str,
                 y_title: str, point_colour: str | None = None, colour_domain: Sequence[str] = (),
                 colours: Sequence[str] = (), colour_title: str = "",
                 y_domain: tuple[float, float] | None = None) -> alt.Chart:
    """One district's series over time; points coloured by ``point_colour`` when given."""
    y_enc = alt.Y(f"{y}:Q", title=y_title,
                  scale=alt.Scale(domain=list(y_domain)) if y_domain else alt.Undefined)
    base = alt.Chart(data).encode(x=alt.X(f"{x}:N", sort=list(x_order), title=x_title), y=y_enc)
    point = base.mark_circle(size=90, opacity=1, stroke="#333333", strokeWidth=0.5)
    if point_colour:
        point = point.encode(color=alt.Color(f"{point_colour}:N", title=colour_title,
                                             scale=_scale(colour_domain, colours)))
    return (base.mark_line(color="#777777") + point.encode(
        tooltip=[f"{x}:N", f"{y}:Q"])).properties(height=240)
