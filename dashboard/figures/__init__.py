"""Charts: every plotly figure, its palette and the text that describes it."""
