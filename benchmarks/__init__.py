"""Reproducible performance benchmarks for geokg (not run by CI; see README.md)."""
