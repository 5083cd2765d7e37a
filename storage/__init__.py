"""Where data lives: the dataset store (SQLite or PostgreSQL) with its versions and audit, its
migrations, the embedded defaults it is seeded with, the boundary stores (files or PostGIS) and the
display-geometry cache."""
