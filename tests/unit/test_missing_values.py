"""One missing-value rule: ``i18n.is_missing`` decides whether a value is there, ``i18n.MISSING``
("–") is how its absence is written, and every formatter follows both."""

from __future__ import annotations

import datetime as dt
import decimal

import numpy as np
import pandas as pd
import pytest

from i18n import (
    MISSING,
    decimals_of,
    fmt_date,
    fmt_datetime,
    fmt_number,
    fmt_percent,
    fmt_period,
    fmt_signed_points,
    is_missing,
    or_missing,
)

MISSING_VALUES = [None, float("nan"), np.float64("nan"), pd.NA, pd.NaT, np.datetime64("NaT"),
                  decimal.Decimal("NaN"), ""]
VALUES = [0, 0.0, "0", False, -1, " ", "–", np.int64(0), dt.date(2026, 1, 1),
          pd.Timestamp("2026-01-01")]
FORMATTERS = [fmt_number, fmt_percent, fmt_signed_points, fmt_date, fmt_datetime, fmt_period]


def test_missing_is_written_as_the_en_dash_the_tables_have_always_shown():
    assert MISSING == "\N{EN DASH}"


@pytest.mark.parametrize("value", MISSING_VALUES, ids=repr)
def test_none_nan_na_nat_and_empty_text_are_missing(value):
    assert is_missing(value)


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_zero_and_other_values_are_not_missing(value):
    assert not is_missing(value)


@pytest.mark.parametrize("value", MISSING_VALUES, ids=repr)
@pytest.mark.parametrize("fmt", FORMATTERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_formatter_writes_a_missing_value_as_missing(fmt, value, lang):
    assert fmt(value, lang) == MISSING


@pytest.mark.parametrize("lang", ["id", "en"])
def test_zero_is_written_as_zero(lang):
    assert fmt_number(0, lang) == fmt_number("0", lang) == fmt_number(0.0, lang) == "0"
    assert fmt_percent(0.0, lang, 0) == "0%"
    assert fmt_signed_points(0.0, lang).startswith("±0")
    assert decimals_of("") == 0 and decimals_of(pd.NA) == 0


def test_the_views_write_a_missing_figure_with_the_rule():
    from views.thematic_common import joined_sources, level_label, number, percent, points

    for value in MISSING_VALUES:
        assert number(value, "id") == percent(value, "en") == points(value, "id") == MISSING
    assert level_label(pd.NA, "en") == level_label("", "id") == MISSING
    assert joined_sources([None, pd.NA, ""]) == MISSING
    assert number(0, "id") == "0" and percent(0, "en") == "0.0%"


def test_a_missing_text_cell_is_written_as_missing_and_a_value_as_it_is():
    assert [or_missing(v) for v in MISSING_VALUES] == [MISSING] * len(MISSING_VALUES)
    assert [or_missing(v) for v in (0, "0", "Kesbangpol Paser")] == [0, "0", "Kesbangpol Paser"]


def test_the_slide_outputs_write_a_missing_cell_with_the_rule():
    from reports.governor_pdf import _cell_text

    assert [_cell_text(v) for v in (None, float("nan"), pd.NA, "")] == [MISSING] * 4
    assert _cell_text(0) == "0"


def test_a_missing_note_or_source_of_an_agreement_is_written_as_missing():
    from views.agreements import agreements_table

    frame = pd.DataFrame({"kab_kota": ["64.01", "64.02"], "kesepakatan": ["A", "B"],
                          "status": ["selesai", "dalam_proses"], "tenggat": [pd.NaT, None],
                          "catatan": [None, ""], "sumber": [pd.NA, "Notulen rakor"]})
    table = agreements_table(frame, "id")
    assert table.iloc[:, 3].tolist() == [MISSING, MISSING]  # no deadline
    assert table.iloc[:, -2].tolist() == [MISSING, MISSING]
    assert table.iloc[:, -1].tolist() == [MISSING, "Notulen rakor"]


def test_messages_and_the_command_line_write_a_missing_part_by_the_rule():
    from storage.base import ConcurrentCommitError, _label
    from storage.faults import StoreBusyError

    assert _label(None) == MISSING and _label(3) == "v3"
    error = ConcurrentCommitError(dataset="participation", expected=_label(None), current="v1")
    assert f"expected version {MISSING}, now v1" in error.message("en")
    assert StoreBusyError().details("en") == f"Location: {MISSING}. Detail: {MISSING}"


def test_a_boundary_layer_with_no_district_missing_says_so_by_the_rule(kab_file, data_dir):
    from loaders.boundaries_import import import_boundaries

    report = import_boundaries(kab_file, "kabupaten", user="tester")
    assert f"10 dari 10 kab/kota ada; tidak ada: {MISSING}." in report.lines("id")
