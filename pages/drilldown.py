"""Kecamatan & Desa: a kab/kota's kecamatan, then a kecamatan's villages, by click or by list."""

import streamlit as st

import ui
from domain import regions
from i18n import t
from loaders import areas
from maps.thematic import thematic_map
from ui import auth, links
from views import drilldown as view
from views import thematic_common

lang = ui.lang()
st.title(t("drill.title", lang))
st.caption(t("drill.intro", lang))

if areas.kecamatan_areas() is None:
    st.info(t("drill.no_layers", lang))
    st.stop()

outreach = auth.dataset("outreach", lang)
ui.demo_banner(lang, [outreach])
# ?kab=64.72&kec=64.72.04 opens that kecamatan's villages; the address bar follows the choices.
kab = links.district_box(lang, "drill_kab", t("district", lang),
                         st.session_state.get("selected_district"),
                         lambda c: regions.get(c).label)
if kab is None:
    st.stop()
name = regions.get(kab).official_name

kecamatan = areas.kecamatan_areas(kab)
st.subheader(t("drill.kec_title", lang, name=name))
counts = view.activity_counts(outreach.frame, kab, kecamatan.frame["nama"])
m = thematic_map(kecamatan.frame, view.activity_layer(kecamatan.frame, counts, lang, name),
                 thematic_common.map_frame(lang, False, outreach.is_demo, kecamatan.attribution))
clicked = ui.show_map(m, key=f"drill_kec_map_{kab}", height=460,
                      returned_objects=["last_active_drawing"])
clicked_code = ((clicked or {}).get("last_active_drawing") or {}).get("id")
if clicked_code and clicked_code != st.session_state.get("drill_kec_clicked"):
    st.session_state["drill_kec_clicked"] = clicked_code
    st.session_state["drill_kec"] = clicked_code
    st.rerun()

options = [""] + kecamatan.frame["kode"].tolist()
names = dict(zip(kecamatan.frame["kode"], kecamatan.frame["nama"]))
links.kecamatan_request(lang, "drill_kec", kab, options[1:])
if st.session_state.get("drill_kec") not in options:
    st.session_state["drill_kec"] = ""
kec = st.selectbox(t("drill.kecamatan", lang), options, key="drill_kec",
                   format_func=lambda c: f"{names[c]} ({c})" if c else t("drill.all", lang))
links.keep_kecamatan_in_url("drill_kec", kec)
if kec:
    desa = areas.desa_areas(kec_code=kec)
    if desa is not None and len(desa.frame):
        st.subheader(t("drill.desa_title", lang, name=names[kec]))
        counts = view.activity_counts(outreach.frame, kab, desa.frame["nama"])
        m = thematic_map(desa.frame, view.activity_layer(desa.frame, counts, lang, names[kec]),
                         thematic_common.map_frame(lang, False, outreach.is_demo, desa.attribution))
        ui.show_map(m, key=f"drill_desa_map_{kec}", height=460)
