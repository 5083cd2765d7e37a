"""The report to the governor (laporan kepada gubernur) as a PDF: cover, summary, one page per
theme and one per district, from the same slides as the presentation.

Maps are drawn with geopandas/matplotlib in the colours of the web maps (the slide's layer carries
them) and embedded as images; legends, tables and the "Sumber: ... Periode: ..." line are text, so
the PDF stays searchable. Demo data carries the DATA CONTOH label and a watermark on every page.
"""

from __future__ import annotations

import io
import textwrap

import matplotlib
import matplotlib.image as mpimg
import pandas as pd
from matplotlib import patheffects
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from i18n import fmt_period, t
from maps.palette import NO_DATA_COLOUR, OUTLINE_COLOUR
from maps.presentation_palette import ACT
from maps.thematic import ThematicLayer
from views import overview as overview_view
from views.presentation import (DISTRICT_PREFIX, THEMES, PresentationData, Slide, build_slide)
from loaders import regions

A4_LANDSCAPE = (11.69, 8.27)
MAP_DPI = 150
REPORT_THEMES = tuple(s for s in THEMES if s != "title")
# TrueType, so the text is extractable; no mathtext, so text from files is drawn as written
# ("Dana $5 dan $6" would otherwise become italic maths without its dollar signs).
_RC = {"pdf.fonttype": 42, "font.family": "DejaVu Sans", "text.parse_math": False}


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(part, width) for part in str(text).split("\n"))


def map_png(data: PresentationData, layer: ThematicLayer, lang: str) -> bytes:
    """The layer's map as a PNG: areas in the layer's colours, short names, the schematic notice."""
    areas = data.areas.frame
    colours = areas["kode"].astype(str).map(layer.colour).fillna(NO_DATA_COLOUR)
    fig = Figure(figsize=(5.6, 5.6), dpi=MAP_DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    areas.plot(ax=ax, color=list(colours), edgecolor=OUTLINE_COLOUR, linewidth=0.8)
    outline = [patheffects.withStroke(linewidth=3, foreground="white")]
    for point, name in zip(areas.geometry.representative_point(), areas["nama_pendek"]):
        ax.annotate(str(name), (point.x, point.y), ha="center", va="center", fontsize=8,
                    fontweight="bold", path_effects=outline)
    ax.set_axis_off()
    ax.set_aspect("equal")
    notices = []
    if data.areas.schematic:
        notices.append(t("map.schematic_notice", lang))
    if data.is_demo:
        notices.append(t("demo.map_label", lang))
    if notices:
        ax.text(0.99, 0.99, "\n".join(notices), transform=ax.transAxes, ha="right", va="top",
                fontsize=7, bbox={"facecolor": "white", "edgecolor": ACT if data.is_demo
                                  else "#555", "boxstyle": "round,pad=0.3"})
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=MAP_DPI, facecolor="#f4f6f8")
    return buffer.getvalue()


def _frame(data: PresentationData, lang: str, title: str, subtitle: str, page: int) -> Figure:
    fig = Figure(figsize=A4_LANDSCAPE)
    fig.text(0.03, 0.95, title, fontsize=20, fontweight="bold", va="top")
    if subtitle:
        fig.text(0.03, 0.895, _wrap(subtitle, 120), fontsize=11, va="top", color="#444")
    if data.is_demo:
        fig.text(0.5, 0.5, "DATA CONTOH", fontsize=90, color=ACT, alpha=0.10, rotation=30,
                 ha="center", va="center", fontweight="bold")
        fig.text(0.97, 0.95, t("demo.map_label", lang), fontsize=11, fontweight="bold",
                 color="white", ha="right", va="top",
                 bbox={"facecolor": ACT, "edgecolor": ACT, "boxstyle": "round,pad=0.3"})
    fig.text(0.97, 0.02, t("gov.page", lang, page=page), fontsize=8, ha="right", color="#555")
    fig.text(0.03, 0.02, t("app.agency", lang), fontsize=8, color="#555")
    return fig


