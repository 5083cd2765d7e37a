"""Batas Wilayah: import official boundaries, download the open dataset and switch versions
(admins: a layer covers the whole province); editors see the stored versions. Every import is a
new version; the previous stays available. The role is checked here on the server and again in
``loaders.boundaries`` (``actor=``), whatever the page shows."""

import streamlit as st

import ui
from i18n import MISSING, fmt_datetime, t
from loaders import boundaries, boundaries_download, boundaries_import
from storage import boundary_layers, boundary_store
from ui import auth, screen
from views import data as view

lang = ui.lang()
user = auth.require("upload", lang)
manage = user.can(boundaries_import.MANAGE_PERMISSION)
st.title(t("bnd.title", lang))
st.caption(t("bnd.intro", lang))
if not manage:
    st.info(t("bndh.admin_only", lang))


def level_label(level: str) -> str:
    return t(f"boundaries.level.{level}", lang)


def show_report(lines: list[str], ok: bool) -> None:
    (st.success if ok else st.error)(view.md_escape(lines[0]) if lines else "")
    if len(lines) > 1:
        st.dataframe({t("data.col.message", lang): lines[1:]}, hide_index=True, width="stretch")


if manage:
    st.subheader(t("bnd.import", lang))
    level = st.selectbox(t("bnd.level", lang), boundary_layers.LEVELS, format_func=level_label,
                         key="bnd_level")
    upload = screen.file_uploader(t("bnd.upload.help", lang), lang,
                                  ("geojson", "json", "zip", "gpkg", "kml"), "bnd_upload")
    incomplete_ok = st.checkbox(t("bndh.allow_incomplete", lang), key="bnd_import_incomplete")
    if upload is not None and st.button(t("bnd.import.button", lang), key="bnd_import"):
        with st.spinner(t("bnd.importing", lang)):
            report = boundaries_import.import_boundaries_bytes(upload.getvalue(), upload.name, level,
                                                        user=user.name, actor=user,
                                                        allow_incomplete=incomplete_ok)
        show_report(report.lines(lang), report.ok)

if manage:
    st.subheader(t("bnd.download", lang))
    st.caption(t("bnd.download.help", lang))
    base_url = st.text_input(t("bnd.download.base_url", lang),
                             value=boundaries_download.DEFAULT_BASE_URL, key="bnd_base_url")
    with_desa = st.checkbox(t("bndl.page.include_desa", lang), value=True, key="bnd_with_desa")
    if st.button(t("bnd.download.button", lang), key="bnd_download"):
        bar = st.progress(0.0, text=t("bnd.download.start", lang))

        def on_progress(event: boundaries_download.Progress) -> None:
            bar.progress(min(1.0, event.fraction), text=f"{event.index}/{event.count} {event.name}")

        levels = boundary_layers.LEVELS if with_desa else ("kabupaten", "kecamatan")
        report = boundaries_download.download_boundaries(base_url, progress=on_progress,
                                                         user=user.name, actor=user,
                                                         levels=levels)
        bar.empty()
        show_report(report.lines(lang), report.ok)

st.subheader(t("bnd.versions", lang))
for lvl in boundary_layers.LEVELS:
    versions = boundary_store.layer_versions(lvl)
    st.markdown(f"**{level_label(lvl)}**")
    if not versions:
        st.caption(t("bnd.none", lang))
        continue
    st.dataframe({
        t("data.col.version", lang): [f"v{v.version}" + (" ✓" if v.current else "")
                                      for v in versions],
        t("data.col.when", lang): [fmt_datetime(v.created_at, lang) for v in versions],
        t("data.col.who", lang): [v.user for v in versions],
        t("data.col.file", lang): [str(v.provenance.get("file_name", MISSING)) for v in versions],
        "SHA-256": [str(v.provenance.get("sha256", ""))[:16] for v in versions],
        t("bnd.units", lang): [str(v.counts.get("units", v.counts.get("features", MISSING)))
                               for v in versions],
        t("bndh.complete", lang): [
            t("bndh.complete.no", lang, count=len(boundaries_import.version_missing(v)))
            if boundaries_import.version_missing(v) else t("bndh.complete.yes", lang) for v in versions],
    }, hide_index=True, width="stretch", key=f"bnd_versions_{lvl}")
    if manage and (len(versions) > 1 or not any(v.current for v in versions)):
        chosen = st.selectbox(t("bnd.activate", lang), [v.version for v in versions],
                              format_func=lambda v: f"v{v}", key=f"bnd_pick_{lvl}")
        confirm = st.checkbox(t("bndh.allow_incomplete", lang), key=f"bnd_incomplete_{lvl}")
        if st.button(t("bnd.activate", lang), key=f"bnd_activate_{lvl}"):
            try:
                boundaries_import.activate(lvl, chosen, user=user.name, actor=user,
                                    allow_incomplete=confirm)
                st.success(t("bnd.activated", lang, version=f"v{chosen}"))
            except boundaries.BoundaryError as error:
                st.error(view.md_escape(error.message(lang)))
            except KeyError:
                st.error(t("boundaries.cli.no_such_version", lang, level=level_label(lvl),
                           version=chosen))
