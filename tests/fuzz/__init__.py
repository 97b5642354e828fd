"""Fuzzing every reader with structured mutations of valid files (``tests.corpus.samples``):
each property runs bounded in every test run, and long with ``pytest -m fuzz``."""
