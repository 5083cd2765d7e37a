"""An optional basemap (OpenStreetMap tiles, through xyzservices) under the thematic layer.

Off by default: the dashboard must work with no internet. When it is on and the tiles cannot be
loaded, the map says so once, instead of showing grey squares without explanation.
"""

from __future__ import annotations

import folium
import xyzservices.providers as xyz
from branca.element import MacroElement
from jinja2 import Template

PROVIDER = xyz.OpenStreetMap.Mapnik


class _TileErrorNotice(MacroElement):
    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function () {"
        " var shown = false;"
        " {{ this.layer.get_name() }}.on('tileerror', function () {"
        "  if (shown) { return; } shown = true;"
        "  var control = L.control({position: 'topleft'});"
        "  control.onAdd = function () {"
        "   var div = L.DomUtil.create('div', 'map-notice basemap-offline');"
        "   div.style.cssText = 'background:#fff3cd;padding:6px 9px;border-radius:4px;"
        "font:13px sans-serif;max-width:260px';"
        "   div.textContent = {{ this.message|tojson }};"
        "   return div;"
        "  };"
        "  control.addTo({{ this._parent.get_name() }});"
        " });"
        "})();"
        "{% endmacro %}"
    )

    def __init__(self, layer: folium.TileLayer, message: str):
        super().__init__()
        self._name = "TileErrorNotice"
        self.layer = layer
        self.message = message


def add_basemap(m: folium.Map, offline_message: str) -> folium.TileLayer:
    """Put the basemap under the map's layers and a notice for when its tiles fail."""
    layer = folium.TileLayer(
        tiles=PROVIDER.build_url(),
        attr=PROVIDER.html_attribution,
        name=PROVIDER.name,
        max_zoom=PROVIDER.get("max_zoom", 19),
        overlay=False,
        control=False,
    )
    layer.add_to(m)
    _TileErrorNotice(layer, offline_message).add_to(m)
    return layer
