"""The one part of the build that pyproject.toml does not hold: a small optional C module.

``lawnews.index.ingest._glyphbox`` (``index/ingest/_glyphbox.c``) makes the
per-glyph calls of reading a PDF page in one loop. It is optional: where no C
compiler is found, lawnews installs all the same and ``index/ingest/pdf_glyphs.py`` makes
those calls from Python, more slowly.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("lawnews.index.ingest._glyphbox", ["index/ingest/_glyphbox.c"], optional=True)])
