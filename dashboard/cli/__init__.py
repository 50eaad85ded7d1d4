"""Command-line tools, run as `python -m dashboard.cli.NAME`."""
