"""Functions that build Dash components; no callbacks here."""
