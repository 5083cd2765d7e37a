"""What leaves the dashboard as a file. ``frames``: the one writer of each format (CSV, XLSX,
GeoJSON) and the one formula rule, for any frame a page shows; ``formats``: dataset exports, the
same writers with columns typed by the schema; ``templates``: the upload templates."""
