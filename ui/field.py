"""Streamlit glue of the field-report pages: which pages a pelapor may open, the phone form of Lapor
Kejadian (one column, large controls), and a pelapor's own reports. Every action goes through
``accounts.field_desk``, which checks the role and the district on the server."""

from __future__ import annotations

import datetime as dt

import streamlit as st

import ui
from accounts import field_desk
from accounts.access import User
from domain import field_reports as rules
from domain import regions
from domain.schema import CONFLICT_CATEGORIES
from domain.subregions import default_subregions
from i18n import fmt_date, t
from loaders import field_location
from loaders.photos import MAX_PHOTO_BYTES, PhotoError
from maps.field import location_map
from storage import backends
from storage.base import StoreError
from ui import screen
from views.thematic_common import category_label

# The pages a pelapor may open (URL paths); every other page refuses them before it runs.
PELAPOR_PAGES = ("lapor-kejadian", "masuk")
LOGIN_PAGE = "masuk"  # listed only while logged out; its URL still says who is logged in
REPORT_PAGE = "pages/field_report.py"
TOKEN_KEY, GEN_KEY, POINT_KEY, CLICK_KEY = ("field_token", "field_gen", "field_point",
                                            "field_last_click")
PHOTO_TYPES = ["jpg", "jpeg", "png", "webp"]
OWN_SHOWN = 20  # newest reports listed under the form

# Phone-sized controls: at least 48 px to tap, text that does not zoom the page on focus.
PHONE_CSS = """<style>
.stButton button, .stFormSubmitButton button {min-height:3rem;font-size:1.05rem}
div[data-baseweb="select"] > div, .stTextInput input, .stNumberInput input,
.stDateInput input, .stTimeInput input, textarea {min-height:3rem;font-size:16px}
</style>"""


# "Use my location": the phone's position through the browser's geolocation, which asks the
# user for consent on the first tap. A bidirectional component (Streamlit's components v2) with
# its script inline, so it is served by this server like the page itself: nothing from outside.
GEOLOCATION_JS = """
export default function(component) {
  const { data, setTriggerValue, parentElement } = component;
  const button = parentElement.querySelector("button");
  button.textContent = data.label;
  button.onclick = () => {
    if (!navigator.geolocation) { setTriggerValue("position", {error: "unsupported"}); return; }
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (p) => { button.disabled = false; setTriggerValue("position",
        {lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy}); },
      (e) => { button.disabled = false; setTriggerValue("position", {error: String(e.code)}); },
      {enableHighAccuracy: true, timeout: 20000, maximumAge: 60000});
  };
}
"""
GEOLOCATION_CSS = """
button {width:100%;min-height:3rem;font:inherit;font-size:1.05rem;border-radius:.5rem;
border:1px solid rgba(49,51,63,.35);background:transparent;color:inherit;cursor:pointer}
"""
_geolocation = st.components.v2.component(
    "kb_geolocation", html="<button type='button'></button>", css=GEOLOCATION_CSS,
    js=GEOLOCATION_JS)


def _phone_position(lang: str) -> tuple[float, float] | None:
    """A position the phone reported on this rerun (the button was tapped and allowed), else
    None; a refusal or failure is said in the user's language."""
    result = _geolocation(data={"label": t("field.form.use_my_location", lang)},
                          key="field_geolocation", on_position_change=lambda: None)
    value = getattr(result, "position", None)
    if not isinstance(value, dict):
        return None
    if "error" in value:
        st.warning(t("field.form.geolocation_failed", lang))
        return None
    try:
        return round(float(value["lat"]), 6), round(float(value["lon"]), 6)
    except (KeyError, TypeError, ValueError):
        return None


def page_visibility(pages, restricted: dict[str, str]) -> dict[str, bool]:
    """For the menu: whether each page (path, title, url_path) is listed for this visitor. A
    pelapor sees only the pages they may open; others as before (the action a page needs). Masuk
    is listed only to a visitor not logged in (the sidebar has the logout)."""
    from ui import auth

    user = auth.current_user()
    shown = {}
    for path, _title, url_path in pages:
        if url_path == LOGIN_PAGE:
            shown[path] = user is None
        elif user is not None and user.role == "pelapor":
            shown[path] = url_path in PELAPOR_PAGES
        else:
            action = restricted.get(path)
            shown[path] = action is None or (user is not None and user.can(action))
    return shown


