"""English texts: Indicator definitions (data/indicators.csv) and the detail's Definition och källa."""

TEXT: dict = {}
