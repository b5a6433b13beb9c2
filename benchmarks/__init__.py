"""Speed figures against shared/design/performance.md: run `python -m benchmarks`."""
