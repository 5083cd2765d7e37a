"""Outputs that leave the dashboard: the offline HTML deck, the governor's PDF report, saved slide
decks and spreadsheet-safe data exports. Built from the same slide model (``views.presentation``)
as the presentation page. Command line: ``python -m reports governor|deck --output PATH``."""
