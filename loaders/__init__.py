"""What loads data from outside: uploaded tables (CSV/XLSX), boundary files (read in a sandboxed
process) and the open-data boundary download, the reference figures, and the areas a map draws."""
