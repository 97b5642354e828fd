"""Benchmarks for the budgets in the issues. Run ``python -m benchmarks``."""
