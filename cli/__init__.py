"""The command line (``python -m loaders``): data, boundaries and users."""
