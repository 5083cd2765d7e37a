"""The offline outputs: the governor's PDF (pages, map images, source lines, demo label), the HTML
deck (no network reference, escaped data), spreadsheet-safe exports, saved decks, agreements."""

from __future__ import annotations

import dataclasses
import html as html_lib
import io
import json
import re

import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader

from domain import regions, schema
from exports import frames
from reports import decks
from reports.deck import build_deck
from reports.governor_pdf import REPORT_THEMES, build_pdf
from storage import defaults
from tests.helpers.demo import demo_data
from views import agreements as agreement_view
from views.presentation import PresentationData, build_slide, default_slide_ids, slide_ids

CDN_HOSTS = ("jsdelivr", "unpkg", "cdnjs", "code.jquery.com", "d3js.org")


@pytest.fixture(scope="module")
def data() -> PresentationData:
    return demo_data()


@pytest.fixture(scope="module")
def pdf_id(data) -> PdfReader:
    return PdfReader(io.BytesIO(build_pdf(data, "id")))


def images_drawn(page) -> int:
    """Images this page's content draws. matplotlib shares one resource dictionary between all
    pages, so ``page.images`` would count every page's maps on each page."""
    xobjects = page["/Resources"].get("/XObject", {})
    names = re.findall(rb"/([A-Za-z0-9_.]+)\s+Do\b", page.get_contents().get_data())
    return sum(1 for n in names
               if f"/{n.decode()}" in xobjects
               and xobjects[f"/{n.decode()}"].get_object().get("/Subtype") == "/Image")


def test_pdf_has_cover_summary_themes_and_ten_districts(pdf_id):
    assert len(pdf_id.pages) == 2 + len(REPORT_THEMES) + 10
    texts = [p.extract_text() for p in pdf_id.pages]
    assert "Laporan kepada Gubernur" in texts[0]
    assert "Ringkasan" in texts[1] and "Sumber:" in texts[1]
    assert images_drawn(pdf_id.pages[0]) == 0
    for number, (page, text) in enumerate(zip(pdf_id.pages[2:], texts[2:]), start=3):
        assert images_drawn(page) >= 1, f"page {number} has no map image"
        assert "Sumber:" in text and "Periode:" in text, f"page {number} has no source line"
    for district, text in zip(regions.DISTRICTS, texts[2 + len(REPORT_THEMES):]):
        assert district.official_name in text.replace("\n", " ")
    assert all("DATA CONTOH" in text for text in texts)


def test_pdf_in_english_without_district_pages(data):
    reader = PdfReader(io.BytesIO(build_pdf(data, "en", district_codes=[])))
    assert len(reader.pages) == 2 + len(REPORT_THEMES)
    assert "Report to the Governor" in reader.pages[0].extract_text()
    assert all("Source:" in p.extract_text() for p in reader.pages[2:])


def test_deck_has_no_network_reference(data):
    deck = build_deck(data, slide_ids(), "id")
    assert f"1 / {len(slide_ids())}" in deck
    for text in (deck, html_lib.unescape(deck)):  # the maps sit escaped in srcdoc attributes
        assert not re.search(r"<script[^>]*\bsrc\s*=", text, re.I)
        assert not re.search(r"<link[^>]*\bhref\s*=\s*[\"']?\s*(https?:)?//", text, re.I)
        assert not re.search(r"url\(\s*[\"']?\s*(https?:)?//", text, re.I)
        assert not any(host in text for host in CDN_HOSTS)
    assert "L.map(" in html_lib.unescape(deck)  # Leaflet code is there, inline
    assert "Content-Security-Policy" in deck


def test_deck_escapes_data_strings():
    agreements = defaults.load_demo("agreements")
    frame = agreements.frame.copy()
    frame.loc[0, ["kesepakatan", "status"]] = ["<script>alert(1)</script>", "belum_dimulai"]
    loaded = defaults.LoadedDataset("agreements", frame, "test", True)
    deck = build_deck(demo_data(agreements=loaded), ["agreements", "district:64.01"], "id")
    assert "<script>alert(1)" not in deck
    assert "&lt;script&gt;alert(1)" in deck


