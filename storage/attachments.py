"""Photos attached to field reports, kept in the store beside the datasets' row sets.

A photo is stored once under the SHA-256 of its (cleaned) bytes in the store's append-only
``contents`` table, which both backends already have and whose triggers refuse changes; an
incident row names it by that key (``foto``). PostgreSQL stores are shared by every instance,
so a photo sent through one is seen through all.
"""

from __future__ import annotations

import hashlib

from storage.base import Store

_PREFIX = "photo:"
_COLUMNS = ["__photo__"]  # marks the content row as a photo, not a dataset's rows


def put_photo(store: Store, data: bytes) -> str:
    """Store ``data`` (already cleaned, see loaders.photos) and return its key."""
    key = _PREFIX + hashlib.sha256(data).hexdigest()
    with store._transaction("photos") as conn:
        store._add_content(conn, key, _COLUMNS, 0, data)
    return key


def get_photo(store: Store, key: str) -> bytes | None:
    if not key or not key.startswith(_PREFIX):
        return None

    def read(conn):
        try:
            return bytes(store._content_blob(conn, key))
        except TypeError:  # no such row: fetchone() gave None
            return None

    return store._read(read)
