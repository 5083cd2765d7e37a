"""Admin: users and roles, public datasets, the audit trail."""

import streamlit as st

import ui
from accounts import access, errors
from domain import regions
from domain.schema import DATASETS
from exports import frames
from i18n import t
from storage import backends
from ui import auth, screen
from views import data as view

lang = ui.lang()
admin = auth.require("manage_users", lang)
st.title(t("admin.title", lang))
acc = auth.account_store()

st.subheader(t("admin.users", lang))
users = acc.list_users()
st.dataframe({
    t("admin.col.name", lang): [u.name for u in users],
    t("admin.role", lang): [t(f"auth.role.{u.role}", lang) for u in users],
    t("district", lang): [", ".join(u.districts) or t("auth.all_districts", lang) for u in users],
    t("admin.col.active", lang): [u.active for u in users],
}, hide_index=True, width="stretch")

with st.form("add_user", clear_on_submit=True):
    st.markdown(f"**{t('admin.add_user', lang)}**")
    name = st.text_input(t("auth.username", lang))
    password = st.text_input(t("auth.password", lang), type="password")
    role = st.selectbox(t("admin.role", lang), access.ROLES,
                        format_func=lambda r: t(f"auth.role.{r}", lang))
    districts = st.multiselect(t("admin.districts", lang), regions.codes(),
                               format_func=lambda c: regions.get(c).label,
                               **screen.multiselect_texts(lang, t("auth.all_districts", lang)))
    if st.form_submit_button(t("admin.add_user", lang)):
        try:
            acc.add_user(name, password, role, districts, by=admin.name)
        except errors.AccountError as error:
            st.error(error.message(lang))
        else:
            st.success(t("admin.added", lang, name=view.md_escape(name.strip().lower())))

others = [u.name for u in users if u.active and u.name != admin.name]
if others:
    cols = st.columns([3, 1])
    target = cols[0].selectbox(t("admin.deactivate", lang), others, key="deactivate_user")
    if cols[1].button(t("admin.deactivate", lang), key="deactivate"):
        acc.set_active(target, False, by=admin.name)
        st.success(t("admin.deactivated", lang, name=target))

st.subheader(t("admin.public", lang))
public = st.multiselect(t("admin.public", lang), list(DATASETS),
                        default=sorted(acc.public_datasets()),
                        format_func=lambda n: t(f"dataset.{n}", lang), key="public_datasets",
                        **screen.multiselect_texts(lang))
if st.button(t("admin.public.save", lang), key="save_public"):
    acc.set_public_datasets(public, by=admin.name)
    st.success(t("admin.public.saved", lang))

st.subheader(t("admin.audit", lang))
entries = backends.open_store().read_audit(limit=500)
table = view.audit_table(entries, lang)
st.dataframe(table, hide_index=True, width="stretch")
st.download_button(t("admin.audit.download", lang), frames.to_csv_bytes(table),
                   file_name="jejak_audit.csv", key="audit_download")
