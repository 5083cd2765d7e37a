"""Mode Presentasi: full-screen slides for a rakor on a projector, moved with the arrow keys or the
buttons; the presenter picks and orders slides, saves the deck for the next meeting, and downloads
the offline HTML deck and the governor's PDF."""

import pandas as pd
import streamlit as st

import ui
from i18n import fmt_period, t
from reports import context, decks
from reports.deck import build_deck
from reports.governor_pdf import build_pdf
from ui import auth, screen
from ui.exports import export_buttons
from views import agreements as agreement_view
from views import presentation as view

# Hides Streamlit's chrome only; the language and data stay where they are.
FULLSCREEN_CSS = """<style>
[data-testid="stSidebar"],[data-testid="stSidebarCollapsedControl"],[data-testid="stHeader"],
[data-testid="stToolbar"],[data-testid="stDecoration"],#MainMenu,footer{display:none !important}
[data-testid="stMainBlockContainer"],.block-container{padding-top:.5rem !important;
 padding-bottom:.5rem !important;padding-left:2.5vw !important;padding-right:2.5vw !important;
 max-width:100% !important}
</style>"""
# The slide fills what the window leaves under the set-up bar and the buttons, whatever the
# screen (1366x768 projector, 1920x1080): the page is a column as tall as the window, the slide
# takes the rest of it (but never less than 380 px, so an open set-up panel scrolls instead of
# squeezing the slide), the map takes what the title and the source line leave, and a side panel
# that is still too long scrolls inside itself rather than pushing the source line off-screen.
SLIDE_CSS = """<style>
[data-testid="stMainBlockContainer"]{height:100vh;display:flex;flex-direction:column}
[data-testid="stMainBlockContainer"]>div{flex:1 1 auto;min-height:0;display:flex;
 flex-direction:column}
[data-testid="stMainBlockContainer"]>div>[data-testid="stVerticalBlock"]{flex:1 1 auto;
 min-height:0}
[data-testid="stLayoutWrapper"]:has(>.st-key-pres_slide){flex:1 1 0;min-height:380px;
 display:flex;flex-direction:column}
.st-key-pres_slide{flex:1 1 0 !important;min-height:0;overflow:hidden;gap:.4rem !important}
.st-key-pres_slide>[data-testid="stLayoutWrapper"]:has(>[data-testid="stHorizontalBlock"]),
[data-testid="stLayoutWrapper"]:has(>.st-key-pres_map){flex:1 1 0;min-height:0;display:flex;
 flex-direction:column}
.st-key-pres_slide [data-testid="stHorizontalBlock"]{flex:1 1 0;min-height:0}
.st-key-pres_slide [data-testid="stColumn"]{display:flex;flex-direction:column;min-height:0;
 overflow:auto}
.st-key-pres_slide [data-testid="stColumn"]>[data-testid="stVerticalBlock"]{flex:1 1 0;
 min-height:0}
.st-key-pres_map{flex:1 1 0 !important;min-height:0}
.st-key-pres_map>[data-testid="stElementContainer"]{flex:1 1 0;min-height:0}
.st-key-pres_map iframe{display:block}
.st-key-pres_map>[data-testid="stElementContainer"]>div,.st-key-pres_map iframe{
 height:100% !important}
div.slide-title{font-size:clamp(30px,3.2vw,60px);font-weight:700;line-height:1.1;margin:0}
div.slide-sub{font-size:clamp(18px,1.6vw,30px);color:#444;margin:.1em 0 0 0}
.slide-demo{background:#D55E00;color:#fff;font-weight:700;padding:2px 10px;border-radius:4px;
 font-size:clamp(16px,1.3vw,24px);vertical-align:middle;margin-left:.6em}
div.slide-body,div.slide-body li{font-size:clamp(18px,1.5vw,30px);line-height:1.3}
[data-testid="stColumn"] div.slide-body,[data-testid="stColumn"] div.slide-body li{
 font-size:clamp(15px,1.2vw,26px);line-height:1.25}
.slide-body ul{margin:0 0 .4em 0}
.slide-body li{margin-bottom:.15em}
.slide-body table{font-size:clamp(12px,.95vw,20px);border-collapse:collapse;width:100%}
.slide-body th,.slide-body td{border-bottom:1px solid #ccc;padding:1px 6px;text-align:left;
 vertical-align:top}
div.slide-source{font-size:clamp(13px,.95vw,19px);color:#333}
.slide-counter{font-size:clamp(22px,1.8vw,34px);font-weight:700;text-align:center}
</style>"""
MAP_MIN_HEIGHT = 300  # px; the slide's CSS makes the map as tall as the slide leaves room for

lang = ui.lang()
# Slides, the deck and the governor's report carry the internal conflict-risk reports.
if not auth.can_view("conflict_risk"):
    auth.require("view_internal_datasets", lang)
st.session_state.setdefault("pres_slides", view.default_slide_ids())
st.session_state.setdefault("pres_index", 0)
st.session_state.setdefault("pres_fullscreen", True)
if st.session_state["pres_fullscreen"]:
    st.html(FULLSCREEN_CSS)
st.html(SLIDE_CSS)

