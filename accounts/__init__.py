"""Local accounts: users, sessions and lockout (``users``), roles and dataset visibility
(``access``), password rules (``passwords``)."""
