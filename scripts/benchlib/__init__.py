"""Scorers and helpers for scripts/bench-extract."""
