"""Chinese text analysis: characters, words and sentence vectors.

In: text. Out: normalised characters (:mod:`.chars`), the words and Whoosh tokens
of the jieba segmenter with the legal user dictionary in ``data/userdict.txt``
(:mod:`.chinese`, with rjieba as the exact accelerator in :mod:`.fastseg`), and
sentence vectors (:mod:`.encoder`, the m3e-small model on numpy).

Used by ingest, tagging, the store and the query layer alike, so it imports no
other sub-package of :mod:`lawnews.index` (only ``lawnews.config`` and
``lawnews.errors``).
"""
