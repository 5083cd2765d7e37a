"""Maps recoloured in place (issue 15): the update a period change sends (maps.thematic
layer_update) shows what a rebuilt map would show, escaped, without geometry; and the base map
sent once (ui.inplace_map.base_parts) does not change with the period. No browser."""

from __future__ import annotations

import json

import pandas as pd

from indicators import figures
from loaders import areas as loaders_areas
from maps import thematic
from maps.thematic import expand_update, layer_geojson, layer_update, neutral_layer, thematic_map
from storage import defaults
from ui.inplace_map import base_parts
from views import overview as view
from views import thematic_common

XSS = '<img src=x onerror="alert(1)">'
TEMPLATE = "{{ 7*7 }}"


def _summary(period):
    return figures.district_summary(
        defaults.load_demo("conflict_risk").frame, defaults.load_demo("participation").frame,
        defaults.load_demo("outreach").frame, period)


def _periods():
    return figures.periods(defaults.load_demo("conflict_risk").frame)


def test_the_update_draws_what_a_rebuilt_map_draws():
    tiles = loaders_areas.schematic_tiles().frame
    for period in _periods():
        layer = view.risk_layer(_summary(period), "id")
        update = layer_update(tiles, layer)
        shown = expand_update(update, tiles["kode"].tolist())
        rebuilt = layer_geojson(tiles, layer)
        for feature in rebuilt["features"]:
            style, strings = shown[feature["id"]]
            assert style == thematic._area_style(feature), (period, feature["id"])
            for column, _ in layer.tooltip:
                assert strings[column] == feature["properties"][column]
        stale = sorted({f["properties"][thematic.COLOUR_FIELD] for f in rebuilt["features"]
                        if f["properties"].get(thematic.STALE_FIELD)})
        assert update["stale_colours"] == stale


def test_the_update_carries_no_geometry_and_is_small():
    tiles = loaders_areas.schematic_tiles().frame
    layer = view.risk_layer(_summary(_periods()[-1]), "id")
    text = json.dumps(layer_update(tiles, layer))
    assert "coordinates" not in text and "geometry" not in text
    assert len(text.encode()) < 8_000  # ten districts: styles, tooltips, legend


def test_file_text_in_the_update_is_escaped_never_a_template():
    tiles = loaders_areas.schematic_tiles().frame
    summary = _summary(_periods()[-1])
    summary["sumber_risiko"] = XSS
    summary["nama"] = TEMPLATE
    layer = view.risk_layer(summary, "id")
    layer.legend_title = XSS
    update = layer_update(tiles, layer)
    text = json.dumps(update)
    assert XSS not in text and "&lt;img src=x" in text
    shown = expand_update(update, tiles["kode"].tolist())
    assert all(strings["nama"] == TEMPLATE for _, strings in shown.values())


def test_a_district_without_data_shows_no_data_not_the_last_colour():
    tiles = loaders_areas.schematic_tiles().frame
    summary = _summary(_periods()[-1])
    first = summary["kode"].iloc[0]
    summary.loc[summary["kode"] == first, ["tingkat_rawan", "skor"]] = pd.NA
    layer = view.risk_layer(summary, "id")
    style, strings = expand_update(layer_update(tiles, layer), tiles["kode"].tolist())[first]
    assert style["fillColor"] == thematic.NO_DATA_COLOUR
    assert strings["tingkat"] == "Tidak ada data"


def test_the_base_map_is_the_same_for_every_period_and_differs_by_language():
    tiles = loaders_areas.schematic_tiles()
    frame = thematic_common.map_frame("id", tiles.schematic, True)
    bases = {base_parts(thematic_map(tiles.frame, neutral_layer(view.risk_layer(_summary(p), "id")),
                                     frame))["base"] for p in _periods()}
    assert len(bases) == 1
    english = base_parts(thematic_map(
        tiles.frame, neutral_layer(view.risk_layer(_summary(_periods()[-1]), "en")),
        thematic_common.map_frame("en", tiles.schematic, True)))
    assert english["base"] not in bases
    parts = base_parts(thematic_map(tiles.frame, neutral_layer(view.risk_layer(
        _summary(_periods()[-1]), "id")), frame))
    assert all(link.startswith("/app/static/vendor/") for link in parts["js_links"])
    assert "coordinates" in parts["script"]  # the geometry travels with the base, once


def _risk_map(period):
    areas = loaders_areas.district_areas()
    frame = thematic_common.map_frame("id", areas.schematic, True, areas.attribution)
    return thematic_map(areas.frame, view.risk_layer(_summary(period), "id"), frame)


