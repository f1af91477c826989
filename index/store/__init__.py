"""Storing an index: tagged articles → Whoosh segments and side stores on disk.

In: articles (from :mod:`..ingest`, tagged by :mod:`..tagging`). Out: an index
directory: the Whoosh index of one document per section (:mod:`.schema`,
:mod:`.writer`, :mod:`.segwriter`), the exact-phrase gram store (:mod:`.grams`),
the sentence-vector store (:mod:`.vectors`, both on :mod:`.sidestore`), and the
index's description ``lawnews.json`` (:mod:`.storage`). :mod:`.build` runs the
whole path (read → tag → write, :mod:`.pipeline` on worker processes) with the
account of what was used and skipped, under the locks of :mod:`.locks`.

May import every other sub-package of :mod:`lawnews.index`; nothing there imports
this one.
"""
