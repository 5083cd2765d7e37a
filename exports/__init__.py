"""What leaves the dashboard as a file: dataset exports (CSV, XLSX, GeoJSON) with formula
neutralising, and the upload templates."""
