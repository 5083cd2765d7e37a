"""Roles, what each may do, and who may see which dataset: the rules the pages and the server check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

from accounts.errors import AccountError
from domain import regions
from domain.schema import DATASETS

Role = Literal["viewer", "editor", "admin", "pelapor"]


ROLES: tuple[Role, ...] = ("viewer", "editor", "admin", "pelapor")


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    districts: tuple[str, ...] = ()  # Kemendagri codes; empty = all districts (editors, pelapor)
    active: bool = True

    def can(self, action: str) -> bool:
        return action in PERMISSIONS[self.role]

    def may_edit_district(self, code: str) -> bool:
        return self.role == "admin" or (self.role == "editor"
                                        and (not self.districts or code in self.districts))

    def may_report_district(self, code: str) -> bool:
        """Whether this user may submit a field report for district ``code``: a pelapor or an
        editor for their own districts (all when none are set), an admin for any."""
        return self.can("submit_reports") and (self.role == "admin" or not self.districts
                                               or code in self.districts)


# What each role may do. Viewers see maps and figures but no internal notes; editors upload and
# commit (for all districts or only their own); admins manage users, roll back, change settings
# and read the audit trail. A pelapor (field officer) only submits field reports for their own
# districts and follows their own reports: no internal dataset, no internal page.
# ``publish_incidents``: verify or refute a field report, which decides whether it is published
# (only verified incidents reach viewers, maps, slides and the PDF); ``follow_up_incidents``:
# record the handling team's steps.
PERMISSIONS: dict[str, frozenset[str]] = {
    "viewer": frozenset({"view_internal_datasets"}),
    "editor": frozenset({"view_internal_datasets", "view_internal_notes", "upload", "commit",
                         "export", "view_foreigners", "submit_reports", "publish_incidents",
                         "follow_up_incidents"}),
    "admin": frozenset({"view_internal_datasets", "view_internal_notes", "upload", "commit",
                        "export", "rollback", "manage_users", "settings", "view_audit", "manage_boundaries",
                        "view_foreigners", "submit_reports", "publish_incidents", "follow_up_incidents"}),
    "pelapor": frozenset({"submit_reports"}),
}

# Roles whose districts may be limited.
DISTRICT_ROLES: tuple[str, ...] = ("editor", "pelapor")


@dataclass(frozen=True)
class _Explained:
    """A district lookup's explanation, said in the language the refusal is said in."""

    error: regions.RegionLookupError

    def text(self, lang: str) -> str:
        return regions.error_message(self.error, lang)


def normalise_districts(values: Iterable[str]) -> tuple[str, ...]:
    codes = []
    for value in values:
        if str(value).strip():
            try:
                codes.append(regions.normalise(str(value).strip(), scheme="kemendagri")
                             .district.kemendagri_code)
            except regions.RegionLookupError as error:
                raise AccountError("auth.error.bad_district", detail=_Explained(error)) from None
    return tuple(sorted(set(codes)))


# Internal datasets that need more than a login: the action a role must have to read them.
DATASET_ACTIONS: dict[str, str] = {"foreigners": "view_foreigners"}


def can_view_dataset(user: User | None, dataset: str, *, is_demo: bool, users_exist: bool,
                     public: set[str]) -> bool:
    """Whether a dataset may be shown. Public datasets: to everyone. Internal ones: to logged-in
    users; before the first account exists, demo data is shown to all (there is nothing
    confidential in it and a presenter can try the dashboard), real data never is."""
    if dataset in public:
        return True
    if user is not None:
        return user.can(DATASET_ACTIONS.get(dataset, "view_internal_datasets"))
    return is_demo and not users_exist


def strip_internal_columns(frame, dataset: str, user: User | None, *, is_demo: bool,
                           users_exist: bool):
    """Blank the columns the schema marks internal (e.g. a conflict report's notes) for anyone
    who may not read them. Blanked rather than dropped, so pages keep one shape of frame."""
    if user is not None and user.can("view_internal_notes"):
        return frame
    if user is None and is_demo and not users_exist:
        return frame
    internal = [c.name for c in DATASETS[dataset].columns if c.internal and c.name in frame]
    if not internal:
        return frame
    out = frame.copy()
    for column in internal:
        out[column] = ""
    return out
