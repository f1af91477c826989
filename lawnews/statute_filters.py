"""The statute filters of the index object: ``cites=`` and ``statute=`` as the index's values.

In: the facet filters a caller typed (``cites="民诉法 第237条"``, ``cites="2021年民事诉讼法第二百五十二条"``,
``statute="刑法"``), read against the statute collection and the laws the index's articles
cite (:mod:`lawnews.statutes`, :mod:`lawnews.index.store.statutes`).
Out: the filters with the index's values, the ids of the articles citing a version named,
what each value as typed selects, the version labels the results show
(:class:`StatuteFilters`, a layer of :class:`~lawnews.news_index.NewsIndex`), and the
UnknownFacetError naming a law's nearest articles for an article no version holds and no
news article cites (:meth:`StatuteFilters._cites_held`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from . import arguments as _args
from .errors import InvalidArgumentError, LawNewsError, at_fault
from .index_base import IndexBase, _in_turn
from .search import syntax

# The statute types are named in hints as attributes of the package (lawnews.CitedBy),
# which loads each when it is asked for.
import lawnews


class StatuteFilters(IndexBase):
    """The ``cites=`` and ``statute=`` filters of :class:`~lawnews.news_index.NewsIndex`,
    read against the statute collection and the index's cited laws."""

    if TYPE_CHECKING:
        def cited_by(self, statute: str, *, limit: int = 10, all_copies: bool = False) -> lawnews.CitedBy:
            """The articles citing ``statute`` (``NewsIndex.cited_by``)."""

    def _cites_held(self, selected: Mapping[str, Any]) -> None:
        """UnknownFacetError naming the law's nearest articles (:meth:`_lacking_article`) for
        a ``cites`` value of ``selected`` (the filters as :meth:`_statute_selection` gives them)
        that names an article no version of its law holds and no news article cites."""
        values = selected.get("cites", ())
        errors = [self._lacking_article(value) for value in values]
        if values and all(errors):  # a list (工伤保险条例 14 15) when none of its articles is held or cited
            raise errors[0]  # type: ignore[misc]

    def _lacking_article(self, value: str) -> InvalidArgumentError | None:
        """The UnknownFacetError (argument ``cites``; None else) for ``value`` (``中华人民共和国公司法 第九百九十九条``)
        when the statute collection holds its law but no version of it holds the article and
        no news article cites it, naming the law's nearest articles, as the look-up and
        cited-by say it: a search narrowed to it finds nothing, unsaid why. Not said of a
        collection whose last build was cut short (it may lack the article)."""
        import datetime

        from .statutes import article_versions, held_law, reference, unknown_article

        try:
            ref = reference(value, self._tagger, self._cited_laws)
        except LawNewsError:  # what the value names is said where it is read
            return None
        if not ref.article or ref.id is not None or ref.pinned or not held_law(ref):
            return None
        from .index.store.statutes import Collection

        if getattr(Collection.current(), "unfinished", False):  # a build cut short may lack it: not said
            return None
        if article_versions(ref, datetime.date.today().isoformat()) or self._cited_count(ref.value, True):
            return None
        return at_fault(unknown_article(ref), "cites")

    def _cited_count(self, statute: str, all_copies: bool = False) -> int:
        """The number of articles :meth:`cited_by` lists for ``statute`` (all its pages)."""
        return self.cited_by(statute, limit=0, all_copies=all_copies).total

    @_in_turn
    def _cited_laws(self) -> list[str]:
        """The laws the index's articles cite (its ``statute`` values)."""
        return list(self._searcher.index_facets().get("statute", {}))

    @staticmethod
    def _versions_in_query(query: str, filters: Mapping[str, Any]) -> "tuple[str, dict[str, Any]]":
        """``(query, filters)`` with the ``cites=`` values that name a version
        (``2021年民事诉讼法第二百五十二条``) moved into the query as ``cites:`` clauses (any of
        them), which take a version wherever a query goes (trends, first)."""
        from .index.store.statutes import versioned_reference
        from .statutes import expand_listed

        raw = filters.get("cites")
        if not raw:
            return query, dict(filters)
        try:
            values = expand_listed(_typed(raw))
        except InvalidArgumentError as e:  # a range that cannot be read: the filter's
            raise at_fault(e, "cites")
        pinned = [v for v in values if versioned_reference(v) is not None and '"' not in v]
        if not pinned or len(pinned) < len(values):
            return query, dict(filters)  # none, or mixed: the filter says what is wrong
        clause = " OR ".join(f'cites:"{v}"' for v in pinned)
        rest = {k: v for k, v in filters.items() if k != "cites"}
        return (f"({query}) AND ({clause})" if not syntax.is_everything(query) else f"({clause})"), rest

    def _statute_step(self, query: str, filters: Mapping[str, Any]
                      ) -> "tuple[str, dict[str, Any], dict[str, dict[str, dict[str, tuple[str, ...]]]]]":
        """The statute step of :meth:`trends`, :meth:`first` and :meth:`profile`, one for all:
        ``(query, filters, typed)``, the ``cites=`` values naming a version moved into the query
        (:meth:`_versions_in_query`), the filters checked (:func:`.arguments.filters`) and their
        ``cites=``/``statute=`` values made the index's (:meth:`_statute_filters`, errors as
        :meth:`search` raises them), and what each value as typed selects, as :meth:`search`
        gives it in ``statute_filters`` (empty when none is typed)."""
        query, filters = self._versions_in_query(query, filters)
        typed: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {}
        selected = self._statute_filters(_args.filters(filters), typed)
        self._cites_held(selected)
        return query, selected, typed

    def _statute_filters(self, filters: Mapping[str, Any],
                         typed: "dict[str, dict[str, dict[str, tuple[str, ...]]]] | None" = None) -> dict[str, Any]:
        """``cites=`` and ``statute=`` filters as the index's values: ``cites="民诉法 第237条"``
        → ``cites="中华人民共和国民事诉讼法 第二百三十七条"``, ``cites="刑法"`` → ``statute=…``;
        UnknownFacetError listing the closest law names when one names no known law.
        A version named in ``cites=`` is taken by :meth:`search` and :meth:`facets`, and
        by :meth:`trends` and :meth:`first` as a ``cites:`` clause of their query
        (:meth:`_versions_in_query`); elsewhere a ``cites:`` in the query names it. ``typed``,
        when given, gets what each value as typed selects (:meth:`_statute_selection`)."""
        out, only = self._statute_selection(filters, typed=typed)
        if only is not None:
            raise InvalidArgumentError("a version in cites= is taken by search, facets, cited-by, trends, first and similar;"
                                       " here write it in the query: cites:\"2021年民事诉讼法第二百五十二条\"",
                                       argument="cites")
        return out

    def _version_labels(self, filters: Mapping[str, Any]) -> dict[str, str]:
        """For each ``cites=`` value naming its version: the article's ``cites`` facet value →
        that version's name (``2021年中华人民共和国民事诉讼法 第二百五十二条``), which the
        filters and the ``cites`` facet of the results then show: the selected value names the
        version it holds to, and its count is of that version's citations (what the filter
        finds), never an every-version value beside it. Empty without such a value (or when a
        value is wrong: the selection says what is wrong)."""
        raw = filters.get("cites")
        if not raw:
            return {}
        from .index.store.statutes import versioned_reference
        from .statutes import expand_listed, reference, same_law_values

        labels: dict[str, str] = {}
        try:
            for value in expand_listed(_typed(raw)):
                if versioned_reference(value) is None:
                    continue
                ref = reference(value, self._tagger, self._cited_laws)
                if ref.pinned and ref.article and ref.version:
                    label = f"{ref.version[:4]}年{ref.law} {ref.article}"
                    if reference(label, self._tagger, self._cited_laws).version != ref.version:
                        label = value  # two versions in that year: the name typed
                    labels[ref.value] = label
                    # the same article under the other titles printed for its law (《测试法》, 《中华人民共和国测试法》)
                    for more in same_law_values(ref, self._searcher.index_facets().get("cites", {})):
                        labels.setdefault(more, label)
        except LawNewsError:
            return {}
        return labels

    def _statute_selection(self, filters: Mapping[str, Any], titles: bool = True,
                           typed: "dict[str, dict[str, dict[str, tuple[str, ...]]]] | None" = None,
                           ) -> "tuple[dict[str, Any], set[str] | None]":
        """The filters as :meth:`_statute_filters` gives them, and when a ``cites=`` names its
        version (``2021年民事诉讼法第二百五十二条``), the ids of the articles whose citation of
        it is resolved to that version (else None). With ``titles``, a law or article the index
        holds under several printed titles the collection reads as one law (《测试法》 and
        《中华人民共和国测试法》) selects the citations of each, as cited-by lists them. ``typed``,
        when given, gets what each value as typed selects: ``{"cites": {"刑法": {"statute":
        ("中华人民共和国刑法",)}}}`` (a law alone in ``cites=`` selects the law's ``statute`` value)."""
        if not filters.get("cites") and not filters.get("statute"):
            return dict(filters), None
        from .statutes import citing_version, expand_listed, reference, same_law_values

        out = {k: v for k, v in filters.items() if k not in ("cites", "statute")}
        only: set[str] | None = None
        unpinned = []
        for name in ("statute", "cites"):
            raw = filters.get(name)
            values = _typed(raw)
            try:
                for given in values:
                    for value in expand_listed([given]) if name == "cites" else [given]:  # 第十条至第十五条: each
                        ref = reference(value, self._tagger, self._cited_laws)
                        if name == "statute" and ref.article:
                            raise InvalidArgumentError(f"statute={value!r} names an article: use cites= for one article",
                                                       argument="statute")
                        if ref.pinned:
                            only = (only or set()) | citing_version(self._ix, ref)
                        elif name == "cites":
                            unpinned.append(value)
                        out[ref.facet] = (*out.get(ref.facet, ()), ref.value)
                        if titles:  # of a version too: its citations under every title printed
                            more = same_law_values(ref, self._searcher.index_facets().get(ref.facet, {}))
                            out[ref.facet] = tuple(dict.fromkeys((*out[ref.facet], *more)))
                        else:
                            more = []
                        if typed is not None:
                            chosen = typed.setdefault(name, {}).setdefault(given, {})
                            chosen[ref.facet] = tuple(dict.fromkeys((*chosen.get(ref.facet, ()), ref.value, *more)))
            except InvalidArgumentError as e:  # a value naming no law or article it can read: this filter's
                raise at_fault(e, name)
        if only is not None and unpinned:
            raise InvalidArgumentError(f"cites= names a version in one value and none in {unpinned[0]!r}:"
                                       " give the versions of all, or of none", argument="cites")
        return out, only