def test_csv_and_xlsx_neutralise_formulas():
    frame = pd.DataFrame({"teks": ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx",
                                   "aman"],
                          "angka": [-5, 1, 2, 3, 4, 5, 6]})
    csv_text = frames.to_csv_bytes(frame).decode("utf-8-sig")
    back = pd.read_csv(io.StringIO(csv_text), dtype=str, keep_default_na=False)
    assert back["teks"][0] == "'=HYPERLINK(\"x\")"
    assert [v[0] for v in back["teks"][:6]] == ["'"] * 6
    assert back["teks"][6] == "aman"
    assert back["angka"][0] == "-5"  # numbers stay numbers
    sheet = openpyxl.load_workbook(io.BytesIO(frames.to_xlsx_bytes(frame, "uji"))).active
    assert sheet["A2"].value == "'=HYPERLINK(\"x\")"
    assert sheet["A2"].data_type == "s"
    assert [sheet[f"A{r}"].value[0] for r in range(2, 8)] == ["'"] * 6
    assert sheet["A8"].value == "aman"
    assert sheet["B2"].value == -5


def test_geojson_export_joins_district_areas(data):
    slide = build_slide(data, "risk", "id")
    table = slide.table.assign(kode=regions.codes())
    payload = json.loads(frames.to_geojson_bytes(table, data.areas.frame, "skematis"))
    assert len(payload["features"]) == 10
    assert payload["features"][0]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert frames.to_geojson_bytes(pd.DataFrame({"a": [1]}), data.areas.frame) is None


def test_saved_decks_round_trip(tmp_path):
    decks.save_deck("Rakor Agustus", ["agreements", "risk", "district:64.02", "bogus"], tmp_path)
    decks.save_deck("../../etc/passwd", ["risk"], tmp_path)
    assert decks.list_decks(tmp_path) == ["../../etc/passwd", "Rakor Agustus"]
    assert decks.load_deck("Rakor Agustus", tmp_path) == ["agreements", "risk", "district:64.02"]
    assert {p.parent for p in tmp_path.rglob("*.json")} == {tmp_path}
    with pytest.raises(ValueError):
        decks.save_deck("  ", ["risk"], tmp_path)


def test_agreements_declared_with_demo_data():
    dataset = schema.DATASETS["agreements"]
    assert dataset.key == ("kab_kota", "kesepakatan") and not dataset.public
    frame = defaults.load_demo("agreements").frame
    assert set(frame["sumber"]) == {"DATA CONTOH"}
    assert set(frame["kab_kota"]) == set(regions.codes())
    assert set(frame["status"]) == set(schema.AGREEMENT_STATUSES)


def test_worst_status_per_district():
    frame = pd.DataFrame({"kab_kota": ["64.01", "64.01", "64.02"],
                          "status": ["selesai", "dalam_proses", "selesai"]})
    assert agreement_view.worst_status(frame).to_dict() == {"64.01": "dalam_proses",
                                                            "64.02": "selesai"}


def test_cli_writes_deck(tmp_path, data_dir):
    from reports.__main__ import main

    out = tmp_path / "deck.html"
    assert main(["deck", "--output", str(out), "--slides", "title,agreements"]) == 0
    assert "2 / 2" not in out.read_text(encoding="utf-8")  # the counter starts at 1
    assert "1 / 2" in out.read_text(encoding="utf-8")
    assert main(["deck", "--output", str(out), "--slides", "nope"]) == 2
    assert default_slide_ids()[0] == "title"


ODD_SOURCE = "Laporan Kab. Paser (TW-III) <b>tebal</b> dana $5 dan $6 #1 *x* [a](b)"


