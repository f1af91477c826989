"""Facet filters, and the facet values a query names, checked against the index: the values
people write (湖南, 荆州中院, 2024年, 《人民法院报》) as the values the index holds.

In: filter mappings (``{"province": "湖南"}``) and parsed queries, read against the index's
Whoosh reader and the vocabulary (the tagger): its host, :class:`.searcher.IndexSearcher`,
provides ``_current()``, ``_vocab`` and ``lacking``. Out: the canonical values of each facet,
the Whoosh query of a selection, and for a value the index does not hold an
:class:`~lawnews.errors.UnknownFacetError` naming the values meant or held.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Iterable, Mapping

from whoosh import query as Q

from ..errors import InvalidArgumentError, UnknownFacetError
from ..index.store.schema import FACET_FIELDS, FACETS
from .closest import closest, closest_name, same_place_courts

#: Keywords other search APIs page with, which the facet filters would take for a facet.
_PAGING = frozenset({"page", "per_page", "page_size", "size", "rows", "from_"})
Filters = Mapping[str, "str | Iterable[str] | None"]

#: The marks a list of values is written with (湖南,湖北 · 湖南、湖北 · 湖南；湖北).
_LIST_MARKS = re.compile(r"[,，、;；]")

#: The other region levels a value unknown at one level is looked for at, nearest first,
#: to say which filter names it (广州 given as a province is a city).
_OTHER_LEVELS = {"province": ("city", "county"), "city": ("province",), "county": ("city", "province")}


class FacetValues:
    """Filters normalised and facet clauses checked (see the module docstring)."""

    def normalize_filters(self, filters: Filters | None) -> dict[str, tuple[str, ...]]:
        """Canonical facet values per facet; UnknownFacetError for unknown names or values."""
        out: dict[str, tuple[str, ...]] = {}
        for name, raw in (filters or {}).items():
            if raw is None or raw == [] or raw == ():
                continue
            if name not in FACETS:
                paging = ("; hits are paged with limit= and offset= (page 2 of 10 a page: limit=10, offset=10)"
                          if name in _PAGING else "")
                meant = closest_name(name, FACETS) if not paging else None
                near = f" (did you mean {meant}=?)" if meant else ""
                raise UnknownFacetError(f"unknown facet {name!r}{near}; facets are {', '.join(FACETS)}{paging}",
                                        argument=name, value=name, known=tuple(FACETS))
            values = [raw] if isinstance(raw, (str, int)) else list(raw)
            out[name] = tuple(self._canonical(name, str(v)) for v in values)
        return out

    def _canonical(self, facet: str, value: str) -> str:
        """The indexed form of ``value``; UnknownFacetError naming the values the
        index has when it is neither in the index nor (tag facets) in the taxonomy."""
        value = value.strip()
        reader = self._current().reader()
        if reader.doc_frequency(facet, value):
            return value
        for other in _other_forms(facet, value):  # 《人民法院报》, rmfyb; ２０２４
            if reader.doc_frequency(facet, other):
                return other
        canonical = self._vocab.resolve(facet, value) if self._vocab and facet in FACET_FIELDS else None
        if canonical is None:
            self._several_in_one(facet, value)
            ambiguous(self._vocab, facet, value)
            if facet == "city" and self._vocab and (county := self._vocab.resolve("county", value)):
                raise UnknownFacetError(f"{value!r} is no city but a county-level unit; filter by county: {county}",
                                        argument=facet, facet=facet, value=value, known=(county,))
            for level in _OTHER_LEVELS.get(facet, ()) if self._vocab else ():  # 广州 as a province
                if other := self._vocab.resolve(level, value):
                    raise UnknownFacetError(f"{value!r} is no {facet} but a {level}; filter by {level}: {other}",
                                            argument=facet, facet=facet, value=value, known=(other,))
            if facet == "court_level":
                from ..index.tagging.directory import LEVELS as LEVEL_NAMES, LEVELS_SAID

                raise UnknownFacetError(f"unknown court_level {value!r}; a court level is one of {LEVELS_SAID}",
                                        argument=facet, facet=facet, value=value, known=LEVEL_NAMES)
            known = [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(facet)]
            if facet == "court":
                self._closest_courts(value, known)
                if known:  # nothing spelt alike: the courts of the place and level it names, or none
                    self._same_place_courts(value, known)
            if not known:
                raise UnknownFacetError(f"unknown {facet} {value!r}; no article in this index has a {facet}",
                                        argument=facet, facet=facet, value=value)
            if len(known) <= 12:
                close = known
            elif facet == "year" and value.isdigit():  # the years nearest in time, not in spelling
                close = sorted((k for k in known if k.isdigit()), key=lambda k: (abs(int(k) - int(value)), k))[:5]
            else:
                close = difflib.get_close_matches(value, known, n=5, cutoff=0.3)
            if close:
                listed = ", ".join(close) + (f" (of {len(known)})" if len(close) < len(known) else "")
                raise UnknownFacetError(f"unknown {facet} {value!r}; {facet} values in this index: {listed}",
                                        argument=facet, facet=facet, value=value, known=tuple(close))
            # nothing spelt alike: the values most articles carry, so that the user sees what there is
            common = sorted(known, key=lambda k: (-reader.doc_frequency(facet, k), k))[:5]
            raise UnknownFacetError(f"unknown {facet} {value!r}; the {facet} values of most articles in this index:"
                                    f" {', '.join(common)} (of {len(known)})",
                                    argument=facet, facet=facet, value=value, known=tuple(common))
        return canonical

    def _several_in_one(self, facet: str, value: str) -> None:
        """UnknownFacetError saying to name each value on its own when ``value`` lists
        values of ``facet`` the index holds, parted by a comma or 、 (``湖南,湖北``, ``湖南、湖北``)."""
        parts = [p.strip() for p in _LIST_MARKS.split(value)]
        if len(parts) < 2 or not all(parts):
            return
        try:
            named = [self._canonical(facet, p) for p in parts]
        except UnknownFacetError:
            return
        raise UnknownFacetError(f"unknown {facet} {value!r}: it lists {len(parts)} values ({', '.join(named)});"
                                f" give each as a filter value of its own (values of one facet match any of them)",
                                argument=facet, facet=facet, value=value, known=tuple(named))

    def _closest_courts(self, value: str, known: list[str]) -> None:
        """UnknownFacetError naming the courts whose names (full, alias or short form, as
        the court directory gives them) are spelt most like ``value``: those some article
        of the index names, then the directory's others; nothing when none is alike."""
        names = getattr(self._vocab, "court_names", None)
        close = closest(value, names() if names is not None else {}, known)
        if not close:
            return
        held = [c for c in close if c in set(known)]
        other = [c for c in close if c not in held]
        said = [f"court values in this index spelt like it: {', '.join(held)}"] if held else []
        if other:
            said.append(f"{'other ' if held else ''}courts spelt like it, in no article of this index: {', '.join(other)}")
        raise UnknownFacetError(f"unknown court {value!r}; {'; '.join(said)}", argument="court", facet="court",
                                value=value, known=tuple(close))

    def _same_place_courts(self, value: str, known: list[str]) -> None:
        """UnknownFacetError naming the index's courts of the level ``value`` names whose
        place is spelt like the place it names; else one saying that no court is named
        like it (no list of courts that merely share 法院 or 中院)."""
        close = same_place_courts(value, known)
        if close:
            raise UnknownFacetError(f"unknown court {value!r}; court values in this index of a place spelt like"
                                    f" it, at its level: {', '.join(close)}", argument="court", facet="court",
                                    value=value, known=tuple(close))
        raise UnknownFacetError(f"unknown court {value!r}; no court of this index ({len(known)} courts) or of the"
                                " court directory is named like it", argument="court", facet="court", value=value)

    def _check_facet_values(self, q: Q.Query) -> None:
        """UnknownFacetError for a ``field:value`` clause of the query ``q`` whose value is
        neither in the index nor a name the tagger knows (``province:火星``), as for a filter; a
        ``cites:`` article no version of its law holds and none cites, the error of
        :attr:`lacking`, when it is alone or when every article of its list is. The error's
        ``argument`` is ``query``, the argument that holds the clause (``facet`` the facet)."""
        try:
            self._check_values(q)
        except InvalidArgumentError as e:  # the clause is the query's, whatever a filter would be named
            e.argument = "query"
            raise

    def _check_values(self, q: Q.Query, in_list: bool = False) -> None:
        """:meth:`_check_facet_values` of ``q``, a clause or a part of the query; ``in_list``:
        ``q`` is one article of a list of them (``cites:刑法 313 999``)."""
        if isinstance(q, Q.Term) and q.fieldname in ("statute", "cites"):
            self._check_statute_value(q, in_list)
        elif isinstance(q, Q.Term) and q.fieldname in FACET_FIELDS:
            if not self._current().reader().doc_frequency(q.fieldname, q.text):
                self._canonical(q.fieldname, q.text)
        elif not q.is_leaf():
            subs = list(q.children())
            cited = [sub for sub in subs if isinstance(sub, Q.Term) and sub.fieldname == "cites"]
            in_list = isinstance(q, Q.Or) and len(cited) > 1 and len(cited) == len(subs)  # cites:刑法 313 999
            for sub in subs:
                self._check_values(sub, in_list)
            if in_list and self.lacking is not None:
                reader = self._current().reader()
                errors = [None if reader.doc_frequency("cites", sub.text) else self.lacking(sub.text) for sub in cited]
                if all(errors):
                    raise errors[0]  # type: ignore[misc]

    def _check_statute_value(self, q: Q.Term, in_list: bool) -> None:
        """:meth:`_check_facet_values` of one ``cites:`` or ``statute:`` clause."""
        if self._current().reader().doc_frequency(q.fieldname, q.text):
            return
        from ..index.store.statutes import beyond_articles

        if (beyond := beyond_articles(q.text)) is not None:  # cites:刑法第9999条, as --cites says
            raise beyond
        from .query import _listed_articles

        listed = _listed_articles(q.text) if q.fieldname == "cites" else None
        if listed:  # cites:"刑法 300-313": the law of its articles
            self._check_law(listed[0].rsplit(" ", 1)[0])
            return
        self._check_law(q.text if q.fieldname == "statute" else q.text.rsplit(" ", 1)[0])
        if q.fieldname == "cites" and self.lacking is not None and not in_list:
            if (lacking := self.lacking(q.text)) is not None:  # cites:刑法第999条: the nearest articles
                raise lacking

    def _check_law(self, law: str) -> None:
        """UnknownFacetError for a ``statute:``/``cites:`` clause naming a law that neither
        the law-name table, the index nor the statute collection knows, as for the filter."""
        if self._vocab is None:
            return
        from ..index.store.statutes import Collection, shortened, unknown_law

        known = [t.decode("utf-8") if isinstance(t, bytes) else t
                 for t in self._current().reader().lexicon("statute")]
        if self._vocab.resolve_citation(law, tuple(known)) is not None:
            return
        collection = Collection.current()
        if collection is not None and collection.law(law):
            return
        if shortened(law, collection, known) is not None:  # 检察院组织法, read as _printed_title reads it
            return
        raise unknown_law(law, [*getattr(self._vocab, "law_names", list)(), *known], collection)

    @staticmethod
    def _filter_query(filters: Mapping[str, tuple[str, ...]]) -> Q.Query | None:
        parts = [Q.Or([Q.Term(name, v) for v in values]) for name, values in filters.items()]
        return Q.And(parts) if parts else None

    def _filtered(self, q: Q.Query, filters: Mapping[str, tuple[str, ...]]) -> Q.Query:
        """``q`` restricted to the filters' selection."""
        fq = self._filter_query(filters)
        return Q.And([q, fq]) if fq is not None else q


