"""Peringatan Dini: where verified incidents surged above the area's own baseline
(indicators.alerts), on the kab/kota map and in a table, with the rule and its thresholds."""

import datetime as dt

import streamlit as st

import ui
from i18n import fmt_date, t
from indicators import alerts
from maps.thematic import thematic_map
from ui import auth, thematic
from ui.exports import export_buttons
from views import alerts as view
from views import thematic_common

lang = ui.lang()
incidents = thematic.start_page("alerts", lang, ["incidents"], map_keys=["alerts_map"])["incidents"]
if not auth.can_view("incidents"):
    st.stop()  # internal: the login note is shown; a map of "no alert" would mislead
as_of = st.date_input(t("alerts.as_of", lang), value=dt.date.today(), format="DD/MM/YYYY",
                      key="alerts_as_of")
thresholds = alerts.Thresholds.from_settings()
found = alerts.surge_alerts(incidents.frame, as_of, thresholds)
st.caption(t("alerts.count", lang, n=len(found), end=fmt_date(as_of, lang)) + " "
           + thresholds.text(lang).capitalize() + ".")

areas = ui.district_areas()
m = thematic_map(areas.frame, view.alert_layer(found, lang),
                 thematic_common.map_frame(lang, areas.schematic, incidents.is_demo,
                                           areas.attribution))
thematic.show_clickable_map(m, key="alerts_map", height=480)
if found:
    table = view.alerts_table(found, lang)
    st.dataframe(table, hide_index=True, width="stretch")
    export_buttons(table, f"peringatan_dini_{as_of.isoformat()}", lang)
