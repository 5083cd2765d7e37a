"""Leaflet and jQuery served from the app's own ``static/`` folder, so maps draw with no internet.

Streamlit serves ``static/`` at ``/app/static/`` when ``server.enableStaticServing`` is on. The
files come from the PyPI packages xstatic-leaflet and xstatic-jquery and are copied at start-up, so
the repository carries no vendored copies. st_folium loads each ``default_js``/``default_css`` URL
in its component frame, where a relative URL 404s: hence absolute ``/app/static/...`` paths.
"""

from __future__ import annotations

import filecmp
import hashlib
import shutil
from pathlib import Path

import folium
import xstatic.pkg.jquery as xs_jquery
import xstatic.pkg.leaflet as xs_leaflet
import xstatic.pkg.leaflet_markercluster as xs_markercluster
from branca.element import MacroElement
from jinja2 import Template

PROJECT_ROOT = Path(__file__).resolve().parent.parent
STATIC_DIR = PROJECT_ROOT / "static"
VENDOR_DIR = STATIC_DIR / "vendor"

LEAFLET_VERSION = xs_leaflet.VERSION
JQUERY_VERSION = xs_jquery.VERSION

# file in static/vendor -> file in the PyPI package
_VENDOR_FILES: dict[str, Path] = {
    "leaflet/leaflet.js": Path(xs_leaflet.BASE_DIR) / "leaflet.js",
    "leaflet/leaflet.css": Path(xs_leaflet.BASE_DIR) / "leaflet.css",
    **{
        f"leaflet/images/{p.name}": p
        for p in sorted((Path(xs_leaflet.BASE_DIR) / "images").glob("*.png"))
    },
    "jquery/jquery.min.js": Path(xs_jquery.BASE_DIR) / "jquery.min.js",
    **{
        f"markercluster/{name}": Path(xs_markercluster.BASE_DIR) / name
        for name in ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css")
    },
    # ours: recolouring a drawn map and the period player (the in-place map and the deck)
    "kb/recolour.js": Path(__file__).resolve().parent / "recolour.js",
}



def _content_version(files: dict[str, Path]) -> str:
    digest = hashlib.sha256()
    for relative, source in sorted(files.items()):
        digest.update(relative.encode("utf-8") + b"\0" + source.read_bytes())
    return digest.hexdigest()[:12]


# The vendor files live under a folder named by their content's hash, so a URL names one content
# for ever: ``server.static_cache`` lets browsers keep them (``immutable``), and a new Leaflet or
# jQuery package gets new URLs rather than a stale cached copy.
ASSET_VERSION = _content_version(_VENDOR_FILES)
VENDOR_PREFIX = "/app/static/vendor/"
STATIC_URL = VENDOR_PREFIX + ASSET_VERSION

LOCAL_JS = [
    ("leaflet", f"{STATIC_URL}/leaflet/leaflet.js"),
    ("jquery", f"{STATIC_URL}/jquery/jquery.min.js"),
]
LOCAL_CSS = [("leaflet_css", f"{STATIC_URL}/leaflet/leaflet.css")]
ICON_IMAGE_PATH = f"{STATIC_URL}/leaflet/images/"
# folium.plugins.MarkerCluster points at cdnjs; maps.points swaps these in on each instance.
MARKERCLUSTER_JS = [("markerclusterjs", f"{STATIC_URL}/markercluster/leaflet.markercluster.js")]
RECOLOUR_JS = f"{STATIC_URL}/kb/recolour.js"
MARKERCLUSTER_CSS = [
    ("markerclustercss", f"{STATIC_URL}/markercluster/MarkerCluster.css"),
    ("markerclusterdefaultcss", f"{STATIC_URL}/markercluster/MarkerCluster.Default.css"),
]


def ensure_static_assets(vendor_dir: Path = VENDOR_DIR) -> list[Path]:
    """Copy Leaflet and jQuery into ``static/vendor/<ASSET_VERSION>`` when missing or different;
    return the files written. Cheap when up to date, so it can run at every start."""
    written = []
    for relative, source in _VENDOR_FILES.items():
        target = vendor_dir / ASSET_VERSION / relative
        if target.exists() and filecmp.cmp(source, target, shallow=False):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written


def vendor_file(relative: str) -> Path:
    """The packaged file behind a ``static/vendor`` path, for exports that inline it."""
    return _VENDOR_FILES[relative]


class _IconImagePath(MacroElement):
    """Points Leaflet's default marker icons at the local images; must precede any marker."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "L.Icon.Default.imagePath = {{ this.path|tojson }};"
        "{% endmacro %}"
    )

    def __init__(self, path: str):
        super().__init__()
        self._name = "IconImagePath"
        self.path = path


# The map's own zoom limits. Without a tile layer Leaflet has no maxZoom, and marker clustering
# throws "Map has no maxZoom specified" when it is added (the map frame then collapses to zero
# height). folium.Map passes min_zoom/max_zoom only to the tile layer it makes, so with
# ``tiles=None`` they would be dropped: they go into the L.map options here instead.
MIN_ZOOM = 3
MAX_ZOOM = 18


def offline_map(**kwargs) -> folium.Map:
    """A ``folium.Map`` that loads nothing from the internet: no tiles unless asked for, Leaflet
    and jQuery from ``/app/static``. Bootstrap and Font Awesome are dropped, so use circle markers
    or ``DivIcon`` rather than ``folium.Icon``. The zoom limits are the map's own (``MIN_ZOOM``,
    ``MAX_ZOOM`` unless given), so layers that need them work with no tile layer."""
    kwargs.setdefault("tiles", None)
    kwargs.setdefault("control_scale", False)
    kwargs.setdefault("min_zoom", MIN_ZOOM)
    kwargs.setdefault("max_zoom", MAX_ZOOM)
    m = folium.Map(**kwargs)
    m.options["min_zoom"] = kwargs["min_zoom"]
    m.options["max_zoom"] = kwargs["max_zoom"]
    m.default_js = list(LOCAL_JS)
    m.default_css = list(LOCAL_CSS)
    m.add_child(_IconImagePath(ICON_IMAGE_PATH))
    return m
