"""Shareable links, the rules without Streamlit: which ``?kab=`` and ``?kec=`` values are taken,
the message for an unknown code, and a link taken once so that a later choice sticks (the pages
opening a link: tests/app/test_links.py)."""

from __future__ import annotations

from i18n import t
from views import links


def test_district_param_takes_known_codes_and_names_unknown_ones():
    assert links.district_param("64.72", "id") == ("64.72", None)
    assert links.district_param(" 64.74 ", "en") == ("64.74", None)
    assert links.district_param(None, "id") == (None, None)
    assert links.district_param("", "id") == (None, None)
    code, message = links.district_param("99.99", "en")
    assert code is None and "99.99" in message and "64.72" in message
    assert links.district_param("<b>x</b>", "id")[1] == t("links.bad_kab", "id", value="<b>x</b>")


def test_kecamatan_param_must_belong_to_the_district():
    assert links.kecamatan_param("64.72.04", "64.72", ["64.72.01", "64.72.04"], "id") == \
        ("64.72.04", None)
    code, message = links.kecamatan_param("64.01.01", "64.72", ["64.72.04"], "en")
    assert code is None and "64.01.01" in message and "Kota Samarinda" in message


def test_a_link_is_taken_once_so_a_later_choice_sticks():
    state, url = {}, {"kab": "64.72"}
    assert links.take_requested(state, "box", url["kab"], "64.72")
    assert state["box"] == "64.72"
    state["box"] = "64.01"  # the user picks another district
    assert not links.take_requested(state, "box", url["kab"], "64.72")
    assert state["box"] == "64.01"
    links.keep_in_url(url, state, "box", "kab", state["box"])
    assert url == {"kab": "64.01"}
    assert not links.take_requested(state, "box", url["kab"], "64.01")
    url["kab"] = "64.74"  # a new link in the same session
    assert links.take_requested(state, "box", url["kab"], "64.74") and state["box"] == "64.74"
    links.keep_in_url(url, state, "box", "kab", None)
    assert url == {}
