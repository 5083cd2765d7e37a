"""Streamlit glue of the Verifikasi page: the queue of field reports (oldest first) on a map, each
with its likely duplicates; verify or refute with a note against the revision the editor saw;
the handling team's steps; and the time from report to verification and to handling per
district. Every action goes through ``accounts.field_desk``."""

from __future__ import annotations

import pandas as pd
import streamlit as st

import ui
from accounts import field_desk
from accounts.access import User
from domain import field_reports as rules
from domain import regions
from i18n import fmt_date, fmt_datetime, fmt_number, t
from maps.field import queue_map
from maps.palette import SERIES_COLOURS
from storage import backends
from storage.base import StoreError
from views.text import md_escape
from views.thematic_common import category_label

PROVINCE_BOUNDS = (113.8, -2.6, 119.2, 2.6)
STALE_KEY = "verify_stale"


def _rows_text(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Reports as plain text cells: descriptions stay text (st.dataframe renders no HTML)."""
    return pd.DataFrame({
        t("field.col.reported_at", lang): frame["dilaporkan_pada"].map(
            lambda v: fmt_datetime(v or None, lang)),
        t("field.col.date", lang): frame["tanggal"].map(lambda d: fmt_date(d, lang)),
        t("field.col.district", lang): frame["kab_kota"].map(lambda c: regions.get(c).short_name),
        t("field.col.kecamatan", lang): frame["kecamatan"],
        t("field.col.desa", lang): frame["desa"],
        t("field.col.category", lang): frame["kategori"].map(lambda c: category_label(c, lang)),
        t("field.col.description", lang): frame["deskripsi"],
        t("field.col.victims", lang): frame["korban"].map(lambda v: fmt_number(v, lang)),
        t("field.col.source", lang): frame["sumber"],
        t("field.col.reporter", lang): frame["pelapor"],
        t("field.col.status", lang): frame["status_verifikasi"].map(
            lambda s: t(f"thematic.verification.{s}", lang)),
    })


def _points(queue: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list]:
    located = queue[queue["lat"].notna() & queue["lon"].notna()]
    frame = pd.DataFrame({
        "lat": located["lat"].astype(float).values, "lon": located["lon"].astype(float).values,
        "_colour": SERIES_COLOURS[1],
        "tanggal": located["tanggal"].map(lambda d: fmt_date(d, lang)).values,
        "kategori": located["kategori"].map(lambda c: category_label(c, lang)).values,
        "kecamatan": located["kecamatan"].values,
    })
    return frame, [("tanggal", t("field.col.date", lang)),
                   ("kategori", t("field.col.category", lang)),
                   ("kecamatan", t("field.col.kecamatan", lang))]


def queue_section(user: User, frame: pd.DataFrame, lang: str) -> None:
    queue = field_desk.queue(frame, user)
    st.subheader(t("field.verify.queue", lang, count=len(queue)))
    if queue.empty:
        st.caption(t("field.verify.empty", lang))
        return
    points, fields = _points(queue, lang)
    ui.show_map(queue_map(points, fields, t("field.verify.queue_map", lang), PROVINCE_BOUNDS),
                key="verify_map", height=360)
    for _, row in queue.iterrows():
        _report_card(user, frame, row, lang)


def _seen(report_id: str, row: pd.Series) -> int | None:
    """The revision of the report this editor was first shown, kept across reruns: a button's
    rerun reads the store again, and deciding on that fresh read would overwrite a change the
    editor never saw. Replaced only once the change has been shown (a stale refusal)."""
    key = f"verify_seen_{report_id}"
    if key not in st.session_state:
        st.session_state[key] = None if pd.isna(row["revisi"]) else int(row["revisi"])
    return st.session_state[key]


def _report_card(user: User, frame: pd.DataFrame, row: pd.Series, lang: str) -> None:
    report_id = row["id_laporan"]
    revision = _seen(report_id, row)
    with st.container(border=True):
        # The id may come from an uploaded incidents file: markdown-escaped, never a link/image.
        st.markdown(f"**{t('field.verify.report', lang, id=md_escape(report_id[:8]))}**")
        report, beside = st.columns([3, 2])  # the report, and its likely duplicates beside it
        report.dataframe(_rows_text(pd.DataFrame([row]), lang), hide_index=True, width="stretch")
        if row["foto"]:
            data = field_desk.photo(_store(), user, row["foto"])
            if data:
                report.image(data, width=240)
        duplicates = rules.likely_duplicates(frame, row)
        if duplicates.empty:
            beside.caption(t("field.verify.no_duplicates", lang))
        else:
            beside.caption(t("field.verify.duplicates", lang, count=len(duplicates)))
            beside.dataframe(_rows_text(duplicates, lang), hide_index=True, width="stretch")
        note = st.text_input(t("field.verify.note", lang), key=f"verify_note_{report_id}",
                             max_chars=rules.MAX_NOTE)
        stale = st.session_state.get(STALE_KEY, {}).get(report_id)
        if stale is not None:
            st.error(t("field.error.stale", lang, revision=stale.get("revisi")))
            st.dataframe(_rows_text(rules.frame_of([stale]), lang), hide_index=True,
                         width="stretch")
        verify, refute = st.columns(2)
        for column, decision in ((verify, "diverifikasi"), (refute, "dibantah")):
            if column.button(t(f"field.verify.do.{decision}", lang),
                             key=f"verify_{decision}_{report_id}", width="stretch"):
                _act(lambda d=decision: field_desk.decide(
                    _store(), user, report_id, revision, d, note), report_id, lang)


def _store():
    return backends.open_store()


def _act(action, report_id: str, lang: str) -> None:
    """Run a desk action; a stale report is kept to show the editor what changed."""
    stale = st.session_state.setdefault(STALE_KEY, {})
    try:
        action()
    except rules.StaleReportError as error:
        stale[report_id] = error.current  # shown with the report: now the editor has seen it
        revision = error.current.get("revisi")
        st.session_state[f"verify_seen_{report_id}"] = None if pd.isna(revision) else int(revision)
        st.rerun()
    except rules.FieldReportError as error:
        st.error(error.message(lang))
        return
    except StoreError as error:
        st.error(error.message(lang))
        return
    stale.pop(report_id, None)
    st.session_state.pop(f"verify_seen_{report_id}", None)
    st.session_state["verify_done"] = report_id
    st.rerun()


def follow_up_section(user: User, frame: pd.DataFrame, lang: str) -> None:
    """The handling team's steps on verified field reports: ditangani, then selesai."""
    st.subheader(t("field.follow.title", lang))
    verified = frame[(frame["status_verifikasi"] == rules.PUBLISHED) & (frame["id_laporan"] != "")
                     & (frame["tindak_lanjut"] != "selesai")]
    if user.role != "admin" and user.districts:
        verified = verified[verified["kab_kota"].isin(user.districts)]
    if verified.empty:
        st.caption(t("field.follow.none", lang))
        return
    labels = {r["id_laporan"]: f"{r['id_laporan'][:8]} · {regions.get(r['kab_kota']).short_name} · "
              f"{category_label(r['kategori'], lang)} · {fmt_date(r['tanggal'], lang)}"
              for _, r in verified.iterrows()}
    chosen = st.selectbox(t("field.follow.report", lang), list(labels), key="follow_report",
                          format_func=labels.get)
    row = verified[verified["id_laporan"] == chosen].iloc[0]
    step = "selesai" if row["tindak_lanjut"] == "ditangani" else "ditangani"
    if row["catatan_tindak_lanjut"]:
        st.text(row["catatan_tindak_lanjut"])
    note = st.text_input(t("field.follow.note", lang), key=f"follow_note_{chosen}",
                         max_chars=rules.MAX_NOTE)
    revision = _seen(chosen, row)
    stale = st.session_state.get(STALE_KEY, {}).get(chosen)
    if stale is not None:
        st.error(t("field.error.stale", lang, revision=stale.get("revisi")))
        st.dataframe(_rows_text(rules.frame_of([stale]), lang), hide_index=True, width="stretch")
    if st.button(t(f"field.follow.do.{step}", lang), key=f"follow_{step}_{chosen}"):
        _act(lambda: field_desk.follow_up(_store(), user, chosen, revision, step, note), chosen,
             lang)


def times_section(frame: pd.DataFrame, lang: str) -> None:
    """Median time from report to verification and to handling, per kab/kota."""
    st.subheader(t("field.times.title", lang))
    times = rules.response_times(frame)
    if times.empty:
        st.caption(t("field.times.none", lang))
        return
    st.dataframe(pd.DataFrame({
        t("field.col.district", lang): times["kab_kota"].map(lambda c: regions.get(c).short_name),
        t("field.times.reports", lang): times["laporan"].map(lambda v: fmt_number(v, lang)),
        t("field.times.waiting", lang): times["menunggu"].map(lambda v: fmt_number(v, lang)),
        t("field.times.to_verify", lang): times["jam_ke_verifikasi"].map(
            lambda v: fmt_number(v, lang, 1)),
        t("field.times.to_handle", lang): times["jam_ke_penanganan"].map(
            lambda v: fmt_number(v, lang, 1)),
        t("field.times.done", lang): times["selesai"].map(lambda v: fmt_number(v, lang)),
    }), hide_index=True, width="stretch")
    st.caption(t("field.times.note", lang))
