"""Command line for boundaries: ``import-boundaries``, ``download-boundaries``,
``boundary-versions``, ``activate-boundaries`` (registered by ``python -m loaders``)."""

from __future__ import annotations

import argparse
import functools
import getpass
import sys
from pathlib import Path

from i18n import or_missing, t
from loaders import boundaries, boundaries_import
from storage import boundary_store
from storage.boundary_layers import LEVELS


def _user(args) -> str:
    if args.user:
        return args.user
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers; the manifest then says so
        return "?"


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("id", "en"), default="id",
                        help="bahasa pesan / message language (default: id)")


def _print_lines(lines, stream=sys.stdout) -> None:
    for line in lines:
        print(line, file=stream)


class _Refused(Exception):
    """A refusal already told on stderr: the command exits 2."""


def _store_errors(command):
    """A refusal or a boundary file's error is told in the user's language and exits 2. A store
    that cannot be used (PostgreSQL down, a data dir that cannot be read or written) goes on to
    ``cli.main``, which says which and what to do and exits 4, as every command does; anything
    else is a bug and shows as one."""
    @functools.wraps(command)
    def run(args) -> int:
        try:
            return command(args)
        except _Refused:
            return 2
        except boundaries.BoundaryError as error:
            print(error.message(args.lang), file=sys.stderr)
            return 2
    return run


def _admin(args):
    """The account behind ``--user`` when accounts exist: it must be an active admin (boundary
    layers are province-wide). Before the first account exists the operator's shell is trusted,
    as for ``add-user``. Returns the account (or None) or raises _Refused."""
    from accounts import users

    store = users.Accounts()
    if not store.has_users():
        return None
    reason = None
    if not args.user:
        reason = t("boundaries.cli.admin_only.missing", args.lang)
    else:
        account = store.get(args.user)
        if account is None or not account.active:
            reason = t("boundaries.cli.admin_only.unknown", args.lang, name=args.user)
        elif not account.can(boundaries_import.MANAGE_PERMISSION):
            reason = t("boundaries.cli.admin_only.role", args.lang, name=args.user,
                       role=t(f"auth.role.{account.role}", args.lang))
        else:
            return account
    print(t("boundaries.cli.admin_only", args.lang, reason=reason), file=sys.stderr)
    raise _Refused


