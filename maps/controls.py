"""HTML drawn on the map as Leaflet controls: legends and notices.

Every text that reaches these controls is escaped here (``markupsafe.escape``), whatever its origin:
the control's HTML is inserted with ``innerHTML``. Controls live inside the map's own script, so
they appear the same in st_folium, in exported HTML and in a browser test.
"""

from __future__ import annotations

from typing import Iterable

from branca.element import MacroElement
from jinja2 import Template
from markupsafe import Markup, escape


class HtmlControl(MacroElement):
    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function () {"
        " var control = L.control({position: {{ this.position|tojson }}});"
        " control.onAdd = function () {"
        "  var div = L.DomUtil.create('div', {{ this.css_class|tojson }});"
        "  div.innerHTML = {{ this.html|tojson }};"
        "  L.DomEvent.disableClickPropagation(div);"
        "  return div;"
        " };"
        " control.addTo({{ this._parent.get_name() }});"
        "})();"
        "{% endmacro %}"
    )

    def __init__(self, html: Markup, position: str = "bottomright", css_class: str = "map-control"):
        super().__init__()
        self._name = "HtmlControl"
        self.html = str(html)
        self.position = position
        self.css_class = css_class


_BOX = ("background: rgba(255,255,255,0.92); padding: 6px 9px; border-radius: 4px; "
        "box-shadow: 0 1px 4px rgba(0,0,0,0.35); font: 13px/1.35 sans-serif; color: #222;")


def legend_html(title: str, items: Iterable[tuple[str, str]], footnote: str = "") -> Markup:
    """The legend's HTML, every text escaped (also sent alone when a map is recoloured in place)."""
    rows = Markup("").join(
        Markup('<div><span style="display:inline-block;width:14px;height:14px;'
               'margin-right:6px;vertical-align:-2px;border:1px solid #555;background:{}">'
               '</span>{}</div>').format(colour, label)
        for colour, label in items
    )
    foot = Markup('<div style="margin-top:4px;font-size:11px;color:#555">{}</div>').format(
        footnote) if footnote else Markup("")
    return Markup('<div class="map-legend" style="{}"><b>{}</b>{}{}</div>').format(
        _BOX, title, rows, foot)


def legend(title: str, items: Iterable[tuple[str, str]], footnote: str = "") -> HtmlControl:
    """A categorical legend: (colour, label) pairs, a title and an optional source line."""
    return HtmlControl(legend_html(title, items, footnote), position="bottomright",
                       css_class="map-legend-control")


def notice(lines: Iterable[str], position: str = "topright", emphasis: bool = False) -> HtmlControl:
    """A short notice on the map, e.g. 'skematis, bukan batas wilayah resmi' or 'DATA CONTOH'."""
    style = _BOX + (" border: 2px solid #D55E00; font-weight: bold;" if emphasis else "")
    body = Markup("<br>").join(escape(line) for line in lines)
    html = Markup('<div class="map-notice" style="{}">{}</div>').format(style, body)
    return HtmlControl(html, position=position, css_class="map-notice-control")