def gate(url_path: str, lang: str) -> None:
    """Stop any page but Lapor Kejadian and Masuk for a pelapor, on the server: they are not
    viewers and see nothing internal, whatever URL they open."""
    from ui import auth

    user = auth.current_user()
    if user is not None and user.role == "pelapor" and url_path not in PELAPOR_PAGES:
        st.error(t("field.pelapor_only", lang))
        st.page_link(REPORT_PAGE, label=t("field.nav.report", lang))
        st.stop()


def _store():
    return backends.open_store()


def _fresh_form() -> None:
    st.session_state[TOKEN_KEY] = rules.new_token()
    st.session_state[GEN_KEY] = st.session_state.get(GEN_KEY, 0) + 1
    st.session_state.pop(POINT_KEY, None)


def _district_choice(user: User, lang: str) -> str:
    codes = list(user.districts) or regions.codes()
    return st.selectbox(t("field.form.district", lang), codes, key="field_district",
                        format_func=lambda c: regions.get(c).official_name,
                        disabled=len(codes) == 1)


def _subregion_choice(code: str, gen: int, lang: str) -> tuple[str, str]:
    sub = default_subregions()
    kecamatan = [""] + [k.name for k in sub.kecamatan_of(code)]
    kec = st.selectbox(t("field.form.kecamatan", lang), kecamatan, key=f"field_kec_{code}_{gen}",
                       format_func=lambda n: n or t("field.form.unknown", lang))
    desa = [""]
    if kec:
        unit = next(k for k in sub.kecamatan_of(code) if k.name == kec)
        desa += [d.name for d in sub.desa_of(unit)]
    village = st.selectbox(t("field.form.desa", lang), desa, key=f"field_desa_{code}_{kec}_{gen}",
                           format_func=lambda n: n or t("field.form.unknown", lang))
    return kec, village


def _location(code: str, lang: str) -> tuple[float, float] | None:
    """The position tapped on the map (kept until cleared or tapped again)."""
    st.markdown(f"**{t('field.form.location', lang)}**")
    st.caption(t("field.form.location_help", lang))
    phone = _phone_position(lang)
    if phone is not None:
        st.session_state[POINT_KEY] = phone
    point = st.session_state.get(POINT_KEY)
    outline = field_location.outline(code)
    m = location_map(field_location.bounds(code), point, outline,
                     regions.get(code).official_name, t("field.form.location_point", lang))
    value = ui.show_map(m, key="field_location_map", height=320, returned_objects=["last_clicked"])
    if outline is None:  # no official boundary imported: say what the box is
        st.caption(t("field.form.box_note", lang, district=regions.get(code).official_name))
    click = value.get("last_clicked") if isinstance(value, dict) else None
    if isinstance(click, dict) and click != st.session_state.get(CLICK_KEY):
        st.session_state[CLICK_KEY] = click
        try:
            point = (round(float(click["lat"]), 6), round(float(click["lng"]), 6))
        except (KeyError, TypeError, ValueError):
            point = None
        st.session_state[POINT_KEY] = point
        st.rerun()  # draw the marker where it was tapped
    if point is None:
        st.caption(t("field.form.no_location", lang))
        return None
    st.success(t("field.form.location_set", lang, lat=f"{point[0]:.5f}", lon=f"{point[1]:.5f}"))
    if st.button(t("field.form.location_clear", lang), key="field_clear_location",
                 width="stretch"):
        st.session_state.pop(POINT_KEY, None)
        st.rerun()
    return point


