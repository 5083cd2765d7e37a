"""Labels of a figure's source and period."""

MESSAGES: dict[str, dict[str, str]] = {
    "source.label": {"id": "Sumber", "en": "Source"},
    "source.period": {"id": "Periode", "en": "Period"},
    "source.line": {"id": "Sumber: {source}. Periode: {period}.",
                    "en": "Source: {source}. Period: {period}."},
}
