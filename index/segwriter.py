"""A Whoosh segment writer that keeps its postings grouped by term in memory.

Whoosh's stock :class:`~whoosh.writing.SegmentWriter` puts every posting in an
external sorting pool (a tuple per posting, sorted as a whole, spilled to marshal
runs) and, at commit, reads each posting's field length back from the length
column it has just written. :class:`GroupingSegmentWriter` writes the same
segment with less work:

* postings go to a :class:`TermPool`: one list per ``(field, term)``, so the
  commit sorts the distinct terms, not the postings;
* field lengths are remembered as they are written (quantized exactly as the
  length column stores them) and served from memory to the codec's field writer.

Documents in, the same segment files out: an index written by either writer has
the same terms, postings, weights, positions, lengths, stored fields and columns
(``tests/test_segwriter.py`` compares them). Merging other segments into the new
one goes through the same pool. Segments written by other processes for the same
index (``adopted``) join the table of contents at the commit.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from itertools import repeat
from typing import Any, Iterator

from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

Posting = tuple[str, bytes, int, float, bytes]


class TermPool:
    """Postings grouped by field and term; :meth:`iter_postings` yields them in codec order.

    Postings arrive in document order (documents are added, then merged segments
    appended, each with higher numbers), so each term's list needs no sorting.
    They are taken as the tuples Whoosh makes and, every :data:`COMPACT_EVERY`
    postings, moved in bulk into columns per term (document numbers, weights,
    encoded values with equal ones shared): a few bytes a posting instead of a
    tuple of objects, which bounds a large segment's memory.
    """

    #: Postings held as tuples before they are moved into columns.
    COMPACT_EVERY = 100_000

    def __init__(self) -> None:
        self._fields: dict[str, dict[bytes, list[Posting]]] = {}
        self._columns: dict[str, dict[bytes, tuple[array, array, list[bytes]]]] = {}
        self._values: dict[bytes, bytes] = {}
        self._held = 0
        self.fieldnames: set[str] = set()

    def add(self, item: Posting) -> None:
        terms = self._fields.get(item[0])
        if terms is None:
            terms = self._fields[item[0]] = {}
            self.fieldnames.add(item[0])
        postings = terms.get(item[1])
        if postings is None:
            terms[item[1]] = [item]
        else:
            postings.append(item)
        self._held += 1
        if self._held >= self.COMPACT_EVERY:
            self._compact()

    def _compact(self) -> None:
        share = self._values.setdefault
        for fieldname, terms in self._fields.items():
            columns = self._columns.setdefault(fieldname, {})
            for btext, postings in terms.items():
                _f, _t, docnums, weights, values = zip(*postings)
                held = columns.get(btext)
                if held is None:
                    columns[btext] = (array("I", docnums), array("d", weights), list(map(share, values, values)))
                else:
                    held[0].extend(docnums)
                    held[1].extend(weights)
                    held[2].extend(map(share, values, values))
        self._fields = {}
        self._held = 0

    def iter_postings(self) -> Iterator[Posting]:
        self._compact()
        for fieldname in sorted(self._columns):
            terms = self._columns[fieldname]
            name = repeat(fieldname)
            for btext in sorted(terms):
                yield from zip(name, repeat(btext), *terms[btext])

    def cleanup(self) -> None:
        self._fields.clear()
        self._columns.clear()
        self._values.clear()
        self._held = 0


class _Lengths:
    """Field lengths of the new segment, as the codec's length column would return them."""

    def __init__(self) -> None:
        self.by_field: dict[str, dict[int, int]] = defaultdict(dict)

    def record(self, fieldname: str, docnum: int, length: int) -> None:
        if length:
            self.by_field[fieldname][docnum] = byte_to_length(length_to_byte(length))

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        return self.by_field.get(fieldname, {}).get(docnum, default)


class GroupingSegmentWriter(SegmentWriter):
    """:class:`~whoosh.writing.SegmentWriter` with a :class:`TermPool` and in-memory lengths."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        kwargs.pop("limitmb", None)
        super().__init__(ix, **kwargs)
        self.pool = TermPool()
        self._lengths = _Lengths()
        self.adopted: list[Any] = []  # segments other processes wrote, committed after this one's
        perdoc = self.perdocwriter
        add_field = perdoc.add_field
        record = self._lengths.record

        def add_field_recording(fieldname: str, fieldobj: Any, value: Any, length: int) -> None:
            record(fieldname, perdoc._docnum, length)
            add_field(fieldname, fieldobj, value, length)

        perdoc.add_field = add_field_recording

    def _commit_toc(self, segments: list[Any]) -> None:
        super()._commit_toc(list(segments) + self.adopted)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self._lengths if self.codec.length_stats else None
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