def report_form(user: User, lang: str) -> None:
    """The phone form. The token made for this rendering of the form is the report's id, so the
    same form sent twice (a double tap, a resend on a bad connection) stores one report."""
    st.html(PHONE_CSS)
    if TOKEN_KEY not in st.session_state:
        _fresh_form()
    gen = st.session_state[GEN_KEY]
    now = dt.datetime.now(rules.WITA)
    day = st.date_input(t("field.form.date", lang), value=now.date(), max_value=now.date(),
                        key=f"field_date_{gen}", format="DD/MM/YYYY")
    moment = st.time_input(t("field.form.time", lang), value=now.time().replace(second=0,
                                                                                 microsecond=0),
                           key=f"field_time_{gen}", step=300)
    code = _district_choice(user, lang)
    kec, desa = _subregion_choice(code, gen, lang)
    point = _location(code, lang)
    outside = point is not None and not field_location.inside_district(point[0], point[1], code)
    confirmed = False
    if outside:
        st.warning(t("field.form.outside", lang, district=regions.get(code).official_name))
        confirmed = st.checkbox(t("field.form.outside_confirm", lang), key=f"field_conf_{gen}")
    category = st.selectbox(t("field.form.category", lang), CONFLICT_CATEGORIES,
                            key=f"field_cat_{gen}", format_func=lambda c: category_label(c, lang))
    text = st.text_area(t("field.form.description", lang), key=f"field_desc_{gen}",
                        max_chars=rules.MAX_DESCRIPTION)
    victims = st.number_input(t("field.form.victims", lang), min_value=0,
                              max_value=rules.MAX_VICTIMS, value=0, step=1, key=f"field_vic_{gen}")
    source = st.text_input(t("field.form.source", lang), key=f"field_src_{gen}",
                           max_chars=rules.MAX_SOURCE)
    # screen.file_uploader: the widget's own texts ("per file", "Upload") in the user's language
    photo = screen.file_uploader(t("field.form.photo", lang, limit=MAX_PHOTO_BYTES // (1024 * 1024)),
                                 lang, PHOTO_TYPES, f"field_photo_{gen}",
                                 limit_mb=MAX_PHOTO_BYTES / (1024 * 1024))
    if st.button(t("field.form.submit", lang), type="primary", key=f"field_submit_{gen}",
                 width="stretch"):
        report = rules.ReportInput(
            st.session_state[TOKEN_KEY], day, moment, code, kec, desa,
            point[0] if point else None, point[1] if point else None, category, text,
            int(victims), source)
        _submit(user, report, photo.getvalue() if photo is not None else None, confirmed, lang)
    if st.session_state.get("field_sent") == st.session_state[TOKEN_KEY]:
        if st.button(t("field.form.new", lang), key=f"field_new_{gen}", width="stretch"):
            st.session_state.pop("field_sent", None)
            _fresh_form()
            st.rerun()


def _submit(user: User, report: rules.ReportInput, photo: bytes | None, confirmed: bool,
            lang: str) -> None:
    try:
        outcome = field_desk.submit(_store(), user, report, photo, confirm_outside=confirmed)
    except rules.FieldReportError as error:
        st.error(error.message(lang))
        return
    except PhotoError as error:
        st.error(error.message(lang))
        return
    except StoreError as error:
        st.error(error.message(lang))
        return
    st.session_state["field_sent"] = report.token
    if outcome.stored:
        st.success(t("field.form.sent", lang, id=report.token[:8]))
    else:
        st.info(t("field.form.already_sent", lang, id=report.token[:8]))


def own_reports(user: User, lang: str) -> None:
    """A pelapor's reports and their status, as plain text cells (never HTML)."""
    st.subheader(t("field.own.title", lang))
    try:
        frame = _store().read("incidents").frame
    except StoreError as error:
        st.error(error.message(lang))
        return
    mine = field_desk.own_reports(frame, user)
    if mine.empty:
        st.caption(t("field.own.none", lang))
        return
    # Cards, not a wide table: readable on a phone. What the officer typed is shown with st.text
    # (plain text, never markdown or HTML).
    for _, row in mine.head(OWN_SHOWN).iterrows():
        with st.container(border=True):
            place = " · ".join(p for p in (regions.get(row["kab_kota"]).short_name,
                                           row["kecamatan"], row["desa"]) if p)
            st.text(f"{fmt_date(row['tanggal'], lang)} {row['waktu']} WITA · {place} · "
                    f"{category_label(row['kategori'], lang)}")
            st.text(row["deskripsi"])
            status = t(f"thematic.verification.{row['status_verifikasi']}", lang)
            if row["tindak_lanjut"]:
                status += " · " + t(f"field.step.{row['tindak_lanjut']}", lang)
            st.markdown(f"**{t('field.col.status', lang)}:** {status}")