def _data_with_odd_source() -> PresentationData:
    conflict = defaults.load_demo("conflict_risk")
    frame = conflict.frame.copy()
    frame["sumber"] = ODD_SOURCE
    return demo_data(conflict_risk=defaults.LoadedDataset("conflict_risk", frame, "test", True))


def test_a_source_reaches_each_output_as_written_escaped_once_for_that_output():
    """Issue 12 #9: the title slide's source was markdown-escaped in the view and then shown in
    HTML (page, deck) and the PDF as ``Laporan Kab\\. Paser \\(TW\\-III\\)``."""
    from views.presentation import slide_body_html, slide_heading_html, slide_source_html

    data = _data_with_odd_source()
    for slide_id in ("title", "risk", "reporting"):
        slide = build_slide(data, slide_id, "id")
        assert "Laporan Kab. Paser (TW-III)" in slide.source, slide_id  # plain text
        assert "\\" not in slide.source, slide_id
        # the page (st.html): HTML-escaped once, nothing markdown-escaped
        page_html = str(slide_source_html(slide)) + str(slide_heading_html(slide, "id")) \
            + str(slide_body_html(slide))
        assert "Laporan Kab. Paser (TW-III) &lt;b&gt;tebal&lt;/b&gt;" in page_html
        assert "\\" not in page_html and "<b>tebal" not in page_html
        assert "&amp;lt;" not in page_html  # not escaped twice
    # the offline deck
    deck = build_deck(data, ["title", "risk"], "id")
    sources = re.findall(r'<footer class="source">(.*?)</footer>', deck)
    assert len(sources) == 2
    for source in sources:
        assert "Laporan Kab. Paser (TW-III) &lt;b&gt;tebal&lt;/b&gt; dana $5 dan $6" in source
        assert "\\" not in source and "&amp;lt;" not in source
    # the governor's PDF: summary page (the title slide's source) and the risk page
    reader = PdfReader(io.BytesIO(build_pdf(data, "id", district_codes=[])))
    for number in (1, 2):
        text = " ".join(reader.pages[number].extract_text().split())
        assert "Laporan Kab. Paser (TW-III) <b>tebal</b> dana $5 dan $6 #1 *x* [a](b)" in text, \
            number
        assert "Kab\\." not in text


def test_the_overview_caption_keeps_its_markdown_escaping():
    from indicators import figures as indicators_figures
    from views.overview import sources_text
    from views.text import md_escape

    figures = indicators_figures.key_figures(defaults.load_demo("conflict_risk").frame,
                                     defaults.load_demo("outreach").frame, "2026-Q3")
    caption = sources_text(figures, "id", {ODD_SOURCE}, set(), escape=md_escape)
    assert "Laporan Kab\\. Paser \\(TW\\-III\\) \\<b\\>" in caption
    plain = sources_text(figures, "id", {ODD_SOURCE}, set(), escape=str)
    assert ODD_SOURCE in plain


def test_a_source_reaches_the_csv_and_xlsx_exports_as_written():
    from views import overview as overview_view

    data = _data_with_odd_source()
    table = overview_view.summary_table(data.summary, "id")
    csv_text = frames.to_csv_bytes(table).decode("utf-8-sig")
    assert ODD_SOURCE in csv_text and "Kab\\." not in csv_text
    sheet = openpyxl.load_workbook(io.BytesIO(frames.to_xlsx_bytes(table, "uji"))).active
    assert ODD_SOURCE in [c.value for row in sheet.iter_rows() for c in row]


