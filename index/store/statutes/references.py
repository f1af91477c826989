"""References people type to a law or an article, checked against the statute collection.

In:  a typed reference (``破产法 9999``, ``民诉法2021``, ``2021年民事诉讼法第二百五十二条``), the
     law names known, and the current :class:`~.collection.Collection`.
Out: the errors saying what such a reference names instead (:func:`beyond_articles`,
     :func:`odd_article`, :func:`unknown_law`, :func:`unheld_version`, :func:`version_named`'s); the longest law
     (:func:`longest_law`); the citation a versioned reference is (:func:`versioned_reference`, its
     title bracketed where it is typed without: :func:`bracketed`)
     and what it pins (:func:`pinned`, :func:`pinned_article`); the index values naming the
     same law under another printed title (:func:`same_law_values`).
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Iterable

from ....errors import UnknownFacetError
from ...tagging.citations import WIDE_DIGITS, Citation, cn_number, extract
from .collection import Collection
from .names import shared_title
from .stored import UNFINISHED

#: A law's name with a year typed right after it (民诉法2021, 民事诉讼法 2023).
_YEAR_AFTER = re.compile(r"(?P<law>.+?)\s*(?P<year>(?:19|20)\d\d)年?")


#: An article number typed after a law: 第9999条, 第九千九百九十九条, or a bare number ending the text (破产法 9999).
_NUMBER_TYPED = re.compile(r"第\s*(?P<n>\d+|[零〇一二三四五六七八九十百千万两]+)\s*条|[^\d\s](?<!第)\s*(?P<bare>\d+)\s*$")


#: The longest law (民法典, 1260 articles): a reference to a higher article number names none,
#: unless the statute collection holds a longer law (:func:`longest_law`).
LONGEST = ("中华人民共和国民法典", 1260)


def longest_law() -> tuple[str, int]:
    """``(title, articles)`` of the longest law: the statute collection's longest where it holds one
    longer than :data:`LONGEST` (or the 民法典 itself), else :data:`LONGEST`. The one figure a typed
    reference is checked against and its error names."""
    collection = Collection.current()
    found = collection.longest() if collection is not None else None
    return found if found is not None and found[1] >= LONGEST[1] else LONGEST


def beyond_articles(typed: str, shown: str | None = None) -> UnknownFacetError | None:
    """The error for a reference naming an article number no law reaches (``破产法 9999``,
    ``破产法第9999条``, ``中华人民共和国企业破产法 第九千九百九十九条``, ``民法典第1300条``), or None:
    cited-by, the look-up, ``--cites`` and ``cites:`` say it alike. No law reaches beyond the
    longest (:func:`longest_law`), whose title and length the error names. A year after a law
    (``破产法2021``) is no article number: :func:`unknown_law` says what it is. The error quotes
    ``shown`` (the reference as the user typed it), else ``typed``."""
    digits = typed.translate(WIDE_DIGITS)
    for m in _NUMBER_TYPED.finditer(digits):
        if m.group("bare") is not None:
            if _YEAR_AFTER.fullmatch(digits.strip()):
                continue
            n = int(m.group("bare"))
        else:
            n = int(m.group("n")) if m.group("n").isdigit() else _numeral(m.group("n"))
        law, most = longest_law()
        if n > most:
            value = (shown or typed).strip()
            return UnknownFacetError(f"{value!r} names article {n}: no law has that many articles"
                                     f" (the longest, {law}, has {most})", facet="cites", value=value,
                                     known=(law,))
    return None


#: An article number that is no whole number from 1: 第-1条, 第1.5条.
_ODD_NUMBER = re.compile(r"第\s*([-－−]\s*\d+(?:\s*[.．]\s*\d+)?|\d+\s*[.．]\s*\d+)\s*条")
_MINUS_POINT = str.maketrans("－−．", "--.")


def odd_article(typed: str) -> UnknownFacetError | None:
    """The error for a reference naming an article number that is no whole number from 1
    (``刑法第-1条``, ``刑法第1.5条``), quoting ``typed``; else None. The look-up, cited-by,
    ``--cites`` and ``cites:`` say it alike."""
    odd = _ODD_NUMBER.search(typed.translate(WIDE_DIGITS))
    if odd is None:
        return None
    number = "".join(odd.group(1).split()).translate(_MINUS_POINT)
    return UnknownFacetError(f"{typed!r} names article {number}: articles are numbered with whole numbers"
                             " from 1 (刑法第1条, 刑法第一条)", facet="cites", value=typed)


def _numeral(typed: str) -> int:
    """A number in Chinese numerals, also beyond 9999 (一千万 → 10000000); 0 for none."""
    if "万" not in typed:
        return cn_number(typed) or 0
    high, _, low = typed.partition("万")
    return (cn_number(high) or (1 if not high else 0)) * 10000 + (cn_number(low) or 0 if low else 0)


def unknown_law(law: str, names: Iterable[str], collection: "Collection | None") -> UnknownFacetError:
    """The error for a ``law`` that no law-name table, index or collection knows, listing the
    closest of ``names`` and of the titles the ``collection`` holds."""
    known = list(dict.fromkeys([*names, *(collection.laws().values() if collection is not None else ())]))
    local = collection.places(law) if collection is not None else []
    if len(local) > 1:  # 人口与计划生育条例: the regulations of several provinces and cities share the title
        return UnknownFacetError(f"{shared_title(repr(law), local)}: write the whole title, e.g. {local[0]!r}",
                                 facet="statute", value=law, known=tuple(local))
    year = _YEAR_AFTER.fullmatch(law)
    if year is not None and year.group("law") in known:  # 民诉法2021: a year where an article was looked for
        name, when = year.group("law"), year.group("year")
        return UnknownFacetError(f"{law!r} names no article: {when} after {name} is a year; for an article of"
                                 f" its {when} version write '{when}年{name}第一条', or '{name}' for the whole law",
                                 facet="statute", value=law, known=(name,))
    # a known name written inside it first (公司法 in 公司法（2023修正）), the longest first
    inside = sorted((n for n in known if len(n) > 2 and n != law and n in law), key=len, reverse=True)[:2]
    close = list(dict.fromkeys(inside + difflib.get_close_matches(law, known, n=5, cutoff=0.5)))[:5]
    unfinished = f" ({UNFINISHED})" if collection is not None and collection.unfinished else ""
    return UnknownFacetError(f"no statute named {law!r} is known{unfinished}" +
                             (f"; did you mean: {', '.join(close)}" if close else
                              "; write a law's full title or a usual short name (民事诉讼法, 民诉法, 刑法)"),
                             facet="statute", value=law, known=tuple(close))


def same_law_values(collection: "Collection | None", value: str, indexed: Iterable[str],
                    article: bool) -> list[str]:
    """Of the index's ``cites`` (``article``) or ``statute`` values ``indexed``, those other
    than ``value`` naming its article (or law) under another printed title that the statute
    collection reads as the same law (``测试法 第二条`` beside ``中华人民共和国测试法 第二条``);
    none without a collection holding the law. Every way of selecting a law or article
    (a filter, a ``cites:`` or ``statute:`` clause, a profile) selects these too."""
    title, _sep, label = value.rpartition(" ") if article else (value, "", "")
    law_here = collection.law(title) if collection is not None and title else None
    if law_here is None:
        return []
    out = []
    for other in indexed:
        other_title, _sep, other_label = other.rpartition(" ") if article else (other, "", "")
        if (other_label == label and other_title and other != value
                and collection.law(other_title) == law_here):
            out.append(other)
    return out


#: A reference typed with its version and a title without brackets: the year before it
#: (2021年中华人民共和国仲裁法第一条) or in brackets after it (仲裁法（2021修正）第一条).
_YEAR_TITLE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d年)\s*(?P<law>[^《》\s\d第][^《》]*?)\s*(?P<rest>第.*)$")
_TITLE_YEAR = re.compile(r"^\s*(?P<law>[^《》\s\d第（(][^《》（()）]*?)\s*(?P<year>[（(]\s*(?:19|20)\d\d[^《》（()）]*[)）])"
                         r"\s*(?P<rest>第.*)$")


def bracketed(text: str) -> str:
    """A reference typed with its version and a title without brackets (``2021年中华人民共和国
    仲裁法第一条``, ``仲裁法（2021修正）第一条``) with the title in brackets, as a text printing a
    title the name table lacks must write it to be read as a law (a local rule, a law newer
    than the table); any other text as it is."""
    if m := _YEAR_TITLE.match(text):
        return f"{m['year']}《{m['law']}》{m['rest']}"
    if m := _TITLE_YEAR.match(text):
        return f"《{m['law']}》{m['year']}{m['rest']}"
    return text


def versioned_reference(text: str) -> Citation | None:
    """The citation a reference typed with its version names (``2021年民事诉讼法第二百五十二条``,
    ``民事诉讼法（2021修正）第252条``, ``《民事诉讼法》(2021年) 第252条``), read as an article's
    text is (its ``as_of`` the end of the year named); also a title the name table lacks typed
    without brackets (``2020年中华人民共和国测试法第一条``: :func:`bracketed`), as ``--cites``,
    ``cites:``, cited-by, trends and first read it alike; None when the text is no such one
    citation of one article."""
    if not re.search(r"(?:19|20)\d\d", text):
        return None
    for typed in dict.fromkeys((text.strip(), bracketed(text).strip())):
        cited = extract(typed)
        if len(cited) == 1 and cited[0].as_of and cited[0].law is not None and len(cited[0].articles) == 1:
            return cited[0]
    return None


def unheld_version(cited: Citation) -> UnknownFacetError:
    """The error for a reference naming a version of a law the statute collection does not hold."""
    return UnknownFacetError(f"{cited.law} {cited.articles[0].article} is named with its version ({cited.as_of[:4]}),"
                             f" and the statute collection does not hold {cited.law}: index its statute records,"
                             " or leave the version out", facet="cites", value=cited.as_of[:4],
                             known=(f"{cited.law} {cited.articles[0].article}",))


def version_named(collection: "Collection | None", law: str, as_of: str) -> str:
    """The version of ``law`` (the collection's title) a year named with it means, as for a
    citation printing its year (:meth:`Collection.version_for` on ``as_of``, the end of
    that year); an UnknownFacetError saying why and listing the versions when none is."""
    year = as_of[:4]
    if collection is None:
        raise UnknownFacetError(f"no statute collection holds the versions of {law}: index its statute records"
                                f" (docs/statutes.md), or leave the year {year} out", facet="cites", value=year)
    dated = [v for v in collection.versions(law) if v]
    fields: dict[str, Any] = {"facet": "cites", "value": year, "known": tuple(dated)}
    if not dated:  # as for a citation printing its year (1979年刑法第160条): no version can be told
        raise UnknownFacetError(f"the statute collection holds {law} only undated: no version of it can be told"
                                f" for {as_of[:4]}; leave the year out", **fields)
    if int(as_of[:4]) > int(dated[-1][:4]) + 1:  # as for a citation: the text of that year is not held
        raise UnknownFacetError(f"the latest version of {law} in the statute collection is {dated[-1]}: its"
                                f" {as_of[:4]} text is not held (its versions: {', '.join(dated)}): name one of their years"
                                f" ('{dated[-1][:4]}年{law}…'), or leave the year out for the latest", **fields)
    version, _note, reason = collection.version_for(law, as_of)
    if version is None:
        raise UnknownFacetError(f"no version of {law} in the statute collection stands for {as_of[:4]}"
                                f" (its versions: {', '.join(dated)}): {reason}", **fields)
    return version


def pinned(cited: Citation) -> "tuple[Collection, str, str]":
    """The statute collection, its title of the law and the version a reference typed with
    its year names (:func:`versioned_reference`); UnknownFacetError when the collection does
    not hold the law (:func:`unheld_version`) or no version of it stands for that year
    (:func:`version_named`)."""
    collection = Collection.current()
    law = collection.law(cited.law) if collection is not None else None
    if law is None:
        raise unheld_version(cited)
    return collection, law, version_named(collection, law, cited.as_of)


def pinned_article(cited: Citation) -> "tuple[Collection, str, str, str]":
    """:func:`pinned` and the id of the article the reference names in that version;
    UnknownFacetError when that version lacks it, naming the versions that have it and how to
    name the article without a version (an article only an older or a later text holds)."""
    collection, law, version = pinned(cited)
    label = cited.articles[0].article
    sid = collection.labels(law, version).get(label)
    if sid is None:
        holding = collection.holding(law, label)
        others = [v or "undated" for v in holding]
        said = (f"; its {', '.join(others)} version{'s have' if len(others) > 1 else ' has'} it: name that year"
                f" ('{others[-1][:4]}年{cited.law}{label}') or leave the year out ('{cited.law}{label}') for every"
                " version" if others else f"; no version of it in the statute collection has {label}")
        raise UnknownFacetError(f"the {version or 'undated'} version of {law} has no {label}{said}", facet="cites",
                                value=cited.text, known=tuple(f"{v[:4]}年{cited.law}{label}" if v else f"{cited.law}{label}"
                                                              for v in holding))
    return collection, law, version, sid
