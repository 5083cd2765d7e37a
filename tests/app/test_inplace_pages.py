"""The page half of tests/unit/test_inplace.py: under AppTest (no frame ever answers), the
overview's in-place map gets its base with the first run and only updates after it, without the
frame confirming what it holds (a confirmation was one more run of the page after every first
draw, issue 15); back from another page, the base is sent at once (a new frame holds nothing)."""

from __future__ import annotations

import json

from tests.helpers.pages import run_page


def _inplace_args(at) -> list[dict]:
    found = []
    for element in at.main:
        proto = getattr(element, "proto", None)
        if proto is not None and getattr(proto, "json_args", ""):
            args = json.loads(proto.json_args)
            if "update" in args and "base" in args:
                found.append(args)
    return found


def test_the_base_goes_once_and_later_runs_send_only_the_update(data_dir):
    at = run_page("overview.py", "id")
    (first,) = _inplace_args(at)
    assert "script" in first and "coordinates" in first["script"]
    periods = at.select_slider(key="overview_period").options
    assert len(periods) >= 2
    at.select_slider(key="overview_period").set_value(periods[0]).run()
    (second,) = _inplace_args(at)
    assert "script" not in second and "codes" not in second  # no geometry again
    assert second["base"] == first["base"] and second["update"] != first["update"]
    at.run()
    assert "script" not in _inplace_args(at)[0]


def test_back_from_another_page_the_base_is_sent_at_once(data_dir):
    at = run_page("overview.py", "id")
    base = _inplace_args(at)[0]["base"]
    at.run()
    assert "script" not in _inplace_args(at)[0]
    at.switch_page("pages/reporting.py").run()
    at.switch_page("pages/overview.py").run()
    (back,) = _inplace_args(at)
    assert back["base"] == base and "script" in back  # not a round trip through the frame


def test_a_language_switch_sends_the_base_in_that_language(data_dir):
    at = run_page("overview.py", "id")
    base = _inplace_args(at)[0]["base"]
    at.sidebar.radio(key="language_switch").set_value("en").run()
    (english,) = _inplace_args(at)
    assert english["base"] != base and "script" in english
