"""Pure map builders: data in, ``folium.Map`` or layer out. No Streamlit here, so plain pytest
reaches every rule, and the same maps serve the web pages and the offline exports."""

from maps import safe_render

# Before any map is built: data must never be evaluated as a Jinja template (see safe_render).
safe_render.install()
