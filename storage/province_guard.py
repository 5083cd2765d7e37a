"""One store, one province: a store (DASHBOARD_DATA_DIR or DASHBOARD_DB_URL) that holds the data
of another province than the one DASHBOARD_PROVINCE names is refused, naming both, rather than
mixed (Kaltim's reports drawn on Jawa Tengah's map, or uploads of two provinces in one version
history). The province of a store is the one its datasets' kab/kota codes belong to: the demo data
it was seeded with, or the reports uploaded since (which the validator keeps to one province).

The dashboard shows the refusal instead of every page; the command line prints it and exits 5.
The fix is a data folder (or database) per province, or the province the store was made for.
"""

from __future__ import annotations

import threading

from domain import regions
from domain.schema import DATASETS
from i18n import t
from i18n.errors import LocalizedError

_checked: dict[tuple[str, str], "StoreProvinceError | None"] = {}
_lock = threading.Lock()


class StoreProvinceError(LocalizedError):
    """The store holds another province's data. ``message``: both provinces and what to do, for
    anyone (no path); ``details``: where the store is, for the command line and the log."""

    message_id = "prov.store_other"

    def __init__(self, location: str, stored: str, configured: str):
        names = regions.province_names()
        super().__init__(stored=stored, stored_name=names.get(stored, "?"), code=configured,
                         name=names.get(configured, "?"))
        self.location = location  # the SQLite path or the database URL without its password
        self.stored = stored  # province code of the store's data
        self.configured = configured  # DASHBOARD_PROVINCE

    def details(self, lang: str) -> str:
        return t("prov.store_other_where", lang, location=self.location)


def stored_provinces(store) -> set[str]:
    """The province codes of the kab/kota in the current version of every dataset of ``store``."""
    found: set[str] = set()
    for name, dataset in DATASETS.items():
        if "kab_kota" not in dataset.column_names:
            continue
        try:
            frame = store.read(name).frame
        except Exception:  # noqa: BLE001 - not seeded yet, or a fault store_health reports
            continue
        codes = frame["kab_kota"].dropna().astype(str)
        found |= {code[:2] for code in codes if code[:2].isdigit()}
    return found


def problem() -> StoreProvinceError | None:
    """The refusal when the store holds another province's data, else None (also when the store
    cannot be read: store_health says that). Checked once per store and province per process."""
    from storage import backends

    location, configured = backends.store_location(), regions.PROVINCE_CODE
    key = (location, configured)
    with _lock:
        if key in _checked:
            return _checked[key]
    try:
        stored = stored_provinces(backends.open_store())
    except Exception:  # noqa: BLE001 - unreachable, damaged, ...: the store notice says it
        return None
    other = sorted(stored - {configured})
    found = StoreProvinceError(location, other[0], configured) if other else None
    with _lock:
        _checked[key] = found
    return found
