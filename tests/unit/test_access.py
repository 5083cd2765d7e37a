"""What the Data page allows, decided without Streamlit: a district editor's upload may touch only
their own district, and a file name cannot bring markdown into the page (the pages and the role
checks on the server: tests/app/test_access_pages.py)."""

from __future__ import annotations

import pandas as pd

from domain.validate import ValidationReport
from views import data as data_view


def test_district_editor_may_upload_only_own_district():
    from accounts.access import User

    frame = pd.DataFrame({"kab_kota": ["64.72", "64.02", "64.72"]})
    report = ValidationReport("conflict_risk", "id", [], frame, rows_read=3,
                              row_numbers=(2, 3, 4))
    editor = User("edi", "editor", ("64.72",))
    problems = data_view.scope_problems(report, editor, "id")
    assert [p.row for p in problems] == [3]
    assert "Kutai Kartanegara" in problems[0].message and "Samarinda" in problems[0].message
    assert data_view.scope_problems(report, User("all", "editor"), "id") == []


def test_markdown_in_file_names_is_neutralised():
    escaped = data_view.md_escape("![x](http://example.org/p.png)<img src=x>.csv")
    assert "](" not in escaped.replace("\\]\\(", "") and "\\<img" in escaped


def test_an_unknown_district_for_an_editor_is_explained_in_the_language_of_the_refusal():
    import pytest

    from accounts.access import normalise_districts
    from accounts.errors import AccountError

    with pytest.raises(AccountError) as refused:
        normalise_districts(["Atlantis"])
    english, indonesian = refused.value.message("en"), refused.value.message("id")
    assert english.startswith("Unknown district: ") and "Atlantis" in english
    assert indonesian.startswith("Kab/kota tidak dikenal: ")
    assert english.split(": ", 1)[1] != indonesian.split(": ", 1)[1]  # the detail too, not only the frame


def test_foreigner_monitoring_is_for_editors_and_admins_not_every_viewer():
    from accounts.access import User, can_view_dataset

    def sees(role):
        return can_view_dataset(User("x", role), "foreigners", is_demo=False, users_exist=True,
                                public=set())

    assert (sees("viewer"), sees("editor"), sees("admin")) == (False, True, True)
    assert can_view_dataset(User("x", "viewer"), "incidents", is_demo=False, users_exist=True,
                            public=set())  # the other internal datasets stay open to viewers
    assert not can_view_dataset(None, "foreigners", is_demo=False, users_exist=True, public=set())
