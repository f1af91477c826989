"""Ingest and indexing: files → articles → tags → a Whoosh index.

Four sub-packages, one concern each, plus the article model they share:

* :mod:`.documents` — :class:`Article`, :class:`Section`, :class:`Tags` and
  article ids: what flows between the sub-packages;
* :mod:`.divisions` — the package's division table, read once for ingest and
  tagging alike;
* :mod:`.ingest` — input files → articles (file kinds, decoding, page splitting,
  cleaning, dates);
* :mod:`.analysis` — Chinese text → characters, words and vectors (normalisation,
  the jieba/rjieba segmenter, the sentence encoder);
* :mod:`.tagging` — article text → regions, courts and mechanisms;
* :mod:`.store` — tagged articles → an index on disk (schema, writers, side
  stores, the build pipeline).

Dependencies point one way: ``analysis`` imports no other sub-package; ``ingest``
and ``tagging`` may import ``analysis``, ``documents`` and ``divisions`` but never ``store``;
``store`` may import all of them. Nothing here imports :mod:`lawnews.search` or the
facade (``lawnews.api``, the CLI); ``lawnews.config`` and ``lawnews.errors`` are
shared by every layer. ``tests/test_layout.py`` checks these rules.
"""
