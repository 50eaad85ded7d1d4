"""The analysis layer: gaps, progress, comparisons and selections, computed from the data layer."""
