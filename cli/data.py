"""``python -m loaders`` data commands: import, history, rollback, template, export.

``import`` runs exactly the validation the Data page runs (``validate.check_upload``) and commits
through the same store call, so a file accepted here is accepted there and vice versa. Messages are
in Bahasa Indonesia unless ``--lang en``.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import sys
from pathlib import Path

from domain.schema import DATASETS, FORMS
from domain.text import raw_stream, visible
from i18n import or_missing, t

LANG_CHOICES = ("id", "en")
PROGRESS_FROM_BYTES = 1024 * 1024  # show progress for files above 1 MB
PREVIEW_LINES = 20

EXIT_OK, EXIT_REJECTED, EXIT_CONFLICT, EXIT_STORE = 0, 1, 3, 4


def register(subparsers: argparse._SubParsersAction) -> None:
    h = lambda key: t(key, "id")  # noqa: E731 - help is built before --lang is parsed

    p = subparsers.add_parser("import", help=h("cli.help.import"))
    p.add_argument("dataset", choices=sorted(DATASETS), help=_dataset_help())
    p.add_argument("file", help=h("cli.help.file"))
    p.add_argument("--dry-run", action="store_true", help=h("cli.help.dry_run"))
    p.add_argument("--user", default=None, help=h("cli.help.user"))
    p.add_argument("--note", default="", help=h("cli.help.note"))
    p.add_argument("--replace", action="store_true", help=h("cli.help.replace"))
    p.add_argument("--set", action="append", default=[], dest="constants",
                   metavar="KOLOM=NILAI", help=h("published.set.help"))
    _lang(p)
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("history", help=h("cli.help.history"))
    p.add_argument("dataset", choices=sorted(DATASETS), help=_dataset_help())
    _lang(p)
    p.set_defaults(func=cmd_history)

    p = subparsers.add_parser("rollback", help=h("cli.help.rollback"))
    p.add_argument("dataset", choices=sorted(DATASETS), help=_dataset_help())
    p.add_argument("version", help=h("cli.help.version"))
    p.add_argument("--user", default=None, help=h("cli.help.user"))
    _lang(p)
    p.set_defaults(func=cmd_rollback)

    p = subparsers.add_parser("template", help=h("cli.help.template"))
    p.add_argument("dataset", choices=sorted(DATASETS), help=_dataset_help())
    p.add_argument("--format", choices=("xlsx", "csv"), default="xlsx", dest="fmt",
                   help=h("cli.help.format"))
    p.add_argument("--output", default=None, help=h("cli.help.output"))
    p.add_argument("--form", choices=sorted(FORMS), default=None, help=h("published.form.help"))
    _lang(p)
    p.set_defaults(func=cmd_template)

    p = subparsers.add_parser("export", help=h("cli.help.export"))
    p.add_argument("dataset", choices=sorted(DATASETS), help=_dataset_help())
    p.add_argument("--format", choices=("csv", "xlsx", "geojson"), default="csv", dest="fmt",
                   help=h("cli.help.format"))
    p.add_argument("--output", default=None, help=h("cli.help.output"))
    p.add_argument("--user", default=None, help=h("cli.help.user"))
    _lang(p)
    p.set_defaults(func=cmd_export)


def _dataset_help() -> str:
    return t("cli.help.dataset", "id", names=", ".join(DATASETS))


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANG_CHOICES, default="id",
                        help=t("cli.help.lang", "id"))


def _user(args: argparse.Namespace) -> str:
    if args.user:
        return args.user
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers; the audit still needs a name
        return "cli"


def _say(text: str = "") -> None:
    # File content (cell values, file names, sheet names) reaches these lines: control
    # characters are shown as escapes (\x1b), never sent to the terminal.
    print(visible(text), flush=True)


def _progress_printer(lang: str):
    def progress(step: int, total: int, column: str) -> None:
        end = "\n" if step == total else ""
        stream = raw_stream(sys.stderr)  # the one carriage return meant for the terminal
        stream.write("\r" + visible(t("cli.progress", lang, step=step, total=total,
                                        column=column), keep_newlines=False) + " " * 10 + end)
        stream.flush()
    return progress


def _constants(pairs: list[str], lang: str) -> dict[str, str] | None:
    """``--set column=value`` pairs as a dict; None (after saying why) when one is malformed."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            _say(t("published.set.syntax", lang, value=pair))
            return None
        out[name.strip()] = value.strip()
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from domain import changes
    from loaders import readers, uploads
    from storage import backends, base, datasets, faults

    lang = args.lang
    path = Path(args.file)
    try:
        size = path.stat().st_size
        readers.check_size(size, None)
        data = path.read_bytes()
    except OSError:
        _say(t("read.error.not_found", lang, file=str(path)))
        _say(t("report.verdict.rejected", lang))
        return EXIT_REJECTED
    except readers.ReadError as error:
        _say(error.message(lang))
        _say(t("report.verdict.rejected", lang))
        return EXIT_REJECTED

    store = None
    # A dry run never creates the store: it compares with the demo data when there is none yet.
    if not args.dry_run or backends.store_path().exists():
        store = _open_store(lang)
        if store is None:
            return EXIT_STORE

    constants = _constants(getattr(args, "constants", []), lang)
    if constants is None:
        _say(t("report.verdict.rejected", lang))
        return EXIT_REJECTED
    _say(t("cli.reading", lang, file=path.name, dataset=args.dataset))
    progress = _progress_printer(lang) if len(data) >= PROGRESS_FROM_BYTES else None
    report = uploads.check_upload(args.dataset, data, path.name, lang, progress=progress,
                                  constants=constants)
    _say(report.text())
    if not report.ok:
        return EXIT_REJECTED

    # Compared with one read of the current version; the commit names that version, so a commit
    # that lands in between is refused instead of silently overwritten.
    proposal = datasets.propose(args.dataset, report.frame, store, replace=args.replace, lang=lang)
    diff = proposal.changes
    if proposal.replaces_demo:
        _say(t("cli.preview.replaces_demo", lang))
    counts = changes.summary(diff)
    _say(t("cli.preview.summary", lang, **counts))
    for change in diff[:PREVIEW_LINES]:
        _say("  " + visible(change.describe(lang), keep_newlines=False))
    if len(diff) > PREVIEW_LINES:
        _say("  " + t("cli.preview.more", lang, count=len(diff) - PREVIEW_LINES))

    if not diff and not proposal.replaces_demo:  # the same rows again: no empty version
        _say(t("store.error.no_change", lang, dataset=args.dataset,
               version=f"v{proposal.expected_version}"))
        return EXIT_OK
    if args.dry_run:
        _say(t("cli.dry_run", lang))
        return EXIT_OK
    try:
        info = store.commit(args.dataset, proposal.result,  # type: ignore[union-attr]
                            user=_user(args), expected_current_version=proposal.expected_version,
                            file_name=path.name,
                            file_sha256=hashlib.sha256(data).hexdigest(), note=args.note)
    except base.NoChangeError as error:  # committed meanwhile by someone else
        _say(error.message(lang))
        return EXIT_OK
    except faults.StoreFaultError as error:  # full disk, read-only, server gone: unchanged
        _say(error.message(lang))
        _say(error.details(lang))
        return EXIT_STORE
    except base.StoreError as error:
        _say(error.message(lang))
        return EXIT_CONFLICT if isinstance(error, base.ConcurrentCommitError) \
            else EXIT_STORE
    _say(t("cli.saved", lang, dataset=args.dataset, version=info.label, rows=info.row_count))
    return EXIT_OK


