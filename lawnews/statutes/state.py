"""What ``lawnews stats`` says of the statute collection.

In:  what ``lawnews.json`` recorded of the collection the index's citations were resolved
     against (``extra["statutes"]``), the number of citations, the current collection.
Out: :func:`collection_state` (a dict: the current collection, its articles, whether it is
     unfinished, whether it is the one recorded) and :func:`describe_collection` (one line).
"""

from __future__ import annotations

from typing import Any

from ..index.store import statutes as _store


def collection_state(recorded: dict[str, Any] | None, citations: int) -> dict[str, Any] | None:
    """What ``lawnews stats`` says of the statute collection: the one the index's citations
    were resolved against when it was built (``recorded``: ``extra["statutes"]`` of
    ``lawnews.json``), the current one (its path, articles, whether unfinished) and whether
    they are the same (else ``show`` and ``cited-by`` resolve again as they show, and the
    next ``lawnews index`` into the index resolves every citation again). None for an
    index with no citations and no record."""
    from ..config import statutes_path

    if not recorded and not citations:
        return None
    collection = _store.Collection.current()
    fingerprint = collection.fingerprint if collection is not None else ""
    out: dict[str, Any] = {"citations": citations, "current": str(statutes_path()),
                           "articles": collection.count() if collection is not None else 0}
    if collection is not None and collection.unfinished:
        out["unfinished"] = True
    if recorded:
        out["resolved_with"] = dict(recorded)
        out["same"] = recorded.get("fingerprint") == fingerprint
    return out


def describe_collection(state: dict[str, Any]) -> str:
    """One line of :func:`collection_state` for ``lawnews stats``."""
    current, articles, citations = state["current"], state["articles"], state["citations"]
    here = (f"{_counted(articles, 'statute article')} in {current}" if articles else
            f"no statute collection at {current}")
    if state.get("unfinished"):
        here += f" ({_store.UNFINISHED})"
    line = f"{_counted(citations, 'citation')}; {here}"
    recorded = state.get("resolved_with")
    if recorded is None or state.get("same"):
        return line + ("" if recorded is None else f", which resolved {'it' if citations == 1 else 'them'}")
    was = recorded.get("collection") or "no collection"
    they, them = ("it", "it") if citations == 1 else ("they", "them")
    return (f"{line}; {they} {'was' if citations == 1 else 'were'} resolved against {was} as it was when the index"
            f" was built, not this one: show and cited-by resolve {them} again as they print {them}, and indexing"
            f" into this index resolves {them} {'' if citations == 1 else 'all '}again")


def _counted(n: int, word: str) -> str:
    """``n`` and ``word``, in the plural unless ``n`` is 1: ``1 citation``, ``3 citations``."""
    return f"{n} {word}{'' if n == 1 else 's'}"
