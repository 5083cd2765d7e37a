"""The report to the governor (laporan kepada gubernur) as a PDF: cover, summary, one page per
theme and one per district, from the same slides as the presentation.

Maps are drawn with geopandas/matplotlib in the colours of the web maps (the slide's layer carries
them) and embedded as images; legends, tables and the "Sumber: ... Periode: ..." line are text, so
the PDF stays searchable. Demo data carries the DATA CONTOH label and a watermark on every page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib
import matplotlib.image as mpimg
import pandas as pd
from matplotlib import patheffects
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch, Rectangle

from domain import province, regions
from i18n import MISSING, fmt_period, is_missing, t
from maps.palette import NO_DATA_COLOUR, OUTLINE_COLOUR, STALE_HATCH, STALE_STRIPE_COLOUR
from maps.presentation_palette import ACT
from maps.thematic import ThematicLayer
from views import overview as overview_view
from views.presentation import DISTRICT_PREFIX, THEMES, PresentationData, Slide, build_slide

A4_LANDSCAPE = (11.69, 8.27)
MAP_DPI = 150
REPORT_THEMES = tuple(s for s in THEMES if s != "title")
# TrueType, so the text is extractable; no mathtext, so text from files is drawn as written
# ("Dana $5 dan $6" would otherwise become italic maths without its dollar signs).
_RC = {"pdf.fonttype": 42, "font.family": "DejaVu Sans", "text.parse_math": False}


FONT_FAMILY = "DejaVu Sans"
POINTS = 72  # per inch
_MEASURE = RendererAgg(10, 10, POINTS)  # measures text in points, as the PDF will draw it


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of one line of text as drawn in this report's font."""
    if not text:
        return 0.0
    prop = FontProperties(family=FONT_FAMILY, size=size, weight="bold" if bold else "normal")
    return _MEASURE.get_text_width_height_descent(text, prop, ismath=False)[0]