def test_the_base_map_is_what_st_folium_itself_would_send(monkeypatch):
    """``base_parts`` calls three private functions of streamlit_folium, in st_folium's order:
    this guard fails when a streamlit-folium release changes what st_folium sends (its script,
    header, html and links), so the pin in requirements.txt is never moved blindly."""
    import re

    import streamlit_folium

    sent = {}
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kwargs: sent.update(kwargs))
    period = _periods()[-1]
    streamlit_folium.st_folium(_risk_map(period), key="guard",
                               returned_objects=["last_active_drawing"])
    ours = base_parts(_risk_map(period))

    def same_names(text: str) -> str:  # folium names its elements with fresh uuids per map
        return re.sub(r"[0-9a-f]{32}", "ID", text)

    for part in ("script", "header", "html"):
        assert same_names(ours[part]) == same_names(sent[part]), part
    assert ours["css_links"] == sent["css_links"]
    assert ours["js_links"][:-1] == sent["js_links"]  # and ours adds the recolouring script
    assert ours["js_links"][-1].endswith("/kb/recolour.js")


def test_the_player_frames_are_each_periods_update_and_named_by_their_content():
    from maps.thematic import player_frames
    from ui.inplace_map import make_player

    areas = loaders_areas.district_areas()
    periods = _periods()
    layers = [(p, p, view.risk_layer(_summary(p), "id")) for p in periods]
    frames = player_frames(areas.frame, layers)
    assert [f["period"] for f in frames] == periods
    for frame, (_, _, layer) in zip(frames, layers):
        assert {k: v for k, v in frame["update"].items() if k != "stripe"} == \
            layer_update(areas.frame, layer)
        assert "geometry" not in json.dumps(frame)
    player = make_player(frames, "risk_period", periods[0])
    assert player.index == 0 and player.periods == periods
    assert make_player(frames, "risk_period", "1999-Q1").index == len(periods) - 1
    # the digest names the content: the same frames, the same digest; a change, a new one
    assert make_player(player_frames(areas.frame, layers), "k", None).digest == player.digest
    changed = player_frames(areas.frame, layers[:-1])
    assert make_player(changed, "k", None).digest != player.digest


# --- what a run sends (ui.inplace_map.plan): the server records the base it sent, it does not
# wait for the frame to confirm it (that confirmation was one more page run after every draw).

def test_the_first_run_sends_the_base_and_the_frames_and_records_them():
    from ui.inplace_map import plan

    decided = plan(None, mounted=False, base="B1", digest="F1")
    assert decided.send_base and decided.send_frames
    assert decided.record == {"base": "B1", "frames": "F1"}
    without_player = plan(None, mounted=False, base="B1", digest=None)
    assert without_player.send_base and not without_player.send_frames
    assert without_player.record == {"base": "B1", "frames": None}


def test_the_next_run_sends_only_the_update_when_the_record_names_the_base():
    from ui.inplace_map import plan

    first = plan(None, mounted=False, base="B1", digest="F1")
    # the run after: no word from the frame in between, and nothing is sent again
    second = plan(first.record, mounted=True, base="B1", digest="F1")
    assert not second.send_base and not second.send_frames
    assert second.record == first.record


def test_a_new_base_or_new_frames_are_sent_once():
    from ui.inplace_map import plan

    held = {"base": "B1", "frames": "F1"}
    layer = plan(held, mounted=True, base="B2", digest="F1")  # a layer or language switch
    assert layer.send_base and layer.send_frames  # a build drops the frames the frame held
    content = plan(held, mounted=True, base="B1", digest="F2")  # new data for the player
    assert not content.send_base and content.send_frames
    assert plan(content.record, mounted=True, base="B1", digest="F2").send_frames is False


def test_a_frame_not_on_the_previous_run_gets_the_base_whatever_the_record_says():
    """Another page and back: Streamlit keeps session_state, but the frame is a new one."""
    from ui.inplace_map import plan

    decided = plan({"base": "B1", "frames": "F1"}, mounted=False, base="B1", digest="F1")
    assert decided.send_base and decided.send_frames


def test_what_the_frame_says_it_holds_overrides_the_record_and_cannot_loop():
    """A remounted frame, or one that missed a render, asks for the map it lacks: its word
    replaces the record, the next run sends the base once, and the run after sends updates."""
    from ui.inplace_map import plan, record_from_value

    record = plan(None, mounted=False, base="B1", digest="F1").record
    assert record_from_value(None) is None and record_from_value("x") is None
    asked = record_from_value({"base": None, "frames": None, "ask": "1:abc",
                               "last_active_drawing": None})
    assert asked == {"base": None, "frames": None}
    resent = plan(asked, mounted=True, base="B1", digest="F1")
    assert resent.send_base and resent.send_frames and resent.record == record
    assert not plan(resent.record, mounted=True, base="B1", digest="F1").send_base
    # a frame whose player lost its frames: only the frames again
    frames_only = plan(record_from_value({"base": "B1", "frames": None, "ask": "2:d"}),
                       mounted=True, base="B1", digest="F1")
    assert not frames_only.send_base and frames_only.send_frames
    # a click tells what the frame holds too: nothing more is sent
    click = record_from_value({"base": "B1", "frames": "F1",
                               "last_active_drawing": {"id": "6401"}})
    assert not plan(click, mounted=True, base="B1", digest="F1").send_base