def _open_store(lang: str):
    from storage import backends, faults

    try:
        with faults.store_faults(backends.store_location()):
            return backends.open_store()
    except faults.StoreFaultError as fault:  # which condition, what to do, where
        _say(fault.message(lang))
        _say(fault.details(lang))
        return None
    except Exception as error:  # noqa: BLE001 - told in the user's language, not as a traceback
        _say(t("cli.store_unavailable", lang, detail=str(error)))
        return None


def cmd_history(args: argparse.Namespace) -> int:
    lang = args.lang
    store = _open_store(lang)
    if store is None:
        return EXIT_STORE
    _say(t("cli.history.header", lang, dataset=args.dataset))
    current = store.current_version(args.dataset)
    for info in store.history(args.dataset):
        flags = []
        if info.is_demo:
            flags.append(t("demo.map_label", lang))
        if info.rollback_of:
            flags.append(t("cli.history.rollback_of", lang, version=f"v{info.rollback_of}"))
        if info.version == current:
            flags.append(t("cli.history.current", lang))
        _say(t("cli.history.row", lang, version=info.label, at=info.committed_at,
               user=info.user, file=or_missing(info.file_name), sha=or_missing(info.file_sha256[:12]),
               rows=info.row_count, added=info.rows_added, removed=info.rows_removed,
               changed=info.rows_changed, note=or_missing(info.note),
               flags=(" [" + "; ".join(flags) + "]") if flags else ""))
    return EXIT_OK


def cmd_rollback(args: argparse.Namespace) -> int:
    from storage import base

    lang = args.lang
    text = str(args.version).lower().lstrip("v")
    if not text.isdigit():
        _say(t("cli.error.version", lang, version=args.version))
        return EXIT_REJECTED
    store = _open_store(lang)
    if store is None:
        return EXIT_STORE
    try:
        info = store.rollback(args.dataset, int(text), user=_user(args))
    except base.StoreError as error:
        _say(error.message(lang))
        return EXIT_REJECTED
    _say(t("cli.rollback.done", lang, dataset=args.dataset, target=f"v{int(text)}",
           version=info.label))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from exports import templates

    form = getattr(args, "form", None)
    if form is not None:
        expected = FORMS[form].dataset
        if expected != args.dataset:
            _say(t("published.form.wrong_dataset", args.lang, form=form, expected=expected,
                   dataset=args.dataset))
            return EXIT_REJECTED
        data = templates.form_template(form, args.fmt)
        output = Path(args.output or templates.form_filename(form, args.fmt))
    else:
        data = templates.template(args.dataset, args.fmt)
        output = Path(args.output or templates.template_filename(args.dataset, args.fmt))
    output.write_bytes(data)
    _say(t("cli.written", args.lang, path=str(output), size=len(data)))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from exports import formats

    store = _open_store(args.lang)
    if store is None:
        return EXIT_STORE
    data, name = formats.export_current(args.dataset, args.fmt, _user(args), store)
    output = Path(args.output or name)
    output.write_bytes(data)
    _say(t("cli.written", args.lang, path=str(output), size=len(data)))
    return EXIT_OK
