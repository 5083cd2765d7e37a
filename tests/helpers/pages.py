"""Running pages under Streamlit's AppTest (the tests in tests/app): open a page as a visitor or
as a logged-in user, read the map components it drew, or run a page on frames of the test's own."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from domain import schema
from storage import datasets, defaults

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))
RESTRICTED = {"data.py", "admin.py", "boundaries.py", "field_report.py", "verification.py"}


def login_token(role: str = "admin", name: str = "ani", districts=()) -> str:
    """A real session for a fresh account in the test's data dir."""
    from accounts.users import Accounts

    accounts = Accounts()
    if accounts.get(name) is None:
        accounts.add_user(name, "kata-sandi-yang-panjang", role, districts)
    return accounts.login(name, "kata-sandi-yang-panjang")


def run_page(page: str, lang: str, token: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = lang
    if token is None and page in RESTRICTED:
        token = login_token()
    if token:
        at.session_state["auth_token"] = token
    at.run()
    if page != "overview.py":
        at.switch_page(f"pages/{page}").run()
    return at


def map_components(at: AppTest) -> list[dict]:
    found = []
    for element in at.main:
        proto = getattr(element, "proto", None)
        if proto is not None and hasattr(proto, "json_args") and proto.json_args:
            args = json.loads(proto.json_args)
            if "js_links" in args:
                found.append(args)
    return found


def fake_load(frames: dict[str, pd.DataFrame]):
    def load(name: str) -> defaults.LoadedDataset:
        if name in frames:
            return defaults.LoadedDataset(name, schema.typed_frame(
                schema.DATASETS[name], frames[name]), f"test-{name}", is_demo=False)
        return defaults.load_demo(name)
    return load


def run(page: str, frames: dict[str, pd.DataFrame], monkeypatch, lang: str = "id",
        state: dict | None = None) -> AppTest:
    """``page`` as a logged-in viewer sees it when ``datasets.load`` returns ``frames`` (as real
    reports; other datasets: the demo), with ``state`` set in the session before the switch;
    asserts that the page raised nothing."""
    import tempfile

    monkeypatch.setattr(datasets, "load", fake_load(frames))
    # The frames stand for real (non-demo) reports, which only a logged-in user may see.
    monkeypatch.setenv("DASHBOARD_DATA_DIR", tempfile.mkdtemp(prefix="thematic-"))
    return open_as(page, login_token("viewer", "vina"), lang, state)


def open_as(page: str, token: str, lang: str = "id", state: dict | None = None) -> AppTest:
    """``page`` opened through the navigation by the user whose session ``token`` is, with
    ``state`` set in the session before the switch; asserts that the page raised nothing."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.session_state["auth_token"] = token
    at.run()
    for key, value in (state or {}).items():
        at.session_state[key] = value
    at.switch_page(f"pages/{page}").run()
    assert not at.exception, [e.message for e in at.exception]
    return at
