"""One self-contained HTML file of the chosen slides, for a laptop with no network.

Each map is the same folium map as on the page, rendered to a full HTML document with Leaflet's
script and stylesheet inlined, and embedded as ``<iframe srcdoc>``: folium's page-level CSS and
globals stay per map, and the file needs no server. A Content-Security-Policy forbids every
network fetch, so a reference that slipped through fails visibly instead of calling out.
"""

from __future__ import annotations

import base64
import json
import re
from functools import lru_cache

import folium
from markupsafe import Markup

from domain import province
from i18n import or_missing, t
from maps.assets import RECOLOUR_JS, STATIC_URL, vendor_file
from maps.thematic import player_controls, player_frames, thematic_map
from views import overview as overview_view
from views.presentation import PresentationData, Slide, build_slides, map_frame

_SCRIPT_SRC = re.compile(r"""<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>\s*</script>""", re.I)
_STYLESHEET = re.compile(r"""<link\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*/?>""", re.I)
_CSS_IMAGE = re.compile(r"url\((['\"]?)images/([a-z0-9\-]+\.png)\1\)", re.I)

CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; font-src data:")


def _vendor_text(url: str) -> str:
    prefix = STATIC_URL + "/"
    if not url.startswith(prefix):
        raise ValueError(f"map asset outside the packaged vendor files: {url}")
    return vendor_file(url[len(prefix):]).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def _inline_script(url: str) -> str:
    # "</script" inside the code would end the element early; "<\/" is the same string in JS.
    return "<script>" + _vendor_text(url).replace("</script", "<\\/script") + "</script>"


@lru_cache(maxsize=8)
def _inline_style(url: str) -> str:
    def image(match: re.Match) -> str:
        data = vendor_file(f"leaflet/images/{match.group(2)}").read_bytes()
        return "url(data:image/png;base64," + base64.b64encode(data).decode("ascii") + ")"

    css = _CSS_IMAGE.sub(image, _vendor_text(url))
    return "<style>" + css.replace("</style", "<\\/style") + "</style>"


def inline_map_html(m: folium.Map) -> str:
    """The map's full HTML document with every script and stylesheet inlined."""
    html = m.get_root().render()
    # Every script and stylesheet must be a packaged vendor file (_vendor_text raises otherwise);
    # Leaflet's own code mentions its web site in an attribution string, which loads nothing.
    html = _SCRIPT_SRC.sub(lambda match: _inline_script(match.group(1)), html)
    html = _STYLESHEET.sub(lambda match: _inline_style(match.group(1)), html)
    return html


_PLAYER_CSS = (
    "#kb_player_bar{position:absolute;top:0;left:0;right:0;height:38px;z-index:1000;"
    "background:#fff;display:flex;align-items:center;gap:.6rem;padding:0 .4rem;"
    "box-sizing:border-box;font:15px 'DejaVu Sans',Arial,sans-serif;color:#111}"
    "#kb_player_bar button{font:inherit;padding:3px 12px;min-width:6.5em;cursor:pointer}"
    "#kb_player_bar input{flex:1;min-width:6em}.kb-period{font-weight:600;min-width:9em}"
    ".folium-map{top:38px!important;height:calc(100% - 38px)!important}")


def _json_for_script(value) -> str:
    # "</script" or "<!--" inside the data would change how the element is parsed; "\u003c" is
    # the same character in JSON and in JavaScript.
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def player_map_html(m: folium.Map, codes: list[str], frames: list[dict], index: int,
                    lang: str) -> str:
    """``inline_map_html`` with the in-place map's period player (``maps/recolour.js``) above the
    map: every period's colours are in the file and play with no server. ``codes``: the map's
    areas in the order of the frames' updates."""
    html = inline_map_html(m)
    spec = {"map": m.get_name(), "codes": codes, "frames": frames, "index": index,
            **player_controls(lang)}
    player = (f"<style>{_PLAYER_CSS}</style><div id=\"kb_player_bar\"></div>"
              f"{_inline_script(RECOLOUR_JS)}"
              f"<script>(function(){{var spec={_json_for_script(spec)};"
              "var map=window[spec.map];"
              "KbRecolour.hook(map);"
              "KbRecolour.apply(map,spec.codes,spec.frames[spec.index].update);"
              "window.__player=new KbRecolour.Player(document.getElementById('kb_player_bar'),"
              "{frames:spec.frames,index:spec.index,step:spec.step,steps:spec.steps,"
              "texts:spec.texts,show:function(i,f){KbRecolour.apply(map,spec.codes,f.update);}});"
              "})();</script>")
    # After the map's own script (folium puts it after </body>), which defines the map.
    at = html.rfind("</html>")
    return html[:at] + player + html[at:] if at >= 0 else html + player


def _risk_player_html(m: folium.Map, data: PresentationData, lang: str) -> str:
    """The conflict-risk slide's map, playable through every period (opening on the deck's)."""
    layers = overview_view.risk_layers_by_period(data.conflict.frame, data.participation.frame,
                                                 data.outreach.frame, lang)
    periods = [period for period, _, _ in layers]
    if len(periods) < 2 or data.period not in periods:
        return inline_map_html(m)
    frames = player_frames(data.areas.frame, layers)
    return player_map_html(m, data.areas.frame["kode"].astype(str).tolist(), frames,
                           periods.index(data.period), lang)


def _table(slide: Slide) -> Markup:
    if slide.table is None or slide.table.empty:
        return Markup("")
    head = Markup("").join(Markup("<th>{}</th>").format(c) for c in slide.table.columns)
    rows = Markup("").join(
        Markup("<tr>{}</tr>").format(Markup("").join(
            Markup("<td>{}</td>").format(or_missing(v)) for v in row))
        for row in slide.table.astype(object).itertuples(index=False))
    return Markup('<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>').format(head, rows)


