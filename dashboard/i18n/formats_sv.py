"""Swedish texts: Reading statistical agencies' export files (SCB's CSV and xlsx tables)."""

TEXT: dict = {}
