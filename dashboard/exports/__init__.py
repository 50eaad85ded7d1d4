"""Files people take away: CSV and Excel tables, the PowerPoint deck, the shared scorecard rows."""