def ambiguous(vocab: Any, facet: str, value: str) -> None:
    """UnknownFacetError saying ``value`` is ambiguous when it may name several cities or
    counties (``Taizhou``: 泰州市 (江苏省) or 台州市 (浙江省)), listing them; else nothing."""
    candidates = getattr(vocab, "candidates", None)
    found = candidates(facet, value) if candidates is not None else ()
    if found:
        listed = " or ".join(f"{name} ({province})" for name, province in found)
        raise UnknownFacetError(f"ambiguous {facet} {value!r}: it may name {listed}; write the one you mean",
                                argument=facet, facet=facet, value=value, known=tuple(name for name, _p in found))


def _other_forms(facet: str, value: str) -> list[str]:
    """The forms under which ``value`` may be indexed: folded (full-width digits and
    letters narrowed, traditional characters simplified); a year without its 年
    (``2024年``), or in the numerals a date writes it in (``二〇二四年``); a court level as people write it (中院, 高院, 基层法院, see
    :func:`..index.tagging.directory.level_named`); for ``source``, the
    canonical outlet name (``《人民法院报》``, ``rmfyb`` → ``人民法院报``, as indexing names it)
    and a court's name for its short form (``株洲中院`` → ``株洲市中级人民法院``)."""
    from ..index.analysis.fold import fold

    forms = [fold(value)]
    if facet == "year":  # 2024年, ２０２４年, 二〇二四年 (a year as a date writes it)
        from ..index.ingest.dates import parse_date

        bare = forms[0].strip().removesuffix("年").strip()
        forms.append(bare)
        try:
            year, month, _day = parse_date(bare + "年")
        except ValueError:
            pass
        else:
            forms.append(str(year) if month is None else "")
    elif facet == "court_level":  # 中院, 高院, 基层法院, 中级人民法院
        from ..index.tagging.directory import level_named

        forms.append(level_named(forms[0]) or "")
    if facet == "source":  # the outlet's name, a court's as the index names it (株洲中院 → 株洲市中级人民法院)
        from ..index.ingest.sources import canonical_source
        from ..index.store.source_names import source_facet

        forms += [canonical_source(value), source_facet(canonical_source(value))]
    return [f for f in dict.fromkeys(forms) if f and f != value]
