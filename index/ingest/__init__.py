"""Reading inputs: files and folders → :class:`~lawnews.index.documents.Article` objects.

In: paths (page files ``.txt``/``.md``, JSONL, folders). Out: articles, untagged,
and a :class:`~.inputs.Skip` for every input not used, with its reason.

* :mod:`.readers` — walking folders, file kinds, JSONL records, file names;
* :mod:`.decoding` — a file's bytes → its text and encoding;
* :mod:`.pages` — a page's text → articles → sections;
* :mod:`.page_header`, :mod:`.kinds`, :mod:`.assembly` — what :mod:`.pages` reads a page with:
  the lines it prints about itself, its paragraphs' kinds, its draft articles;
* :mod:`.clean` — line-level cleaning and layout cues (wraps, bylines, lead-ins);
* :mod:`.dates` — the date forms Chinese sources print → ISO dates.

A new input format gets a module here, called from :func:`.readers.iter_inputs`.
May import :mod:`..documents`, :mod:`..divisions`, :mod:`..analysis`, ``lawnews.config`` and
``lawnews.errors``; never :mod:`..store`, :mod:`..tagging` or the search layer.
"""