def _texts_outside(figure) -> list[str]:
    """Every drawn text of the page that is not wholly on the page, and every table cell text
    that is not wholly inside its cell (cells and their texts share the gid "table-cell R C"),
    measured by matplotlib's renderer on the figure as it goes into the PDF."""
    from matplotlib.patches import Rectangle
    from matplotlib.table import Table
    from matplotlib.text import Text

    figure.set_dpi(72)
    canvas = figure.canvas
    if not hasattr(canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        canvas = FigureCanvasAgg(figure)
    figure.draw(canvas.get_renderer())
    renderer = canvas.get_renderer()
    page = figure.bbox
    cells = {r.get_gid(): r.get_window_extent(renderer) for r in figure.findobj(Rectangle)
             if (r.get_gid() or "").startswith("table-cell")}
    problems = []
    texts = figure.findobj(Text) + [cell.get_text() for table in figure.findobj(Table)
                                    for cell in table.get_celld().values()]  # not children
    for text in texts:
        if not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer)
        if text.get_text() == "DATA CONTOH" and text.get_rotation():  # the watermark
            continue
        if box.x0 < page.x0 - 0.5 or box.x1 > page.x1 + 0.5 or box.y0 < page.y0 - 0.5 \
                or box.y1 > page.y1 + 0.5:
            problems.append(f"off the page: {text.get_text()!r} {box.bounds}")
        cell = cells.get(text.get_gid())
        if cell is not None and (box.x0 < cell.x0 - 0.5 or box.x1 > cell.x1 + 0.5
                                 or box.y0 < cell.y0 - 0.5 or box.y1 > cell.y1 + 0.5):
            problems.append(f"outside its cell: {text.get_text()!r} {box.bounds} {cell.bounds}")
    return problems


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pdf_tables_fit_their_columns_and_no_text_leaves_the_page(lang):
    """Issue 11 #7: tables ran off the right edge (Periode laporan, Pemilih pemula, Unit
    pelapor). Long units of the reporting slide make the case harder than the demo."""
    from reports.governor_pdf import report_pages

    conflict = defaults.load_demo("conflict_risk")
    frame = conflict.frame.copy()
    frame["unit_pelapor"] = ("Badan Kesatuan Bangsa dan Politik " + frame["kab_kota"]
                             + " Bidang Kewaspadaan Nasional dan Penanganan Konflik")
    data = demo_data(conflict_risk=defaults.LoadedDataset("conflict_risk", frame, "test", True))
    pages = list(report_pages(data, lang))
    assert len(pages) == 2 + len(REPORT_THEMES) + 10
    tables = 0
    for number, figure in enumerate(pages, start=1):
        assert _texts_outside(figure) == [], f"page {number}"
        tables += any((r.get_gid() or "").startswith("table-cell")
                      for r in figure.findobj(lambda a: hasattr(a, "get_gid")))
    assert tables == len(pages) - 1  # every page but the cover has its table drawn


def test_table_layout_wraps_scales_and_keeps_every_word():
    from reports.governor_pdf import layout_table, text_width

    frame = pd.DataFrame({
        "Kabupaten/kota": ["Kabupaten Penajam Paser Utara"] * 3,
        "Unit pelapor": ["Badan Kesatuan Bangsa dan Politik Kabupaten Penajam Paser Utara"] * 3,
        "Periode laporan": ["Triwulan II 2026 (belum ada laporan periode ini)"] * 3,
        "Kode": ["Sangatpanjangsekalitanpaspasi" * 4] * 3,  # one word wider than any column
    })
    for width, height in ((300.0, 400.0), (700.0, 400.0), (160.0, 120.0)):
        layout = layout_table(frame, width, height, font=8)
        assert sum(layout.widths) <= width + 0.01
        assert sum(layout.heights) <= height + 0.01 or layout.font <= 3
        rows = [list(frame.columns)] + frame.astype(str).values.tolist()
        for r, row in enumerate(layout.lines):
            for c, lines in enumerate(row):
                inner = layout.widths[c] - 2 * layout.pad
                assert all(text_width(line, layout.font, r == 0) <= inner + 0.01
                           for line in lines), (width, r, c, lines)
                assert "".join("".join(lines).split()) == "".join(rows[r][c].split())
                assert len(lines) * layout.line_height <= layout.heights[r] + 0.01
    assert layout_table(frame, 2000.0, 400.0).font == 8  # room enough: no shrinking
    assert layout_table(frame, 160.0, 120.0).font < 8