def _typed(raw: Any) -> list[str]:
    """The values of one ``cites=`` or ``statute=`` filter as typed: one value (str or
    int) or a collection of them (None: none), each as a string."""
    return [str(v) for v in ([raw] if isinstance(raw, (str, int)) else list(raw or ()))]


def _versioned_filters(filters: Mapping[str, tuple[str, ...]], labels: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """``filters`` with each ``cites`` value of a version selected named with its version, once
    (the values of the article under the law's other printed titles are named by it too)."""
    if not labels or "cites" not in filters:
        return dict(filters)
    return {**filters, "cites": tuple(dict.fromkeys(labels.get(v, v) for v in filters["cites"]))}


def _versioned_facets(facets: Mapping[str, dict[str, int]], labels: Mapping[str, str],
                      total: int | None = None) -> dict[str, dict[str, int]]:
    """``facets`` with the ``cites`` value of each version selected named with its version:
    its count is of the articles the version filter keeps (all the counts are). The values
    of the article under several printed titles the version names count together, at most
    ``total`` (the results': an article printing two of them counts once)."""
    if not labels or "cites" not in facets:
        return dict(facets)
    counts: dict[str, int] = {}
    for value, n in facets["cites"].items():
        named = labels.get(value, value)
        counts[named] = counts.get(named, 0) + n
    if total is not None:
        counts = {v: min(n, total) if v in labels.values() else n for v, n in counts.items()}
    return {**facets, "cites": dict(sorted(counts.items(), key=lambda item: -item[1]))}
