"""Statute citations in news text: 《民事诉讼法》第二百三十七条, 刑法第三百一十三条, 该法第十条.

In:  a text (one section of an article: paragraphs separated by line breaks) and the
     law-name table ``data/law_aliases.tsv`` (:class:`LawNames`).
Out: :func:`extract` → :class:`Citation` per mention, in text order: its character span,
     the law as written, the law's full title (the table's, else the title as printed),
     how the law is named (:data:`FORMS`) and the articles cited (:class:`Cited`, ranges
     and lists expanded, with 款 and 项), each labelled as the statute corpus labels its
     articles (第二百三十七条, 第一百零二条之一).

A mention is a law followed by article numbers. The law is a bracketed title that is a
law (its name is in the table, or it ends as laws do: 法, 条例, 规定, 解释 …; 《人民法院报》,
a book or a film is not; a short name the table lacks may abbreviate one judicial
interpretation: :meth:`LawNames.abbreviation`), a name of the table written without
brackets (刑法, 民诉法), a back-reference (该法, 本法, 同法, 上述规定, or a bare 《规定》) to the
last law of its kind named in the same paragraph (本法 in the text of an article printed under its
heading: the heading's law), or a name the text defines
(``（以下简称《规定》）``). A year before the law names its version (``as_of``). A bare
``第X条`` cites a law when that law is clear (``continuation``): right after a citation in
the same sentence, or in a paragraph naming that law alone, or the last law named in the
same sentence; a paragraph naming no law (article headings under a title, the quoted text
of an article) refers, with its bare articles and back-references, to the one law of the
paragraphs just before (within :data:`CARRY_REACH`; under an article heading, the heading's
law, not the laws its text names); in a text that has named one law only, a bare article a
sentence speaks of (从第八十二条的表述来看) is that law's. Precision comes first: numbers with no law in reach, a
back-reference whose law is not clear (none of its kind before it, or a list of laws)
and the articles of other documents (合同第五条) are no citation; the codes of Taiwan and of
other countries are, under their own names (民法（台湾地区）, 德国民法典), never the mainland's. docs/statutes.md gives the examples.

Cost: a text without 条 is returned at once; otherwise one pass of one compiled regular
expression and, over the paragraphs holding article numbers, one of an Aho-Corasick
automaton (names written without brackets), then a loop over the few mentions found.

The modules, each depending only on those above it:

- :mod:`.text`: what they share in reading a text (patterns compiled when first used,
  sentence ends, where a line opens, how far back the rules look);
- :mod:`.records`: :class:`Citation`, :class:`Cited` and the facet values of citations;
- :mod:`.numbers`: numerals and article numbers (ranges, lists, 款, 项, 之一);
- :mod:`.names`: the law-name table (:class:`LawNames`) and how printed titles compare;
- :mod:`.drafts`: the laws named as drafts (《X（草案）》, X草案, 征求意见稿), named as the draft;
- :mod:`.jurisdictions`: the codes of Taiwan and of other countries, named as such (民法（台湾地区）,
  德国民法典) and resolved to nothing (:func:`elsewhere` says why);
- :mod:`.titles`: the laws a text names, and the year or country printed with them;
- :mod:`.wording`: what a text says an article it cites says (its quoted wording, a gloss);
- :mod:`.references`: which law each run of article numbers is of (back-references,
  defined names, continuations);
- :mod:`.extractor`: :func:`extract` and :func:`parse_reference`, which tie them together.
"""

from __future__ import annotations

from .drafts import is_draft
from .extractor import (MOST_ARTICLES, WIDE_DIGITS, article_zero, bare_article, bare_numbers, extract, parse_reference,
                        written_article)
from .jurisdictions import elsewhere
from .names import DEFAULT_ALIASES, LawNames, loose_key, table_digest, title_key
from .numbers import LONGEST_RANGE, added_article, article_label, article_number, cn_label, cn_number, parse_articles, trailing_run
from .records import FORMS, Citation, Cited, cites_of, citing, is_range, statutes_of
from .wording import GLOSS_SEPARATOR

#: Bump when the rules change, so that indexes built by an older tagger are rebuilt.
RULES_VERSION = "35"

__all__ = ["Citation", "Cited", "LawNames", "extract", "parse_reference", "bare_numbers", "bare_article", "written_article", "article_zero", "MOST_ARTICLES", "WIDE_DIGITS", "title_key", "loose_key", "cn_number",
           "cn_label", "article_label", "statutes_of", "cites_of", "FORMS", "RULES_VERSION", "DEFAULT_ALIASES",
           "GLOSS_SEPARATOR", "citing", "is_draft", "elsewhere", "table_digest", "parse_articles", "article_number", "trailing_run",
           "LONGEST_RANGE", "added_article", "is_range"]
