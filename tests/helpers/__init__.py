"""Helpers the test modules share: builders and runners, no tests (pytest collects nothing here).
A test module imports from here, never from another test module; see tests/README.md."""
