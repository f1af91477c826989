"""The query layer: parse, filter, rank, facet, highlight."""
