"""Kecamatan & Desa: a kab/kota's kecamatan, then a kecamatan's villages, by click or by list;
coloured by the conflict-risk level reported per kecamatan (for those who may see the internal
reports), with incidents and activities as points."""

import streamlit as st

import ui
from domain import regions
from i18n import fmt_period, t
from indicators import figures, grain
from loaders import areas
from maps import points
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
# Conflict-risk reports and incidents are internal: a visitor sees the public outreach only
# (auth.can_view: the same check as auth.dataset, without its "restricted" notice here).
internal = auth.can_view("conflict_risk")
conflict = auth.dataset("conflict_risk", lang) if internal else None
incidents = auth.dataset("incidents", lang) if auth.can_view("incidents") else None
ui.demo_banner(lang, [outreach] + ([conflict] if conflict is not None else []))
# ?kab=64.72&kec=64.72.04 opens that kecamatan's villages; the address bar follows the choices.
kab = links.district_box(lang, "drill_kab", t("district", lang),
                         st.session_state.get("selected_district"),
                         lambda c: regions.get(c).label)
if kab is None:
    st.stop()
name = regions.get(kab).official_name
if not internal:
    st.caption(t("grain.drill.public_only", lang))

kecamatan = areas.kecamatan_areas(kab)
periods = figures.kecamatan_periods(conflict.frame, kab) if conflict is not None else []
period = None
if periods:
    preferred = figures.default_period(conflict.frame)
    period = st.selectbox(t("grain.drill.period", lang), periods[::-1], key=f"drill_period_{kab}",
                          index=periods[::-1].index(preferred) if preferred in periods else 0,
                          format_func=lambda p: fmt_period(p, lang))
elif conflict is not None:
    st.caption(t("grain.drill.no_report", lang, name=name))

layer_frame = kecamatan.frame
acts = grain.locate_kecamatan(outreach.frame, layer_frame)
incs = grain.locate_kecamatan(incidents.frame, layer_frame) if incidents is not None else None
is_demo = outreach.is_demo or bool(conflict and conflict.is_demo)


def draw(units, title: str, level_rows, column: str, kec_code: str | None, key: str):
    """One drill-down map: risk levels (or activities), then the incidents and activities."""
    counts = view.unit_counts(acts, kab, units.frame, column)
    if level_rows is not None:
        inc_counts = view.unit_counts(incs, kab, units.frame, column) if incs is not None else None
        layer = view.risk_layer(units.frame, level_rows, counts, inc_counts, lang, title, period)
    else:
        layer = view.activity_layer(units.frame, counts, lang, title)
    m = thematic_map(units.frame, layer,
                     thematic_common.map_frame(lang, False, is_demo, units.attribution))
    fields = [("_label", t("drill.unit", lang)), ("_kecamatan", t("grain.tooltip.kecamatan", lang)),
              ("_tanggal", t("grain.drill.date", lang))]
    if incs is not None:
        rows = view.point_rows(incs, kab, kec_code, view.INCIDENT_COLOUR, "kategori", "category.",
                               lang)
        points.add_clustered_points(m, rows, fields, t("grain.drill.incidents", lang))
    rows = view.point_rows(acts, kab, kec_code, view.ACTIVITY_COLOUR, "jenis_kegiatan", "activity.",
                           lang)
    points.add_clustered_points(m, rows, fields, t("grain.drill.activities", lang))
    return ui.show_map(m, key=key, height=460, returned_objects=["last_active_drawing"])


st.subheader(t("drill.kec_title", lang, name=name))
levels = grain.kecamatan_levels(conflict.frame, kab, period) if period else None
clicked = draw(kecamatan, name, levels, "kecamatan", None, f"drill_kec_map_{kab}")
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
        kec_code = view.kemendagri_codes(kecamatan.frame[kecamatan.frame["kode"] == kec]).iloc[0]
        desa_levels = grain.desa_levels(conflict.frame, kec_code, period) if period else None
        if desa_levels is not None and desa_levels.empty:
            desa_levels = None  # no report per desa: the villages show the activities
        draw(desa, names[kec], desa_levels, "desa", kec_code, f"drill_desa_map_{kec}")
