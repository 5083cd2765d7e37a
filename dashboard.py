"""Entry point: ``streamlit run dashboard.py``.

Page config, offline assets, the language switch and the navigation over ``pages/``.
"""

import streamlit as st

import ui
from i18n import t
from maps.assets import ensure_static_assets
from ui import auth, screen

ensure_static_assets()  # Leaflet and jQuery into ./static before any map is drawn

st.set_page_config(page_title="Dasbor Kesbangpol Kaltim", layout="wide")
screen.apply()  # screen CSS (1366x768 projector, 800 px laptop), kept in ui/screen.py

# (file, title message id, URL path). The first is the default page.
PAGES = [
    ("pages/overview.py", "nav.overview", "ringkasan"),
    ("pages/conflict_risk.py", "nav.conflict_risk", "peta-rawan-konflik"),
    ("pages/participation.py", "nav.participation", "partisipasi-pemilih"),
    ("pages/outreach.py", "nav.outreach", "kegiatan-sosialisasi"),
    ("pages/priorities.py", "nav.priorities", "prioritas"),
    ("pages/profile.py", "nav.profile", "profil-kab-kota"),
    ("pages/presentation.py", "nav.presentation", "presentasi"),
    ("pages/reporting.py", "nav.reporting", "status-pelaporan"),
    ("pages/drilldown.py", "nav.drilldown", "kecamatan-desa"),
    ("pages/data.py", "nav.data", "data"),
    ("pages/boundaries.py", "nav.boundaries", "batas-wilayah"),
    ("pages/admin.py", "nav.admin", "admin"),
    ("pages/login.py", "nav.login", "masuk"),
]
# Pages listed only for users allowed the action; each page checks again on the server.
RESTRICTED_PAGES = {
    "pages/data.py": "upload",
    "pages/boundaries.py": "upload",
    "pages/admin.py": "manage_users",
}

lang = ui.lang()
with st.sidebar:
    st.markdown(f"**{t('app.short_title', lang)}**")
    st.caption(t("app.agency", lang))
ui.language_switch()
auth.sidebar(lang)
ui.map_view_switch(lang)

navigation = st.navigation([
    st.Page(path, title=t(title, lang), url_path=url_path, default=(i == 0))
    for i, (path, title, url_path) in enumerate(PAGES)
    if auth.allowed(RESTRICTED_PAGES.get(path))
], expanded=True)  # every page in view: a presenter should not hunt behind "View more"
st.sidebar.caption(t("app.offline_note", lang))
if not st.session_state.get("_page_resolved"):
    # The first run of a session does not yet know its page, and Streamlit keys the widgets above
    # by the page: a value chosen in the sidebar before the second run would be dropped. Rerun
    # once at once, so the sidebar's widgets already carry their lasting keys when people use them.
    st.session_state["_page_resolved"] = True
    st.switch_page(navigation)  # not st.rerun(), which would lose a deep link's page
navigation.run()
