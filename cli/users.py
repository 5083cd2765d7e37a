"""``python -m loaders add-user | users | set-role | deactivate | set-password | public``."""

from __future__ import annotations

import argparse
import getpass
import sys

from accounts import access, errors, users
from i18n import MISSING, t

ADMIN_CLI_USER = "cli"


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(t("auth.cli.password_prompt", args.lang))
    if getpass.getpass(t("auth.cli.password_again", args.lang)) != first:
        raise errors.AccountError("auth.error.password_mismatch")
    return first


def _run(action):
    # A store that cannot be used is said once for every command, in loaders.__main__ (exit 4).
    def wrapped(args: argparse.Namespace) -> int:
        try:
            return action(args) or 0
        except errors.AccountError as error:
            print(error.message(args.lang), file=sys.stderr)
            return 2
    return wrapped


def _add(args):
    user = users.Accounts().add_user(args.name, _password(args), args.role,
                                        (args.districts or "").split(","), by=ADMIN_CLI_USER)
    print(t("auth.cli.added", args.lang, name=user.name, role=user.role,
            districts=", ".join(user.districts) or t("auth.all_districts", args.lang)))


def _list(args):
    for user in users.Accounts().list_users():
        print(f"{user.name}\t{user.role}\t{','.join(user.districts) or '*'}\t"
              f"{'aktif' if user.active else 'nonaktif'}")


def _set_role(args):
    user = users.Accounts().set_role(args.name, args.role, (args.districts or "").split(","),
                                        by=ADMIN_CLI_USER)
    print(t("auth.cli.changed", args.lang, name=user.name, role=user.role))


def _deactivate(args):
    users.Accounts().set_active(args.name, False, by=ADMIN_CLI_USER)
    print(t("auth.cli.deactivated", args.lang, name=args.name))


def _set_password(args):
    users.Accounts().set_password(args.name, _password(args), by=ADMIN_CLI_USER)
    print(t("auth.cli.password_set", args.lang, name=args.name))


def _public(args):
    store = users.Accounts()
    if args.datasets is not None:
        store.set_public_datasets([d for d in args.datasets.split(",") if d], by=ADMIN_CLI_USER)
    print(", ".join(sorted(store.public_datasets())) or MISSING)


def register(subparsers) -> None:
    def common(p):
        p.add_argument("--lang", choices=("id", "en"), default="id")
        return p

    p = common(subparsers.add_parser("add-user", help="buat akun (viewer, editor, admin, pelapor)"))
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=access.ROLES)
    p.add_argument("--districts", help="kode Kemendagri, dipisah koma (editor atau pelapor kab/kota)")
    p.add_argument("--password-stdin", action="store_true",
                   help="baca kata sandi dari stdin (untuk skrip)")
    p.set_defaults(func=_run(_add))

    p = common(subparsers.add_parser("users", help="daftar akun"))
    p.set_defaults(func=_run(_list))

    p = common(subparsers.add_parser("set-role", help="ubah peran akun"))
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=access.ROLES)
    p.add_argument("--districts")
    p.set_defaults(func=_run(_set_role))

    p = common(subparsers.add_parser("deactivate", help="nonaktifkan akun"))
    p.add_argument("name")
    p.set_defaults(func=_run(_deactivate))

    p = common(subparsers.add_parser("set-password", help="ganti kata sandi"))
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=_run(_set_password))

    p = common(subparsers.add_parser("public", help="dataset yang boleh dilihat tanpa login"))
    p.add_argument("--datasets", help="mis. participation,outreach")
    p.set_defaults(func=_run(_public))
