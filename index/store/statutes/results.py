"""What resolving a citation gives: each cited article's id in the collection, or why none.

In:  a citation (:class:`~lawnews.index.tagging.citations.Citation`) and what the resolver
     found for it; or a stored resolution (``to_dict`` form).
Out: :class:`Target` (one cited article, with :class:`Unresolved`, the kind of reason it has
     none where code asks for it) and :class:`Resolution` (a citation resolved: the
     law's title, the version used, the targets, why nothing was found, how the version was
     chosen), both with ``to_dict`` for storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ...tagging.citations import Citation


class Unresolved(Enum):
    """The kinds of reason a target has no id that the resolver acts on (a target's ``kind``),
    beside the reason printed for it."""

    #: The article's number lies beyond the last article of the law's version (``… ends at 第X条:
    #: it has no 第Y条``): the text may cite another numbering of the law.
    PAST_THE_END = "past the end"


@dataclass(frozen=True)
class Target:
    """One cited article resolved: the collection's id, or why there is none (``reason``, as
    printed; ``kind``, the kind of that reason where the resolver acts on it, kept with the
    target as it is resolved, not stored: no part of its ``to_dict`` nor of its equality)."""

    article: str
    id: str | None = None
    reason: str | None = None
    kind: Unresolved | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in (("article", self.article), ("id", self.id), ("reason", self.reason)) if v is not None}


@dataclass(frozen=True)
class Resolution:
    """A citation resolved against the collection: the law's title there, the version
    used (its date; None for an undated version), each article's id, and, when nothing
    could be resolved, why (``reason``); ``note`` says how the version was chosen when
    the date alone does not (an undated article)."""

    law: str | None
    version: str | None
    targets: tuple[Target, ...]
    reason: str | None = None
    note: str | None = None

    @property
    def status(self) -> str:
        found = sum(t.id is not None for t in self.targets)
        return "resolved" if found and found == len(self.targets) else "partial" if found else "unresolved"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "law": self.law, "version": self.version,
                               "targets": [t.to_dict() for t in self.targets]}
        if self.reason:
            out["reason"] = self.reason
        if self.note:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Resolution":
        return cls(data.get("law"), data.get("version"), tuple(Target(**t) for t in data.get("targets", ())),
                   data.get("reason"), data.get("note"))

    @classmethod
    def unresolved(cls, citation: Citation, reason: str) -> "Resolution":
        return cls(None, None, tuple(Target(a.article) for a in citation.articles), reason)
