"""The name of a quarter (``fmt_period``). Reporting periods are in ``messages_periods.py``."""

MESSAGES: dict[str, dict[str, str]] = {
    "period.quarter": {"id": "Triwulan {roman} {year}", "en": "Q{quarter} {year}"},
}
