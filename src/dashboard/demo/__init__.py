"""Deterministic demo data for `init --demo` and the benchmarks."""