def _table(fig: Figure, frame: pd.DataFrame, rect: tuple, font: float = 8,
           wrap: int = 28) -> None:
    ax = fig.add_axes(rect)
    ax.set_axis_off()
    if frame is None or frame.empty:
        return
    cells = [[_wrap("" if v is None or (not isinstance(v, str) and pd.isna(v)) else v, wrap)
              for v in row] for row in frame.astype(object).itertuples(index=False)]
    table = ax.table(cellText=cells, colLabels=[_wrap(c, wrap) for c in frame.columns],
                     loc="upper left", cellLoc="left", colLoc="left")
    table.auto_set_font_size(False)
    table.set_fontsize(font)
    lines = [max(str(c).count("\n") + 1 for c in row) for row in cells]
    header = max(str(c).count("\n") + 1 for c in frame.columns)
    unit = min(0.07, 1.0 / (sum(lines) + header + 1))
    for (r, _), cell in table.get_celld().items():
        cell.set_height(unit * (header if r == 0 else lines[r - 1]))
        cell.set_edgecolor("#bbbbbb")
        if r == 0:
            cell.set_facecolor("#eef2f5")
            cell.set_text_props(fontweight="bold")
    table.auto_set_column_width(list(range(len(frame.columns))))


def _source(fig: Figure, text: str) -> None:
    fig.text(0.03, 0.055, _wrap(text, 190), fontsize=8, va="bottom")


def slide_page(data: PresentationData, slide: Slide, lang: str, page: int) -> Figure:
    fig = _frame(data, lang, slide.title, slide.subtitle, page)
    if slide.layer is not None:
        ax = fig.add_axes((0.02, 0.13, 0.5, 0.72))
        ax.imshow(mpimg.imread(io.BytesIO(map_png(data, slide.layer, lang)), format="png"))
        ax.set_axis_off()
        items = list(slide.layer.legend_items)
        if slide.layer.no_data_label:
            items.append((NO_DATA_COLOUR, slide.layer.no_data_label))
        ax.legend(handles=[Patch(facecolor=c, edgecolor="#555", label=label)
                           for c, label in items],
                  title=slide.layer.legend_title, loc="lower left", fontsize=8,
                  title_fontsize=8, framealpha=0.92)
    bullets = "\n".join("• " + _wrap(b, 62).replace("\n", "\n   ") for b in slide.bullets[:7])
    fig.text(0.55, 0.85, bullets, fontsize=10, va="top", linespacing=1.4)
    top = 0.85 - 0.032 * (bullets.count("\n") + 1) - 0.02
    _table(fig, slide.table, (0.55, 0.12, 0.42, max(0.2, top - 0.12)))
    _source(fig, slide.source)
    return fig


def cover_page(data: PresentationData, lang: str, districts: int) -> Figure:
    fig = _frame(data, lang, t("gov.title", lang), "", 1)
    fig.text(0.03, 0.80, _wrap(t("gov.subject", lang), 80), fontsize=16, va="top")
    fig.text(0.03, 0.62, t("app.agency", lang), fontsize=13, va="top")
    fig.text(0.03, 0.57, t("gov.period", lang, period=fmt_period(data.period, lang)),
             fontsize=13, va="top")
    fig.text(0.03, 0.50, t("gov.contents", lang, themes=len(REPORT_THEMES), districts=districts),
             fontsize=11, va="top")
    if data.is_demo:
        fig.text(0.03, 0.40, _wrap(t("gov.demo_note", lang), 100), fontsize=12, color=ACT,
                 fontweight="bold", va="top")
    return fig


def summary_page(data: PresentationData, lang: str, page: int) -> Figure:
    title = build_slide(data, "title", lang)
    fig = _frame(data, lang, t("gov.summary", lang), title.subtitle, page)
    fig.text(0.03, 0.84, "\n".join("• " + _wrap(b, 150) for b in title.bullets), fontsize=11,
             va="top", linespacing=1.5)
    table = overview_view.summary_table(data.summary, lang).iloc[:, [0, 2, 3, 4, 5, 6, 8, 9]]
    _table(fig, table, (0.03, 0.14, 0.94, 0.52), font=8, wrap=30)
    _source(fig, title.source)
    return fig


def build_pdf(data: PresentationData, lang: str = "id",
              district_codes: list[str] | None = None) -> bytes:
    codes = regions.codes() if district_codes is None else district_codes
    buffer = io.BytesIO()
    with matplotlib.rc_context(_RC):
        with PdfPages(buffer, metadata={"Title": t("gov.title", lang),
                                        "Author": t("app.agency", lang),
                                        "CreationDate": None}) as pdf:
            pdf.savefig(cover_page(data, lang, len(codes)))
            pdf.savefig(summary_page(data, lang, 2))
            page = 3
            for slide_id in list(REPORT_THEMES) + [DISTRICT_PREFIX + c for c in codes]:
                pdf.savefig(slide_page(data, build_slide(data, slide_id, lang), lang, page))
                page += 1
    return buffer.getvalue()