periods = context.available_periods()
setup = st.expander(t("pres.setup", lang), expanded=False)
with setup:
    st.toggle(t("pres.fullscreen", lang), key="pres_fullscreen")
    default = context.default_period()  # the period every page opens on
    period = st.selectbox(t("pres.period", lang), periods or [None],
                          index=periods.index(default) if default in periods else 0,
                          format_func=lambda p: fmt_period(p, lang), key="pres_period")
    st.multiselect(t("pres.slides_pick", lang), view.slide_ids(), key="pres_slides",
                   format_func=lambda s: view.slide_label(s, lang),
                   **screen.multiselect_texts(lang))

    def _load_saved():
        st.session_state["pres_slides"] = decks.load_deck(st.session_state["pres_saved"])
        st.session_state["pres_index"] = 0

    save_col, load_col = st.columns(2)
    name = save_col.text_input(t("pres.deck_name", lang), key="pres_deck_name")
    if save_col.button(t("pres.save", lang), key="pres_save"):
        try:
            decks.save_deck(name, st.session_state["pres_slides"])
            save_col.success(t("pres.saved", lang, name=name.strip()))
        except ValueError:
            save_col.warning(t("pres.save_invalid", lang))
    saved = decks.list_decks()
    if saved:
        load_col.selectbox(t("pres.load_pick", lang), saved, key="pres_saved")
        load_col.button(t("pres.load", lang), key="pres_load", on_click=_load_saved)

data = context.load_data(period)
chosen = st.session_state["pres_slides"]
if not st.session_state["pres_fullscreen"]:
    # full screen: the slide's own DATA CONTOH label
    ui.demo_banner(lang, [data.conflict, data.participation, data.outreach, data.agreements])
if not chosen:
    st.info(t("pres.no_slides", lang))
    st.stop()


@st.cache_data(max_entries=4, show_spinner=t("pres.export.deck_preparing", lang))
def _deck_file(version: tuple, slides: tuple, language: str) -> bytes:
    return build_deck(context.load_data(version[-1]), list(slides), language).encode("utf-8")


@st.cache_data(max_entries=4, show_spinner=t("pres.export.pdf_preparing", lang))
def _pdf_file(version: tuple, language: str) -> bytes:
    return build_pdf(context.load_data(version[-1]), language)


with setup:
    deck_col, pdf_col = st.columns(2)
    if deck_col.button(t("pres.export.deck_prepare", lang), key="pres_deck_prepare"):
        st.session_state["pres_deck_ready"] = True
    if st.session_state.get("pres_deck_ready"):
        deck_col.download_button(t("pres.export.deck_download", lang),
                                 _deck_file(data.version, tuple(chosen), lang),
                                 file_name=f"presentasi-{data.period}.html", mime="text/html",
                                 key="pres_deck_download", on_click="ignore")
    if pdf_col.button(t("pres.export.pdf_prepare", lang), key="pres_pdf_prepare"):
        st.session_state["pres_pdf_ready"] = True
    if st.session_state.get("pres_pdf_ready"):
        pdf_col.download_button(t("pres.export.pdf_download", lang), _pdf_file(data.version, lang),
                                file_name=f"laporan-gubernur-{data.period}.pdf",
                                mime="application/pdf", key="pres_pdf_download",
                                on_click="ignore")


def _move(step: int) -> None:
    count = len(st.session_state["pres_slides"])
    st.session_state["pres_index"] = max(0, min(count - 1, st.session_state["pres_index"] + step))


index = min(st.session_state["pres_index"], len(chosen) - 1)
slide = view.build_slide(data, chosen[index], lang)

nav = st.columns([1, 2, 1], vertical_alignment="center")
nav[0].button(t("pres.prev", lang), key="pres_prev", on_click=_move, args=(-1,),
              shortcut="Left", width="stretch", disabled=index == 0)
nav[1].markdown(f'<div class="slide-counter">{index + 1} / {len(chosen)}</div>',
                unsafe_allow_html=True, help=t("pres.keys_hint", lang))
nav[2].button(t("pres.next", lang), key="pres_next", on_click=_move, args=(1,),
              shortcut="Right", width="stretch", disabled=index == len(chosen) - 1)

# st.html, not st.markdown: the slide is HTML, escaped as HTML once (Markup.format) and never
# read as markdown, so a source such as "Laporan Kab. Paser (TW-III)" shows as written.
with st.container(key="pres_slide"):
    st.html(view.slide_heading_html(slide, lang))
    if slide.layer is not None:
        left, right = st.columns([3, 2])
        with left, st.container(key="pres_map"):
            ui.show_map(view.slide_map(data, slide.layer, lang), key=f"pres_map_{slide.id}",
                        height=MAP_MIN_HEIGHT)
        with right:
            st.html(view.slide_body_html(slide))
    else:
        st.html(view.slide_body_html(slide))
    st.html(view.slide_source_html(slide))

with setup:
    if slide.table is not None and not slide.table.empty:
        export_buttons(slide.table, "slide-" + slide.id.replace(":", "-"), lang)
    if slide.id == "agreements":  # the list behind the slide, in the set-up panel: off the slide
        st.markdown("**" + t("agreement.map_title", lang) + "**")
        listing = agreement_view.agreements_table(data.agreements.frame, lang,
                                                  today=pd.Timestamp.today().date())
        st.dataframe(listing, hide_index=True, width="stretch")
        export_buttons(listing, "kesepakatan-rakor", lang)
