"""Entry point: ``streamlit run dashboard.py``.

This file is read twice. ``streamlit run`` finds the ``st.App`` below, imports this file as the
module ``dashboard`` and serves that ASGI app: Streamlit plus the login routes and the
session-cookie middleware of ``server.auth_routes``. The app then runs this same file as the script
of every browser session (as ``__main__``): page config, offline assets, the language switch, the
account box and the navigation over ``pages/``.
"""

import streamlit as st

if __name__ != "__main__":  # imported by the server (streamlit run / uvicorn dashboard:app)
    from streamlit.runtime.pages_manager import PagesManager

    import config
    from server import auth_routes as auth_server
    from server import static_cache, warmup

    config.check()  # a setting that cannot be used is named in the log at start, not at first use
    from domain import province

    _unknown = province.problem()  # DASHBOARD_PROVINCE=99: every page shows the refusal
    if _unknown is not None:
        import logging

        logging.getLogger("dashboard").error("%s", province.unknown_message(_unknown, "en"))

    # The pages live in pages/, Streamlit's old multipage folder, but navigation is st.navigation
    # below. Streamlit decides per process, on the first session, whether to treat pages/ as the
    # old kind of pages, until the script has called st.navigation once; a deep link such as
    # /presentasi opened as the very first request would then show "Page not found". Tell it now.
    PagesManager.uses_pages_directory = False
    app = st.App("dashboard.py", routes=auth_server.routes(),
                 middleware=[*auth_server.middleware(), *static_cache.middleware()])
    # Imports, datasets and the first map built in the background while the first browser loads
    # Streamlit's scripts (DASHBOARD_WARMUP=0: off; benchmarks/bench_cold_start.py).
    if _unknown is None:
        warmup.start()
else:
    import ui
    from domain import province
    from i18n import t
    from maps.assets import ensure_static_assets
    from storage import province_guard
    from ui import auth, field, screen, store_notice

    ensure_static_assets()  # Leaflet and jQuery into ./static before any map is drawn

    # The browser tab's title, in the language of the session (?lang= or the sidebar's choice).
    st.set_page_config(page_title=province.short_title(ui.lang()), layout="wide")
    screen.apply()  # screen CSS (1366x768 projector, 800 px laptop), kept in ui/screen.py
    _unknown = province.problem()
    if _unknown is not None:  # DASHBOARD_PROVINCE names no province: the refusal, no page
        st.title(t("prov.unknown_title", ui.lang()))
        st.error(province.unknown_message(_unknown, ui.lang()))
        st.stop()
    _mixed = province_guard.problem()
    if _mixed is not None:  # the store holds another province's data: refused, not mixed
        st.title(t("prov.store_other_title", ui.lang()))
        st.error(_mixed.message(ui.lang()))
        st.stop()

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
        ("pages/alerts.py", "nav.alerts", "peringatan-dini"),
        ("pages/foreigners.py", "nav.foreigners", "pemantauan-orang-asing"),
        ("pages/drilldown.py", "nav.drilldown", "kecamatan-desa"),
        ("pages/data.py", "nav.data", "data"),
        ("pages/boundaries.py", "nav.boundaries", "batas-wilayah"),
        ("pages/field_report.py", "field.nav.report", "lapor-kejadian"),
        ("pages/verification.py", "field.nav.verification", "verifikasi"),
        ("pages/admin.py", "nav.admin", "admin"),
        ("pages/login.py", "nav.login", "masuk"),
    ]
    # Pages listed only for users allowed the action. The others stay reachable by their URL
    # (hidden from the menu): each page checks the role on the server and, for a visitor not
    # logged in, shows what the page needs with the login form, which comes back to the page.
    RESTRICTED_PAGES = {
        "pages/data.py": "upload",
        "pages/boundaries.py": "upload",
        "pages/admin.py": "manage_users",
        "pages/foreigners.py": "view_foreigners",
        "pages/field_report.py": "submit_reports",
        "pages/verification.py": "publish_incidents",
    }

    lang = ui.lang()
    resolved = st.session_state.get("_page_resolved", False)
    shown = field.page_visibility(PAGES, RESTRICTED_PAGES)  # a pelapor: only their own pages
    navigation = st.navigation([
        st.Page(path, title=t(title, lang), url_path=url_path, default=(i == 0),
                visibility="visible" if shown[path] else "hidden")
        for i, (path, title, url_path) in enumerate(PAGES)
    ], expanded=True,  # every page in view: a presenter should not hunt behind "View more"
        position="sidebar" if resolved else "hidden")
    if not resolved:
        # The first run of a session does not yet know its page, and Streamlit keys widgets by
        # the page: a value chosen in the sidebar before the second run would be dropped. Rerun
        # at once, before drawing any widget or the menu (a click on a menu link during the first
        # run would be overridden by this switch), so the sidebar's widgets carry lasting keys.
        st.session_state["_page_resolved"] = True
        # Not st.rerun(), which would lose a deep link's page; with the query (the language, a
        # district, a login's message), which switch_page would drop.
        st.switch_page(navigation, query_params=st.query_params.to_dict())
    st.session_state[auth.PAGE_TITLE_KEY] = navigation.title
    store_notice.show_notice(lang)  # the store unreachable, read-only, full or damaged, first

    with st.sidebar:
        st.markdown(f"**{province.short_title(lang)}**")
        st.caption(province.agency(lang))
    ui.language_switch()
    auth.sidebar(lang)
    ui.map_view_switch(lang)
    st.sidebar.caption(t("app.offline_note", lang))
    field.gate(navigation.url_path, lang)  # a pelapor opens only Lapor Kejadian and Masuk
    store_notice.run_page(navigation, lang)