@_store_errors
def cmd_import(args) -> int:
    actor = _admin(args)
    refusal = _other_province(args.province)
    if refusal is not None:
        _print_lines([refusal.text(args.lang)], sys.stderr)
        return 2
    report = boundaries_import.import_boundaries(args.file, args.level, user=_user(args),
                                          scheme=args.scheme, source=args.source or "",
                                          attribution=args.attribution or "", actor=actor,
                                          allow_incomplete=args.allow_incomplete)
    _print_lines(report.lines(args.lang), sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 2


def _other_province(code: str | None):
    """The refusal of a province other than the dashboard's (DASHBOARD_PROVINCE): its store holds
    one province's layers. None when ``code`` is empty, the dashboard's own, or unknown (the
    loaders then list the valid codes)."""
    from domain import regions

    here = regions.default_registry()
    if not code or str(code).strip() == here.province_code:
        return None
    names = regions.province_names()
    code = str(code).strip()
    if code not in names:
        return None
    return boundaries.Message("bndl.error.other_province", {
        "province": names[code], "code": code, "here": here.province_name,
        "here_code": here.province_code})


class _ProgressLine:
    """One terminal line rewritten in place (a plain line per file when not a terminal)."""

    def __init__(self, lang: str, stream=None):
        # sys.stderr when called, not when this module was first imported (a test's capture).
        self.lang, self.stream = lang, stream if stream is not None else sys.stderr
        self.tty = hasattr(stream, "isatty") and stream.isatty()

    def __call__(self, event) -> None:
        if not (self.tty or event.done):
            return
        done = f"{event.bytes_done / 1024:,.0f} kB"
        if event.bytes_total:
            done += f" / {event.bytes_total / 1024:,.0f} kB"
        line = t("boundaries.download.progress", self.lang, index=event.index, count=event.count,
                 name=event.name, done=done) + f"  [{event.fraction:4.0%}]"
        if self.tty:
            self.stream.write("\r" + line.ljust(100) + ("\n" if event.done else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


@_store_errors
def cmd_download(args) -> int:
    from loaders.boundaries_download import DEFAULT_BASE_URL, download_boundaries

    _admin(args)

    from domain import regions

    here = regions.default_registry()  # the dashboard's province: another one is refused
    report = download_boundaries(args.base_url or DEFAULT_BASE_URL,
                                 progress=_ProgressLine(args.lang), user=_user(args),
                                 timeout=args.timeout, registry=here,
                                 province=args.province,
                                 levels=tuple(v.strip() for v in args.levels.split(",")
                                              if v.strip()))
    _print_lines(report.lines(args.lang), sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 2


@_store_errors
def cmd_versions(args) -> int:
    level_label = t(f"boundaries.level.{args.level}", args.lang)
    versions = boundary_store.layer_versions(args.level)
    if not versions:
        print(t("boundaries.cli.no_versions", args.lang, level=level_label))
        return 0
    for v in versions:
        print(t("boundaries.cli.version_line", args.lang, marker="*" if v.current else " ",
                version=v.version, created=v.created_at, user=or_missing(v.user),
                units=v.counts.get("units", "?"),
                source=v.provenance.get("source") or v.provenance.get("file_name", "")))
    return 0


@_store_errors
def cmd_activate(args) -> int:
    level_label = t(f"boundaries.level.{args.level}", args.lang)
    actor = _admin(args)
    try:
        boundaries_import.activate(args.level, args.version, user=_user(args), actor=actor,
                            allow_incomplete=args.allow_incomplete)
    except KeyError:
        print(t("boundaries.cli.no_such_version", args.lang, level=level_label,
                version=args.version), file=sys.stderr)
        return 2
    print(t("boundaries.cli.activated", args.lang, level=level_label, version=args.version))
    return 0


EXPORT_DRIVERS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG"}


@_store_errors
def cmd_export(args) -> int:
    level_label = t(f"boundaries.level.{args.level}", args.lang)
    driver = EXPORT_DRIVERS.get(args.file.suffix.lower())
    if driver is None:
        print(t("boundaries.cli.export_format", args.lang, formats=", ".join(EXPORT_DRIVERS)),
              file=sys.stderr)
        return 2
    frame = boundary_store.read_layer(args.level, args.version)
    if frame is None:
        key = "boundaries.cli.no_such_version" if args.version else "boundaries.cli.no_versions"
        print(t(key, args.lang, level=level_label, version=args.version), file=sys.stderr)
        return 2
    frame.to_file(args.file, driver=driver)  # full resolution, as stored
    print(t("boundaries.cli.exported", args.lang, level=level_label, count=len(frame),
            path=args.file))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("import-boundaries", help=t("boundaries.cli.import_help"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--level", choices=LEVELS, required=True)
    p.add_argument("--scheme", choices=("kemendagri", "bps"), default=None,
                   help="skema kode bila berkas tidak menunjukkannya")
    p.add_argument("--user", default=None)
    p.add_argument("--source", default=None, help="sumber data (untuk provenans)")
    p.add_argument("--attribution", default=None, help="atribusi yang ditampilkan di peta")
    p.add_argument("--allow-incomplete", action="store_true",
                   help=t("boundaries.cli.allow_incomplete_help"))
    p.add_argument("--province", default=None, help=t("bndl.cli.import_province_help"))
    _add_common(p)
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("download-boundaries", help=t("boundaries.cli.download_help"))
    p.add_argument("--base-url", default=None)
    p.add_argument("--province", default=None, help=t("bndl.cli.province_help"))
    p.add_argument("--levels", default=",".join(LEVELS), help=t("bndl.cli.levels_help"))
    p.add_argument("--timeout", type=float, default=30.0)
    p.add_argument("--user", default=None)
    _add_common(p)
    p.set_defaults(func=cmd_download)

    p = subparsers.add_parser("boundary-versions", help=t("boundaries.cli.versions_help"))
    p.add_argument("level", choices=LEVELS)
    _add_common(p)
    p.set_defaults(func=cmd_versions)

    p = subparsers.add_parser("export-boundaries", help=t("boundaries.cli.export_help"))
    p.add_argument("level", choices=LEVELS)
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--version", type=int, default=None)
    _add_common(p)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("activate-boundaries", help=t("boundaries.cli.activate_help"))
    p.add_argument("level", choices=LEVELS)
    p.add_argument("version", type=int)
    p.add_argument("--user", default=None)
    p.add_argument("--allow-incomplete", action="store_true",
                   help=t("boundaries.cli.allow_incomplete_help"))
    _add_common(p)
    p.set_defaults(func=cmd_activate)
