"""References people type to a law or an article (``民事诉讼法 第二百三十七条``, ``民诉法第237条``, ``刑法``).

In:  the typed text, the tagger (its law-name table), the titles the index knows (asked only
     when the table does not know the name) and the current statute collection.
Out: :func:`reference` → :class:`~.views.StatuteRef` (the law's title, the article, its text
     in the latest version holding it, or pinned to the version a year names), or an
     UnknownFacetError listing what it may have meant; :func:`expand_listed` (ranges and
     lists of articles as one reference each).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable, Iterable

from ..errors import ONE_ARTICLE, UnknownFacetError, naming
from ..index.store import statutes as _store
from ..index.tagging import Tagger
from ..index.tagging.citations import WIDE_DIGITS, elsewhere, title_key
from ..index.tagging.tagger import bare_reference
from .articles import _lacking
from .views import StatuteRef


#: An article heading (第三百一十三条, 第67条) where a law's name should be.
_ARTICLE_HEADING = re.compile(r"第[〇零一二三四五六七八九十百千万两\d]+条")


def _around_article(typed: str, law: str) -> str:
    """What to say of a reference ``typed`` holding one article and more than a law around it
    (``law``: the text read as its law, the article within): the article before its law, a year
    after it (a version goes before the article), or words after it no reference holds."""
    heading = _ARTICLE_HEADING.search(law)
    assert heading is not None
    before, after = law[:heading.start()].strip(), law[heading.end():].strip()
    if not before:
        return (f"{typed!r} names its article before its law: write the law first: '{after.strip('《》')}{heading.group()}'"
                " (the law, then at most one article)")
    year = re.search(r"(?:19|20)\d\d", after)
    if year is not None:
        return (f"{typed!r} names a year after its article {heading.group()}: a version goes before the article:"
                f" '{year.group()}年{before}{heading.group()}' or '{before}（{year.group()}修正）{heading.group()}'")
    return (f"{typed!r}: {after!r} after its article {heading.group()} is no part of a reference: write a law and at"
            f" most one article, e.g. '{before}{heading.group()}'")


#: A paragraph or item typed after an article: 第六十七条第一款, 第39条第（二）项, also after an
#: added article's 之一 (第一百三十三条之一第一款, 第133条之1第1款).
_PART = re.compile(r"条\s*(?:之\s*[〇零一二三四五六七八九十\d０-９]+\s*)?(第\s*[（(]?[〇零一二三四五六七八九十百\d０-９]+[)）]?\s*[款项](?:\s*第\s*[（(]?[〇零一二三四五六七八九十百\d０-９]+[)）]?\s*项)?)")


def reference(text: str, tagger: Tagger, known: Callable[[], Iterable[str]] = lambda: ()) -> StatuteRef:
    """What ``text`` names (see :func:`_reference`); a 款 or 项 typed after the article is
    not searched apart (citations are kept by article): a note says so."""
    ref = _reference(text, tagger, known)
    part = _PART.search(text)
    if part is None or ref.article is None:
        return ref
    said = (f"articles citing any part of {ref.article} are listed: the {part.group(1)} typed is not searched apart"
            " (each citation below shows the part it names)")
    return replace(ref, note=f"{ref.note}; {said}" if ref.note else said)


def _reference(text: str, tagger: Tagger, known: Callable[[], Iterable[str]] = lambda: ()) -> StatuteRef:
    """What ``text`` names (``民事诉讼法 第二百三十七条``, ``民诉法第237条``, ``刑法``): its law
    through the law-name table, else a title the index or the collection knows (``known()``:
    the index's ``statute`` values, asked only then). A reference naming its version
    (``2021年民事诉讼法第二百五十二条``, ``民事诉讼法（2021修正）第252条``) is that article of the
    version dated last on or before the end of that year, ``pinned``. UnknownFacetError, listing the
    closest law names, when it names no known law (or the collection lacks the version)."""
    from ..index.analysis.fold import simplified
    from ..index.tagging.citations import parse_reference

    typed = text
    # a range or list, before a bare number ending it is read as an article (刑法314至313: backwards)
    _one_article(simplified(text).translate(WIDE_DIGITS))
    # 中華人民共和國刑法第二十條 is 中华人民共和国刑法第二十条; full-width digits (（２０２１修正）) are digits
    text = bare_reference(simplified(text).translate(WIDE_DIGITS))
    if typed.strip() and not _HAN.search(typed):  # Civil Code article 5: no law's name (they are Chinese titles)
        raise UnknownFacetError(f"no statute named in {typed!r}: name a law by its Chinese title or usual short name,"
                                " then optionally one article, e.g. '民事诉讼法 第二百三十七条', '刑法 第20条' or '刑法'",
                                facet="statute", value=typed)
    if (odd := _store.odd_article(typed)) is not None:  # 刑法第-1条, 刑法第1.5条
        raise odd
    beyond = _store.beyond_articles(text, typed)  # 刑法第99999条, 破产法 9999: no law has that many articles
    if beyond is not None and not any(k and title_key(text).startswith(title_key(k)) for k in known()):
        raise beyond  # (a law only the index's citations name, 奥地利民法典 第一千三百零八条, has its articles)
    versioned = _store.versioned_reference(text)
    if versioned is not None:
        return _pinned(text, versioned)
    ref = parse_reference(text, tagger.laws)
    if ref is None:
        _one_article(text)
        raise UnknownFacetError(f"no statute named in {text!r}: write a law and optionally one article,"
                                " e.g. '民事诉讼法 第二百三十七条' or '刑法'", facet="statute", value=typed)
    law, label, candidates = ref
    if candidates:
        raise UnknownFacetError(f"{text!r} may name {' or '.join(candidates)}: write the full title",
                                facet="statute", value=typed, known=tuple(candidates))
    collection = _store.Collection.current()
    title = None
    known_titles: list[str] = []
    if tagger.laws.lookup(law):
        title = law
    else:
        known_titles = list(known())
        by_key = {title_key(k): k for k in known_titles}
        title = by_key.get(title_key(law)) or (collection.law(law) if collection is not None else None)
    if title is None and (short := _store.shortened(law, collection, known_titles)) is not None:
        # 检察院组织法 for 人民检察院组织法: the title it shortens, saying which when several fit
        title, others = short
        chose = _store.shortened_note(law, title, others)
        ref = _reference(f"{title}{label}" if label else title, tagger, known)
        return replace(ref, note="; ".join(n for n in (chose, ref.note) if n) or None)
    if title is None and _ARTICLE_HEADING.search(law):  # 刑法 第三百一十三条 第六十七条: an article read as the name
        _one_article(text)
        if len(_ARTICLE_HEADING.findall(text)) == 1:  # one article, and more than a law around it
            raise UnknownFacetError(_around_article(typed, law), facet="cites", value=typed)
        raise UnknownFacetError(f"{text!r} names more than one article: write a law and at most one article,"
                                " e.g. '民事诉讼法 第二百三十七条' or '刑法'", facet="cites", value=typed)
    if title is None:
        raise _store.unknown_law(law, tagger.law_names() + known_titles, collection)
    if collection is None:
        return StatuteRef(title, label, note=f"{_store.no_collection()}: no text can be shown")
    law_here = collection.law(title)
    if law_here is None and len(places := collection.places(title)) > 1:
        return StatuteRef(title, label, note=f"{_store.shared_title(title, places)}: the articles below cite {title}"
                                             " without saying which, and no text of it can be shown; name one"
                                             " place's title for its text")
    if law_here is None and len(fits := _store.abbreviated(title, collection)) > 1:
        return StatuteRef(title, label, note=f"{_store.abbreviates(title, fits)}: the articles below cite {title}"
                                             " without saying which, and no text of it can be shown; name one"
                                             " law's full title for its text")
    if law_here is None and (outside := elsewhere(title)) is not None:  # 民法（台湾地区）, 德国民法典
        return StatuteRef(title, label, note=f"{outside}: no text of it can be shown")
    if law_here is None:
        why = f"; {_store.UNFINISHED}" if collection.unfinished else \
            " (a law repealed before its texts were collected, or one not indexed)"
        return StatuteRef(title, label, note=f"{title} is not in the statute collection{why}: no text of it can be shown")
    if label is None:
        return StatuteRef(title, label)
    version, _note, _reason = collection.version_for(law_here, None)
    labels = collection.labels(law_here, version or "")
    sid = labels.get(label)
    note = None
    if sid is None:  # the latest version lacks it: the newest version that has it, else say so
        held = collection.holding(law_here, label)
        if held:
            version, sid = list(held.items())[-1]
            note = f"the latest version of {law_here} has no {label}: its {version or 'undated'} version's text"
        else:
            version, note = None, _lacking(law_here, label)  # with the nearest it has, as the look-up's error
    statute = collection.article(sid) if sid else None
    return StatuteRef(title, label, sid, statute["text"] if statute else None, version or None, note)


def several_articles(text: str) -> list[str]:
    """The article labels of a reference naming several (a range ``刑法第313条至第314条``, a
    list ``刑法 313 314``, in traditional characters or full-width digits too), in order;
    empty for a reference naming one article or a law alone."""
    from ..index.analysis.fold import simplified

    return [part.rsplit(" ", 1)[1] for part in _listed(simplified(text).translate(WIDE_DIGITS)) or []]


def _one_article(text: str) -> None:
    """UnknownFacetError naming the articles when ``text`` lists several (a range, a list):
    cited-by and a statute look-up take one."""
    listed = _listed(text)
    if listed:
        labels = [part.rsplit(" ", 1)[1] for part in listed]
        raise naming(UnknownFacetError(f"{text!r} names {len(labels)} articles ({', '.join(labels)})"
                                       f"{ONE_ARTICLE}", facet="cites", value=text, known=tuple(listed)), ONE_ARTICLE)


_HAN = re.compile(r"[\u4e00-\u9fff]")


#: Whitespace between two article headings typed one after the other (刑法第二十条 第二十一条).
_SPACED_ARTICLES = re.compile(r"(?<=条)\s+(?=第\s*[〇零一二三四五六七八九十百千两\d０-９]+\s*条)")


def _listed(text: str) -> list[str] | None:
    """:func:`~lawnews.index.tagging.tagger.listed_articles` of ``text``, articles typed one
    after the other with spaces between (``刑法第二十条 第二十一条``) read as a list as with
    ``、``; its ValueError an InvalidArgumentError."""
    from ..errors import InvalidArgumentError
    from ..index.tagging.tagger import listed_articles

    try:
        return listed_articles(_SPACED_ARTICLES.sub("、", text))
    except ValueError as e:
        raise InvalidArgumentError(str(e)) from None


def expand_listed(values: Iterable[str]) -> list[str]:
    """Typed references with each range or list of articles (``公司法第十条至第十五条``,
    ``公司法第3、5条``) as one reference per article; the others as they are."""
    return [part for value in values for part in (_listed(value) or [value])]


def _pinned(text: str, cited: Any) -> StatuteRef:
    """The article of the version a reference names (see :func:`reference`)."""
    label = cited.articles[0].article
    collection, _law, version, sid = _store.pinned_article(cited)  # an error naming the versions that have it
    statute = collection.article(sid)
    return StatuteRef(cited.law, label, sid, statute["text"] if statute else None, version,
                      f"the latest version dated on or before the end of {cited.as_of[:4]} (by its source"
                      f" record's date), the year {text!r} names:"
                      " only the citations resolved to it", pinned=True)
