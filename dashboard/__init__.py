"""Målbild: goal follow-up for Swedish municipalities (the pure core and the app factory)."""