def wrap_lines(text: object, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points: at spaces, and inside a word
    only when the word alone is wider than the line. Every character is kept."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            while text_width(word, size, bold) > width and len(word) > 1:
                cut = max(1, max(i for i in range(1, len(word) + 1)
                                 if i == 1 or text_width(word[:i], size, bold) <= width))
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _wrap(text: str, width_in: float, size: float, bold: bool = False) -> str:
    return "\n".join(wrap_lines(text, width_in * POINTS, size, bold))


def map_png(data: PresentationData, layer: ThematicLayer, lang: str) -> bytes:
    """The layer's map as a PNG: areas in the layer's colours, short names, the schematic notice."""
    areas = data.areas.frame
    colours = areas["kode"].astype(str).map(layer.colour).fillna(NO_DATA_COLOUR)
    fig = Figure(figsize=(5.6, 5.6), dpi=MAP_DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    areas.plot(ax=ax, color=list(colours), edgecolor=OUTLINE_COLOUR, linewidth=0.8)
    stale = areas["kode"].astype(str).isin(set(layer.stale))
    if stale.any():  # an older report: striped and dashed, as on the web map
        areas[stale].plot(ax=ax, facecolor="none", edgecolor=STALE_STRIPE_COLOUR,
                          hatch=STALE_HATCH, linewidth=0)
        areas[stale].plot(ax=ax, facecolor="none", edgecolor=OUTLINE_COLOUR, linewidth=1.2,
                          linestyle="--")
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
    # the title stops short of the DATA CONTOH label at the top right
    title = _wrap(title, 0.78 * A4_LANDSCAPE[0], 20, bold=True)
    fig.text(0.03, 0.95, title, fontsize=20, fontweight="bold", va="top")
    if subtitle:  # under the title's last line
        below = 0.895 - title.count("\n") * 20 * 1.2 / POINTS / A4_LANDSCAPE[1]
        fig.text(0.03, below, _wrap(subtitle, 0.94 * A4_LANDSCAPE[0], 11), fontsize=11, va="top",
                 color="#444")
    if data.is_demo:
        fig.text(0.5, 0.5, "DATA CONTOH", fontsize=90, color=ACT, alpha=0.10, rotation=30,
                 ha="center", va="center", fontweight="bold")
        fig.text(0.97, 0.95, t("demo.map_label", lang), fontsize=11, fontweight="bold",
                 color="white", ha="right", va="top",
                 bbox={"facecolor": ACT, "edgecolor": ACT, "boxstyle": "round,pad=0.3"})
    fig.text(0.97, 0.02, t("gov.page", lang, page=page), fontsize=8, ha="right", color="#555")
    fig.text(0.03, 0.02, province.agency(lang), fontsize=8, color="#555")
    return fig


@dataclass
class TableLayout:
    """A table laid out to fit its box: font size, column widths and row heights in points, and
    each cell's text as wrapped lines (row 0 is the header)."""
    font: float
    widths: list[float]
    heights: list[float]
    lines: list[list[list[str]]]

    @property
    def pad(self) -> float:
        return 0.45 * self.font

    @property
    def line_height(self) -> float:
        return 1.22 * self.font


def _cell_text(value: object) -> str:
    return MISSING if is_missing(value) else str(value)


def layout_table(frame: pd.DataFrame, width: float, height: float,
                 font: float = 8.0) -> TableLayout:
    """Columns as wide as their text needs; when the table is wider than ``width`` points, the
    extra width is taken from the long columns, whose text wraps at spaces (never inside a word
    while the longest word still fits); when even that is too wide or the rows are too tall for
    ``height``, the font shrinks. Nothing is cut."""
    rows = [[str(c) for c in frame.columns]] + [
        [_cell_text(v) for v in row] for row in frame.astype(object).itertuples(index=False)]
    columns = range(len(frame.columns))
    size = font
    while True:
        pad = 0.45 * size
        bold = [r == 0 for r in range(len(rows))]
        natural = [max(text_width(rows[r][c], size, bold[r]) for r in range(len(rows))) + 2 * pad
                   for c in columns]
        longest_word = [max(text_width(w, size, bold[r]) for r in range(len(rows))
                            for w in rows[r][c].replace("\n", " ").split(" ")) + 2 * pad
                        for c in columns]
        if sum(natural) <= width:
            widths = natural
        else:
            spare = width - sum(longest_word)
            slack = [n - m for n, m in zip(natural, longest_word)]
            if spare < 0 and size > 3:
                size = round(size * 0.92, 2)
                continue
            spare = max(spare, 0.0)
            scale = width / sum(longest_word) if sum(longest_word) > width else 1.0
            widths = [m * scale + (spare * d / sum(slack) if sum(slack) else 0.0)
                      for m, d in zip(longest_word, slack)]
        lines = [[wrap_lines(rows[r][c], widths[c] - 2 * pad, size, bold[r]) for c in columns]
                 for r in range(len(rows))]
        heights = [max(len(cell) for cell in row) * 1.22 * size + 2 * pad for row in lines]
        if sum(heights) <= height or size <= 3:
            return TableLayout(size, widths, heights, lines)
        size = round(size * 0.92, 2)


def _table(fig: Figure, frame: pd.DataFrame, rect: tuple, font: float = 8) -> TableLayout | None:
    """Draw ``frame`` inside ``rect`` (figure fractions) as laid out by ``layout_table``. Each
    cell's background and text carry the gid ``table-cell R C`` (a check can match them)."""
    if frame is None or frame.empty:
        return None
    fig_w, fig_h = fig.get_size_inches() * POINTS
    left, bottom, width, height = rect
    box_w, box_h = width * fig_w, height * fig_h
    layout = layout_table(frame, box_w, box_h, font)
    ax = fig.add_axes(rect)
    ax.set_axis_off()
    ax.set_xlim(0, box_w)
    ax.set_ylim(box_h, 0)  # y downwards from the top of the box, in points
    y = 0.0
    for r, (row, row_height) in enumerate(zip(layout.lines, layout.heights)):
        x = 0.0
        for c, (cell, col_width) in enumerate(zip(row, layout.widths)):
            gid = f"table-cell {r} {c}"
            ax.add_patch(Rectangle((x, y), col_width, row_height, gid=gid, linewidth=0.6,
                                   edgecolor="#bbbbbb", facecolor="#eef2f5" if r == 0 else "white",
                                   clip_on=False))
            for k, line in enumerate(cell):
                ax.text(x + layout.pad, y + layout.pad + k * layout.line_height, line,
                        fontsize=layout.font, fontweight="bold" if r == 0 else "normal",
                        va="top", ha="left", gid=gid, clip_on=False)
            x += col_width
        y += row_height
    return layout


PAGE_WIDTH_IN = A4_LANDSCAPE[0]
TEXT_WIDTH_IN = 0.94 * PAGE_WIDTH_IN  # from the left margin (0.03) to the right one (0.97)


def _source(fig: Figure, text: str) -> None:
    fig.text(0.03, 0.055, _wrap(text, TEXT_WIDTH_IN, 8), fontsize=8, va="bottom")


def _bullets(items: list[str], width_in: float, size: float) -> str:
    """Bullet points wrapped to ``width_in`` inches, continuation lines indented."""
    mark, indent = "• ", "   "
    width = width_in * POINTS - text_width(indent, size)
    return "\n".join(mark + ("\n" + indent).join(wrap_lines(b, width, size)) for b in items)


def slide_page(data: PresentationData, slide: Slide, lang: str, page: int) -> Figure:
    fig = _frame(data, lang, slide.title, slide.subtitle, page)
    if slide.layer is not None:
        ax = fig.add_axes((0.02, 0.13, 0.5, 0.72))
        ax.imshow(mpimg.imread(io.BytesIO(map_png(data, slide.layer, lang)), format="png"))
        ax.set_axis_off()
        items = list(slide.layer.legend_items)
        if slide.layer.no_data_label:
            items.append((NO_DATA_COLOUR, slide.layer.no_data_label))
        handles = [Patch(facecolor=c, edgecolor="#555", label=label) for c, label in items]
        if slide.layer.stale and slide.layer.stale_label:
            handles.append(Patch(facecolor="#9E9E9E", edgecolor="#555", hatch=STALE_HATCH,
                                 linestyle="--", label=slide.layer.stale_label))
        ax.legend(handles=handles,
                  title=slide.layer.legend_title, loc="lower left", fontsize=8,
                  title_fontsize=8, framealpha=0.92)
    bullets = _bullets(slide.bullets[:7], 0.42 * PAGE_WIDTH_IN, 10)
    fig.text(0.55, 0.85, bullets, fontsize=10, va="top", linespacing=1.4)
    line = 10 * 1.4 / POINTS / A4_LANDSCAPE[1]  # one bullet line, as a fraction of the page
    top = 0.85 - line * (bullets.count("\n") + 1) - 0.025
    _table(fig, slide.table, (0.55, 0.12, 0.42, max(0.2, top - 0.12)))
    _source(fig, slide.source)
    return fig


def cover_page(data: PresentationData, lang: str, districts: int) -> Figure:
    fig = _frame(data, lang, province.governor_title(lang), "", 1)
    fig.text(0.03, 0.80, _wrap(t("gov.subject", lang), TEXT_WIDTH_IN, 16), fontsize=16,
             va="top")
    fig.text(0.03, 0.62, province.agency(lang), fontsize=13, va="top")
    fig.text(0.03, 0.57, t("gov.period", lang, period=fmt_period(data.period, lang)),
             fontsize=13, va="top")
    fig.text(0.03, 0.50, t("gov.contents", lang, themes=len(REPORT_THEMES), districts=districts),
             fontsize=11, va="top")
    if data.is_demo:
        fig.text(0.03, 0.40, _wrap(demo_note(data, lang), TEXT_WIDTH_IN, 12, bold=True),
                 fontsize=12, color=ACT, fontweight="bold", va="top")
    return fig


def demo_note(data: PresentationData, lang: str) -> str:
    """The cover's DATA CONTOH note: which figures of the report are invented (the others carry
    their sources), else the general note."""
    from views.provenance import invented_figures

    named = [name for d in (data.conflict, data.participation, data.outreach, data.agreements)
             if d.is_demo for name in invented_figures(d.name, d.frame, lang)]
    if not named:
        return t("gov.demo_note", lang)
    return t("published.report_note", lang, figures="; ".join(dict.fromkeys(named)))


def summary_page(data: PresentationData, lang: str, page: int) -> Figure:
    title = build_slide(data, "title", lang)
    fig = _frame(data, lang, t("gov.summary", lang), title.subtitle, page)
    fig.text(0.03, 0.84, _bullets(title.bullets, TEXT_WIDTH_IN, 11), fontsize=11, va="top",
             linespacing=1.5)
    table = overview_view.summary_table(data.summary, lang).iloc[:, [0, 2, 3, 4, 5, 6, 8, 9]]
    _table(fig, table, (0.03, 0.14, 0.94, 0.52), font=8)
    _source(fig, title.source)
    return fig


def report_pages(data: PresentationData, lang: str = "id",
                 district_codes: list[str] | None = None):
    """The report's pages, one Figure each, in order (build_pdf writes them)."""
    codes = regions.codes() if district_codes is None else district_codes
    with matplotlib.rc_context(_RC):
        yield cover_page(data, lang, len(codes))
        yield summary_page(data, lang, 2)
        page = 3
        for slide_id in list(REPORT_THEMES) + [DISTRICT_PREFIX + c for c in codes]:
            yield slide_page(data, build_slide(data, slide_id, lang), lang, page)
            page += 1


def build_pdf(data: PresentationData, lang: str = "id",
              district_codes: list[str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with matplotlib.rc_context(_RC):
        with PdfPages(buffer, metadata={"Title": province.governor_title(lang),
                                        "Author": province.agency(lang),
                                        "CreationDate": None}) as pdf:
            for figure in report_pages(data, lang, district_codes):
                pdf.savefig(figure)
    return buffer.getvalue()
