"""Importing a boundary file into the boundary store: read in the sandbox, checked, stored as a new
version (inactive when incomplete), audited; and activating a stored version. Admins only.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from loaders.boundaries import (
    BoundaryError,
    ImportReport,
    Message,
    _examples,
    _short,
    precheck,
    sha256_file,
)
from storage.boundary_layers import LEVELS, LayerVersion, check_level
from storage.boundary_store import activate_version, get_store, store_layer

# Boundary layers are province-wide: only roles with this permission import or activate them.
MANAGE_PERMISSION = "manage_boundaries"


def check_actor(actor) -> None:
    """Boundary layers are province-wide: refuse an account that may not manage them (an editor of
    one district, a viewer). ``actor`` None means a trusted caller (tests, the operator's shell
    before any account exists; the CLI checks ``--user`` itself)."""
    if actor is not None and not actor.can(MANAGE_PERMISSION):
        raise BoundaryError("boundaries.error.not_admin", user=getattr(actor, "name", "?"))


def import_boundaries(path: str | Path, level: str, *, user: str = "", display_name: str | None =
                      None, scheme: str | None = None, source: str = "", attribution: str = "",
                      activate: bool = True, warm_display: bool = True, actor=None,
                      allow_incomplete: bool = False, province: str | None = None
                      ) -> ImportReport:
    """Import one boundary file as a new version of ``level``; never raises for bad input.

    ``display_name`` is the name the user knows the file by (an upload's original name).
    ``scheme`` forces "kemendagri" or "bps" for undotted codes when the file cannot tell.
    ``warm_display`` builds the province-view display geometry now (seconds for a desa layer),
    so the first map after an import does not wait for it.
    ``actor`` is the logged-in account (``accounts.User``): refused unless it may manage
    boundaries. The file is read and checked in a child process with a deadline, a memory limit
    and no network (``loaders.boundaries_sandbox``). A layer missing units (a kab/kota, a known
    kecamatan, desa of a kab/kota) is stored but not made current, with the missing ones named,
    unless ``allow_incomplete`` (an admin's explicit choice). ``province``: the province code
    whose units the file must hold (``domain.regions.registry_for``); the default registry's
    (Kalimantan Timur) when None. A file of another province is refused, naming it.
    """
    from loaders import boundaries_sandbox
    from loaders.boundaries_coverage import missing_units

    report = ImportReport(level=level)
    path = Path(path)
    name = display_name or path.name
    try:
        check_actor(actor)
        if level not in LEVELS:
            raise BoundaryError("boundaries.error.level", level=level, levels=", ".join(LEVELS))
        if scheme not in (None, "kemendagri", "bps"):
            raise BoundaryError("boundaries.error.scheme", scheme=scheme)
        registry = registry_of(province)
        path, name, _ = precheck(path, name)
        result, prepared = boundaries_sandbox.read_and_prepare(path, name, level, scheme,
                                                               province)
        report.notes.extend(result.notes)
        report.notes[:0] = prepared.notes
        missing = missing_units(level, prepared.frame, prepared.columns["scheme"],
                                registry)
        prepared.counts["missing_units"] = missing
        prepared.counts["complete"] = not missing
        make_current = activate and (not missing or allow_incomplete)
        if missing:
            report.notes.insert(0, Message(
                "boundaries.note.incomplete_active" if make_current
                else "boundaries.note.incomplete_inactive",
                {"count": len(missing), "missing": _examples(missing, 12)}))
        report.counts = prepared.counts
        report.provenance = {
            "file_name": name, "sha256": sha256_file(path), "size_bytes": path.stat().st_size,
            "format": result.format, "layer": result.layer, "source_crs": result.source_crs,
            "code_column": prepared.columns["code"], "name_column": prepared.columns["name"],
            "scheme": prepared.columns["scheme"], "source": source or name,
        }
        unchanged = _same_as_current(level, report.provenance)
        if unchanged is not None and (unchanged.current or not make_current):
            # The very file the current layer came from: a new version would change nothing
            # ("tidak ada perubahan"), so nothing is stored.
            report.version, report.unchanged, report.ok = unchanged, True, True
            return report
        report.version = store_layer(level, prepared.frame, provenance=report.provenance,
                                     counts=prepared.counts, user=user,
                                     attribution=attribution or source or name,
                                     activate=make_current)
        report.ok = True
        _audit(user, "boundary_import", {
            "level": level, "version": report.version.version if report.version else None,
            "file_name": name, "file_sha256": report.provenance["sha256"],
            "units": prepared.counts.get("units"), "activated": make_current,
            "missing_units": len(missing)})
        if warm_display and make_current:
            warm_display_cache(level)
    except BoundaryError as error:
        report.errors.append(error.as_message())
    except OSError as error:
        report.errors.append(Message("boundaries.error.store", {"detail": _short(error)}))
    except Exception as error:  # a page must get a report, never a traceback
        logging.getLogger(__name__).exception("boundary import of %s failed", name)
        report.errors.append(Message("boundaries.error.unexpected", {"detail": _short(error)}))
    return report


def registry_of(province: str | None):
    """The registry of ``province`` (None: the default one). Raises BoundaryError for an
    unknown code, listing the valid ones."""
    from domain import regions

    if province is None:
        return regions.default_registry()
    try:
        return regions.registry_for(province)
    except regions.UnknownProvinceError as error:
        raise BoundaryError("bndl.error.unknown_province", code=str(province),
                            known=", ".join(f"{c} {n}" for c, n in error.known.items())) from None


def _same_as_current(level: str, provenance: dict) -> LayerVersion | None:
    """The current version of ``level`` when it was read from the same bytes (SHA-256) with the
    same columns and code scheme, else None."""
    current = get_store().current_version(level)
    if current is None:
        return None
    keys = ("sha256", "code_column", "name_column", "scheme", "layer")
    same = all(current.provenance.get(k) == provenance.get(k) for k in keys)
    return current if same else None


def version_missing(entry: LayerVersion) -> list[str]:
    """The units a stored version lacks (as recorded at import; older versions: the kab/kota)."""
    counts = entry.counts or {}
    missing = counts.get("missing_units")
    return list(missing if missing is not None else counts.get("kab_missing") or [])


def activate(level: str, version: int, *, user: str, actor=None,
             allow_incomplete: bool = False) -> LayerVersion:
    """Make an older (or newer) stored version the one maps draw, and say who did it in the audit
    trail. ``KeyError`` when the level has no such version; ``BoundaryError`` when ``actor`` may
    not manage boundaries, or the version misses units and ``allow_incomplete`` is not given."""
    check_actor(actor)
    entry = get_store().get_version(check_level(level), version)
    if entry is None:
        raise KeyError(f"{level} boundary version {version} does not exist")
    missing = version_missing(entry)
    if missing and not allow_incomplete:
        raise BoundaryError("boundaries.error.activate_incomplete", version=version,
                            count=len(missing), missing=_examples(missing, 12))
    entry = activate_version(level, version)
    _audit(user, "boundary_activate", {"level": level, "version": version,
                                        "missing_units": len(missing)})
    return entry


def _audit(user: str, action: str, detail: dict) -> None:
    """Boundary changes go to the same append-only audit trail as dataset commits and logins. The
    layer is already stored when this runs; a trail that cannot be written is logged, not turned
    into a failed import."""
    from storage.backends import open_store
    from storage.base import SYSTEM_USER

    try:
        open_store().audit(user or SYSTEM_USER, action, "", detail)
    except Exception:
        logging.getLogger(__name__).exception("could not write the audit entry %s", action)


def warm_display_cache(level: str) -> None:
    """Build the current layer's province-view display geometry into the caches."""
    from storage.boundary_display import display_layer

    try:
        display_layer(level)
    except Exception:  # only an optimisation: the map builds it again and reports a real error
        pass


def import_boundaries_bytes(data: bytes, filename: str, level: str, **kwargs) -> ImportReport:
    """For uploads: the bytes are written to a private temp dir under their own suffix."""
    suffix = "".join(Path(filename).suffixes[-1:]).lower()
    with tempfile.TemporaryDirectory(prefix="boundary-upload-") as workdir:
        target = Path(workdir) / f"upload{suffix}"
        target.write_bytes(data)
        return import_boundaries(target, level, display_name=Path(filename).name, **kwargs)