def test_slides_and_pdf_give_each_turnout_figure_its_source_confidence_and_the_other(data,
                                                                                    pdf_id):
    slide = build_slide(data, "participation", "id")
    assert "Prokaltim, Komisioner KPU Balikpapan Suhardy (9 Des 2024)" in slide.source
    assert "keyakinan: sedang" in slide.source
    assert "sumber lain: 60,13% (Akurasi.id (KPU Kaltim))" in slide.source
    assert "DATA CONTOH" in slide.source  # the targets have no source of their own
    tooltip = slide.layer.values.loc["64.71"]
    assert tooltip["sumber"].startswith("Prokaltim") and tooltip["sumber_target"] == "DATA CONTOH"
    district = build_slide(data, "district:64.71", "en")
    assert "confidence: medium" in district.source and "other sources: 60.13%" in district.source
    text = " ".join(p.extract_text() for p in pdf_id.pages).replace("\n", " ")
    assert "Prokaltim, Komisioner KPU Balikpapan" in text


def test_pdf_cover_names_the_invented_figures(pdf_id):
    cover = pdf_id.pages[0].extract_text().replace("\n", " ")
    assert "angka berikut dalam laporan ini adalah data contoh" in cover
    assert "partisipasi perempuan" in cover and "semua angka laporan rawan konflik" in cover


def _player_spec(deck: str) -> dict:
    """The risk slide's player data, read back from its srcdoc."""
    srcdoc = html_lib.unescape(re.search(r'data-slide="risk".*?srcdoc="([^"]*)"', deck,
                                         re.S).group(1))
    spec = re.search(r"var spec=(\{.*?\});var map=", srcdoc, re.S).group(1)
    return json.loads(spec), srcdoc


def test_the_deck_risk_map_carries_every_periods_colours_for_its_player(data):
    from indicators import figures as indicators_figures
    from maps.thematic import layer_update
    from views.overview import risk_layer

    spec, srcdoc = _player_spec(build_deck(data, ["risk"], "id"))
    periods = indicators_figures.periods(data.conflict.frame)
    assert [f["period"] for f in spec["frames"]] == periods and len(periods) >= 2
    assert spec["index"] == periods.index(data.period)
    assert spec["codes"] == data.areas.frame["kode"].tolist()
    assert "KbRecolour" in srcdoc and spec["texts"]["play"] == "▶ Putar"
    for frame in spec["frames"]:  # each period as the page draws it when chosen
        summary = indicators_figures.district_summary(
            data.conflict.frame, data.participation.frame, data.outreach.frame, frame["period"])
        expected = layer_update(data.areas.frame, risk_layer(summary, "id"))
        assert {k: v for k, v in frame["update"].items() if k != "stripe"} == expected
    # a deck of one period has nothing to play
    one = data.conflict.frame[data.conflict.frame["periode"] == data.period]
    single = dataclasses.replace(data, conflict=defaults.LoadedDataset(
        "conflict_risk", one, "one", data.conflict.is_demo))
    assert "KbRecolour" not in html_lib.unescape(build_deck(single, ["risk"], "id"))


def test_file_text_in_the_deck_player_data_cannot_end_its_script(data):
    frame = data.conflict.frame.copy()
    frame["sumber"] = "</script><script>alert(1)</script><!--"
    hostile = dataclasses.replace(data, conflict=defaults.LoadedDataset(
        "conflict_risk", frame, "hostile", True))
    spec, srcdoc = _player_spec(build_deck(hostile, ["risk"], "id"))
    assert "<script>alert(1)" not in srcdoc and "</script><script>" not in srcdoc.split(
        "var spec=")[1].split("</script>")[0]
    strings = {s for f in spec["frames"] for s in f["update"]["strings"]}
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--" in strings
