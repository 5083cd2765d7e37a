"""Pure map builders: data in, ``folium.Map`` or layer out. No Streamlit here, so plain pytest
reaches every rule, and the same maps serve the web pages and the offline exports."""
