"""What the HTTP server serves beside Streamlit's pages (``st.App`` in ``dashboard.py``).

Kept out of ``ui``: this package is imported when the server starts, before Streamlit's runtime
exists, and ``ui`` imports streamlit-folium, whose component must be declared once the runtime is
there (declared earlier, its files answer 404 and no map is drawn).
"""
