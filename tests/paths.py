"""Where the tests' own files are."""

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
