"""A Whoosh segment writer that keeps its postings grouped by term in memory.

Whoosh's stock :class:`~whoosh.writing.SegmentWriter` puts every posting in an
external sorting pool (a tuple per posting, sorted as a whole, spilled to marshal
runs) and, at commit, reads each posting's field length back from the length
column it has just written. :class:`GroupingSegmentWriter` writes the same
segment with less work:

* a document's fields are added by a plan made once per schema (which fields are
  scorable, stored, with a column), and the postings of a keyword or ID value
  seen before are reused rather than analysed again;
* postings go to a :class:`TermPool`: one flat list per ``(field, term)``, so the
  commit sorts the distinct terms, not the postings;
* field lengths are remembered as they are written (quantized exactly as the
  length column stores them) and served from memory;
* each term's postings reach the codec's postings writer a block at a time, with
  the block statistics it would have gathered posting by posting.

Documents in, the same segment files out: an index written by either writer has
byte-for-byte the same segment files (``tests/test_segwriter.py`` compares them,
and every term, posting, length, stored field and column). Documents with boosts
or custom stored values take Whoosh's own path. Merging other segments into the
new one goes through the same pool. Segments written by other processes for the
same index (``adopted``) join the table of contents at the commit.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from itertools import repeat
from typing import Any, Iterator

from whoosh.codec.whoosh3 import W3FieldWriter
from whoosh.fields import ID, KEYWORD
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

Posting = tuple[str, bytes, int, float, bytes]

#: Distinct values of one keyword or ID field whose postings a writer remembers.
MEMO_VALUES = 4096


class TermPool:
    """Postings grouped by field and term, handed to the codec a term at a time
    (:meth:`iter_terms`) or a posting at a time (:meth:`iter_postings`), both in codec order.

    Postings arrive in document order (documents are added, then merged segments
    appended, each with higher numbers), so each term's list needs no sorting.
    A term's postings are one flat list, ``[docnum, weight, value, docnum, …]``:
    three references a posting, the objects shared (a document's number by all
    its postings; weights and values by the field's ``index``, and values by this
    pool for merged postings), which bounds a large segment's memory without a tuple
    per posting.
    """

    def __init__(self) -> None:
        self._fields: dict[str, dict[bytes, list[Any]]] = {}
        self._values: dict[bytes, bytes] = {}
        self.fieldnames: set[str] = set()

    def _terms(self, fieldname: str) -> dict[bytes, list[Any]]:
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return terms

    def add(self, item: Posting) -> None:
        """One posting, as Whoosh's writer gives it: ``(field, term, docnum, weight, value)``."""
        fieldname, btext, docnum, weight, value = item
        posting = (docnum, weight, self._values.setdefault(value, value))
        terms = self._terms(fieldname)
        postings = terms.get(btext)
        if postings is None:
            terms[btext] = list(posting)
        else:
            postings += posting

    def add_document_field(self, fieldname: str, docnum: int, items: Any) -> int:
        """The postings of one field of one document, as the field's ``index``
        gives them (``(term, frequency, weight, value)``); returns the sum of the frequencies."""
        terms = self._terms(fieldname)
        get = terms.get
        length = 0
        for btext, freq, weight, value in items:
            length += freq
            postings = get(btext)
            if postings is None:
                terms[btext] = [docnum, weight, value]
            else:
                postings += (docnum, weight, value)
        return length

    def iter_terms(self) -> Iterator[tuple[str, Iterator[tuple[bytes, list[Any]]]]]:
        """``(field, terms)`` by field name; ``terms`` gives ``(term, postings)`` by
        term, ``postings`` flat as the pool holds them."""
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            yield fieldname, ((btext, terms[btext]) for btext in sorted(terms))

    def iter_postings(self) -> Iterator[Posting]:
        for fieldname, terms in self.iter_terms():
            name = repeat(fieldname)
            for btext, postings in terms:
                yield from zip(name, repeat(btext), postings[0::3], postings[1::3], postings[2::3])

    def cleanup(self) -> None:
        self._fields.clear()
        self._values.clear()


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
    """:class:`~whoosh.writing.SegmentWriter` with a :class:`TermPool`, in-memory
    lengths, a per-field plan for documents and a block-at-a-time postings writer."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        kwargs.pop("limitmb", None)
        super().__init__(ix, **kwargs)
        self.pool = TermPool()
        self._lengths = _Lengths()
        self._plans = _plans(self.schema)
        self.adopted: list[Any] = []  # segments other processes wrote, committed after this one's
        perdoc = self.perdocwriter
        add_field = perdoc.add_field
        record = self._lengths.record

        def add_field_recording(fieldname: str, fieldobj: Any, value: Any, length: int) -> None:
            record(fieldname, perdoc._docnum, length)
            add_field(fieldname, fieldobj, value, length)

        perdoc.add_field = add_field_recording

    def add_document(self, **fields: Any) -> None:
        """What Whoosh's ``add_document`` does, with the field checks made once per
        schema; a document with boosts or custom stored values (``_`` keys), or a
        schema with spelling or vector fields, goes through Whoosh's own."""
        plans = self._plans
        if plans is None or not fields.keys() <= plans.keys():
            return super().add_document(**fields)
        self._check_state()
        perdoc = self.perdocwriter
        docnum = self.docnum
        add_postings = self.pool.add_document_field
        perdoc.start_doc(docnum)
        try:
            for name in sorted(fields):
                value = fields[name]
                if value is None:
                    continue
                field, scorable, stored, column, memo = plans[name]
                length = 0
                if field.indexed:
                    if memo is None:
                        items = field.index(value)
                    else:
                        items = memo.get(value)
                        if items is None:
                            if len(memo) >= MEMO_VALUES:
                                memo.clear()
                            items = memo[value] = list(field.index(value))
                    length = add_postings(name, docnum, items)
                    if not scorable:
                        length = 0
                perdoc.add_field(name, field, value if stored else None, length)
                if column is not None:
                    perdoc.add_column_value(name, column, field.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _commit_toc(self, segments: list[Any]) -> None:
        super()._commit_toc(list(segments) + self.adopted)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self._lengths if self.codec.length_stats else None
        fieldwriter = self.fieldwriter
        if type(fieldwriter) is W3FieldWriter:
            _write_terms(fieldwriter, self.schema, lengths, self.pool.iter_terms())
        else:
            fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        fieldwriter.close()


Plan = tuple[Any, bool, bool, Any, "dict[str, list[Any]] | None"]


def _plans(schema: Any) -> dict[str, Plan] | None:
    """Per field: the field, whether it is scorable and stored, its column type, and
    a memo of its postings by value (keyword and ID fields that are not unique:
    their values repeat). ``None`` for a schema Whoosh's own path must handle."""
    plans: dict[str, Plan] = {}
    for name, field in schema.items():
        if field.separate_spelling() or field.vector:
            return None
        memo = {} if field.indexed and isinstance(field, (ID, KEYWORD)) and not field.unique else None
        plans[name] = (field, bool(field.scorable), bool(field.stored), field.column_type or None, memo)
    return plans


def _write_terms(fieldwriter: W3FieldWriter, schema: Any, lengths: _Lengths | None, fields: Any) -> None:
    """What ``FieldWriter.add_postings`` writes, a block at a time: each term's
    postings are cut into the codec's blocks and each block's statistics (highest
    weight, shortest and longest field length) computed as its postings writer
    computes them posting by posting."""
    for fieldname, terms in fields:
        fieldwriter.start_field(fieldname, schema[fieldname])
        writer = fieldwriter._postwriter
        step = 3 * writer._blocklimit
        by_doc = lengths.by_field.get(fieldname, {}) if lengths is not None else {}
        for btext, postings in terms:
            fieldwriter.start_term(btext)
            size = len(postings)
            for start in range(0, size, step):
                block = postings[start : start + step]
                ids = writer._ids = array("I", block[0::3])
                weights = block[1::3]
                writer._weights = array("f", weights)
                writer._values = [v for v in block[2::3] if v]
                top = max(weights)
                writer._maxweight = top if top > 0 else 0
                sized = [n for n in map(by_doc.get, ids) if n]
                writer._minlength = min(sized) if sized else None
                writer._maxlength = max(sized) if sized else 0
                if start + step < size:
                    writer._write_block()
            fieldwriter.finish_term()
        fieldwriter.finish_field()