def _slide_html(slide: Slide, data: PresentationData, lang: str, index: int) -> Markup:
    bullets = Markup("").join(Markup("<li>{}</li>").format(b) for b in slide.bullets)
    side = Markup('<div class="side"><ul>{}</ul>{}</div>').format(bullets, _table(slide))
    if slide.layer is not None:
        m = thematic_map(data.areas.frame, slide.layer, map_frame(data, lang))
        srcdoc = _risk_player_html(m, data, lang) if slide.id == "risk" else inline_map_html(m)
        # escape() turns the document into a safe attribute value; the browser decodes it back.
        body = Markup('<div class="body with-map"><div class="map"><iframe title="{}" '
                      'srcdoc="{}"></iframe></div>{}</div>').format(slide.title, srcdoc, side)
    else:
        body = Markup('<div class="body">{}</div>').format(side)
    demo = Markup('<span class="demo">{}</span>').format(t("demo.map_label", lang)) \
        if slide.demo else Markup("")
    kind = "title-slide" if slide.id == "title" else ""
    return Markup(
        '<section class="slide {}" id="slide-{}" data-slide="{}"><header><h1>{}</h1>'
        '<p class="sub">{}</p>{}</header>{}<footer class="source">{}</footer></section>'
    ).format(kind, index + 1, slide.id, slide.title, slide.subtitle, demo, body, slide.source)


_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;background:#fff;color:#111;
 font-family:"DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif}
.slide{position:absolute;inset:0 0 64px 0;padding:2vh 3vw;visibility:hidden;display:flex;
 flex-direction:column;overflow:hidden}
.slide.current{visibility:visible}
header{display:flex;align-items:baseline;gap:2vw;flex-wrap:wrap}
h1{font-size:clamp(28px,3.6vw,64px);margin:0 0 .5vh 0;line-height:1.1}
.sub{font-size:clamp(18px,1.8vw,32px);margin:0;color:#444}
.demo{font-weight:bold;color:#fff;background:#D55E00;padding:2px 10px;border-radius:4px;
 font-size:clamp(16px,1.5vw,26px)}
.body{flex:1;display:flex;gap:2vw;min-height:0;margin-top:1.5vh}
.map{flex:3;min-width:0}
.map iframe{width:100%;height:100%;border:1px solid #999}
.side{flex:2;overflow:auto;font-size:clamp(16px,1.5vw,28px)}
.with-map .side{font-size:clamp(14px,1.2vw,24px)}
.title-slide .side{font-size:clamp(22px,2.4vw,40px)}
ul{margin:0 0 1vh 1.2em;padding:0}
li{margin-bottom:.6vh}
table{border-collapse:collapse;font-size:clamp(12px,1.05vw,20px);width:100%}
.with-map table{font-size:clamp(11px,.95vw,19px)}
th,td{border-bottom:1px solid #ccc;padding:1px 6px;text-align:left;vertical-align:top}
th{background:#eef2f5}
.source{font-size:clamp(12px,1vw,18px);color:#333;margin-top:1vh}
nav{position:fixed;left:0;right:0;bottom:0;height:64px;display:flex;align-items:center;
 justify-content:center;gap:2vw;background:#f4f6f8;border-top:1px solid #ccc}
nav button{font-size:22px;padding:6px 22px;cursor:pointer}
#counter{font-size:26px;font-weight:bold;min-width:5em;text-align:center}
.keys{position:absolute;right:1vw;font-size:14px;color:#555}
"""

_JS = """
(function () {
  var slides = document.querySelectorAll('.slide');
  var n = slides.length, i = 0;
  function show(k) {
    i = Math.max(0, Math.min(n - 1, k));
    for (var j = 0; j < n; j++) slides[j].classList.toggle('current', j === i);
    document.getElementById('counter').textContent = (i + 1) + ' / ' + n;
    try { history.replaceState(null, '', '#' + (i + 1)); } catch (e) {}
  }
  function key(e) {
    if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') { show(i + 1); }
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') { show(i - 1); }
    else if (e.key === 'Home') { show(0); }
    else if (e.key === 'End') { show(n - 1); }
    else { return; }
    e.preventDefault();
  }
  document.addEventListener('keydown', key);
  // After a click on a map the keys go to its frame: listen there too (srcdoc is same-origin).
  var frames = document.querySelectorAll('iframe');
  for (var f = 0; f < frames.length; f++) {
    frames[f].addEventListener('load', function () {
      try { this.contentWindow.document.addEventListener('keydown', key); } catch (e) {}
    });
  }
  document.getElementById('prev').addEventListener('click', function () { show(i - 1); });
  document.getElementById('next').addEventListener('click', function () { show(i + 1); });
  show((parseInt(location.hash.slice(1), 10) || 1) - 1);
})();
"""


def deck_html(slides: list[Slide], data: PresentationData, lang: str) -> str:
    sections = Markup("").join(_slide_html(s, data, lang, i) for i, s in enumerate(slides))
    return str(Markup(
        '<!DOCTYPE html><html lang="{}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="{}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>{}</title><style>{}</style></head><body>{}'
        '<nav><button id="prev" type="button">{}</button><span id="counter">1 / {}</span>'
        '<button id="next" type="button">{}</button><span class="keys">{}</span></nav>'
        '<script>{}</script></body></html>'
    ).format(lang, CSP, province.presentation_heading(lang), Markup(_CSS), sections,
             t("pres.prev", lang), len(slides), t("pres.next", lang), t("pres.deck.keys", lang),
             Markup(_JS)))


def build_deck(data: PresentationData, slide_ids: list[str], lang: str) -> str:
    return deck_html(build_slides(data, slide_ids, lang), data, lang)
