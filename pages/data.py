"""Data: templates, upload with a validation report and a preview, commit, history, rollback."""

import hashlib

import streamlit as st

import ui
from domain import changes
from domain.schema import DATASETS, forms_of
from exports import formats, templates
from i18n import t
from loaders import readers, uploads
from storage import backends, base, datasets, faults
from ui import auth, screen
from views import data as view


def constant_inputs(name: str, missing: list[str], digest: str, lang: str) -> dict[str, str]:
    """Inputs for the file-constant columns the file lacks; the values given, by column."""
    if not missing:
        return {}
    st.markdown(f"**{t('published.constants.title', lang)}**")
    st.caption(t("published.constants.intro", lang))
    values = {}
    for column_name in missing:
        column = DATASETS[name].column(column_name)
        hint = (t("published.constants.allowed", lang, values=", ".join(column.allowed))
                if column.allowed else templates.column_description(DATASETS[name], column, lang))
        value = st.text_input(t("published.constants.input", lang, column=column_name),
                              key=f"constant_{name}_{column_name}_{digest}", help=hint or None)
        if value.strip():
            values[column_name] = value.strip()
    return values


lang = ui.lang()
user = auth.require("upload", lang)
st.title(t("data.title", lang))
st.caption(t("data.intro", lang))

name = st.selectbox(t("data.dataset", lang), list(DATASETS), key="data_dataset",
                    format_func=lambda n: t(f"dataset.{n}", lang))
# A store that cannot be written (read-only, full, unreachable, damaged) refuses uploads here with
# the reason; the notice above the page says which and what to do.
fault = backends.store_health()
if fault is not None:
    st.warning(t("store.fault.writes_refused", lang, reason=fault.message(lang)))
    if not fault.readable:
        st.stop()
store = backends.open_store()

st.subheader(t("data.templates", lang))
cols = st.columns(2)
for col, fmt in zip(cols, ("xlsx", "csv")):
    col.download_button(t(f"data.template.{fmt}", lang), templates.template(name, fmt),
                        file_name=templates.template_filename(name, fmt), key=f"template_{fmt}")
forms = forms_of(name)
if forms:
    st.caption(t("published.form.title", lang))
    for form in forms:
        cols = st.columns(2)
        for col, fmt in zip(cols, ("xlsx", "csv")):
            col.download_button(
                t("published.form.download", lang, form=t(f"published.form.{form.name}", lang),
                  fmt=fmt), templates.form_template(form.name, fmt),
                file_name=templates.form_filename(form.name, fmt), key=f"form_{form.name}_{fmt}")

st.subheader(t("data.upload", lang))
limit_help, widget_mb = view.upload_limits(lang, st.get_option("server.maxUploadSize"))
upload = screen.file_uploader(t("data.upload.help", lang), lang, ("csv", "xlsx"), f"upload_{name}",
                              shown_limit_mb=readers.max_upload_bytes() / 2**20,
                              help=limit_help, max_upload_size=widget_mb,
                              disabled=fault is not None)
st.caption(limit_help)
if upload is not None and fault is None:
    data = upload.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    # A file without a pemilihan / sumber column (a KPU DPT recap): one value for all its rows.
    missing_key = f"missing_constants_{name}_{digest}"
    if missing_key not in st.session_state:
        st.session_state[missing_key] = uploads.missing_constant_columns(name, data, upload.name)
    constants = constant_inputs(name, st.session_state[missing_key], digest, lang)
    cache_key = f"report_{name}_{digest}_{lang}_{sorted(constants.items())}"
    if cache_key not in st.session_state:  # validate once per file, not on every rerun
        bar = st.progress(0.0, text=t("data.validating", lang))
        report = uploads.check_upload(
            name, data, upload.name, lang, constants=constants,
            progress=lambda step, total, column: bar.progress(
                step / max(total, 1), text=t("cli.progress", lang, step=step, total=total,
                                             column=column)))
        report.problems.extend(view.scope_problems(report, user, lang))
        bar.empty()
        try:
            store.audit(user.name, "upload_checked", name, {
                "file_name": upload.name, "file_sha256": digest, "bytes": len(data),
                "rows": report.rows_read, "errors": len(report.errors), "ok": report.ok})
        except faults.StoreFaultError as error:  # e.g. the disk filled up meanwhile
            st.error(t("store.fault.writes_refused", lang, reason=error.message(lang)))
            st.stop()
        st.session_state[cache_key] = report
    report = st.session_state[cache_key]

    summary = t("report.summary", lang, file=view.md_escape(upload.name), rows=report.rows_read,
                errors=len(report.errors), warnings=len(report.warnings),
                notes=len(report.notes))
    (st.success if report.ok else st.error)(summary)
    if report.problems:
        # st.table wraps long cells: the message column (what to do) is never cut.
        st.table(view.problems_table(report.errors + report.warnings + report.notes, lang),
                 hide_index=True)
    if not report.ok:
        st.warning(t("report.verdict.rejected", lang))
    else:
        replace = user.role == "admin" and st.checkbox(t("data.replace", lang), key="replace")
        proposal = datasets.propose(name, report.frame, store, replace=replace, lang=lang)
        st.markdown(f"**{t('data.preview', lang)}**")
        if proposal.replaces_demo:
            st.info(t("cli.preview.replaces_demo", lang))
        st.caption(t("cli.preview.summary", lang, **changes.summary(proposal.changes)))
        st.dataframe({t("data.col.change", lang): [c.describe(lang) for c in proposal.changes]},
                     hide_index=True, width="stretch", key="preview_table")
        if not proposal.changes and not proposal.replaces_demo:
            st.info(t("store.error.no_change", lang, dataset=t(f"dataset.{name}", lang),
                      version=f"v{proposal.expected_version}"))
        elif st.button(t("data.commit", lang), type="primary", key="commit"):
            try:
                info = store.commit(name, proposal.result, user=user.name,
                                    expected_current_version=proposal.expected_version,
                                    file_name=upload.name, file_sha256=digest)
            except base.NoChangeError as error:
                st.info(error.message(lang))
            except base.StoreError as error:
                st.error(error.message(lang))
            else:
                st.session_state.pop(cache_key, None)
                st.success(t("data.committed", lang, version=info.label, rows=info.row_count))

st.subheader(t("data.history", lang))
history = store.history(name)
st.dataframe(view.history_table(history, lang), hide_index=True, width="stretch",
             key="history_table")
if user.can("rollback") and len(history) > 1:
    target = st.selectbox(t("data.rollback.version", lang),
                          [i.version for i in reversed(history[:-1])],
                          format_func=lambda v: f"v{v}", key="rollback_version")
    if st.button(t("data.rollback", lang), key="rollback"):
        try:
            info = store.rollback(name, target, user=user.name,
                                  expected_current_version=history[-1].version)
        except base.StoreError as error:
            st.error(error.message(lang))
        else:
            st.success(t("data.rolled_back", lang, target=f"v{target}", version=info.label))

if user.can("export"):
    st.subheader(t("data.export", lang))
    cols = st.columns(3)
    for col, fmt in zip(cols, ("csv", "xlsx", "geojson")):
        if col.button(t("data.export.prepare", lang, format=fmt.upper()), key=f"prep_{fmt}"):
            st.session_state[f"export_{fmt}"] = formats.export_current(name, fmt, user.name, store)
        if f"export_{fmt}" in st.session_state:
            content, filename = st.session_state[f"export_{fmt}"]
            col.download_button(t("data.export.download", lang, format=fmt.upper()), content,
                                file_name=filename, key=f"download_{fmt}")
