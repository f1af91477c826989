"""Ingest and indexing: files → articles → tags → Whoosh index."""
