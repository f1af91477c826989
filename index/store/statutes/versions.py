"""The version of a law a citation falls under, by date.

In:  a law of the collection, a date (or none, and the latest year an undated text prints).
Out: :class:`DatedCollection`, a :class:`~.stored.StoredCollection` that also answers
     :meth:`~DatedCollection.version_for` (``(version, note, reason)``: the version in force
     on the date, or why none is) and :meth:`~DatedCollection.renumbered` (whether its
     versions show the law renumbered); :data:`DATED_BY`, said where a reason names dates.
"""

from __future__ import annotations

from pathlib import Path

from .stored import StoredCollection

#: Share of the shared labels of two versions holding other provisions, above which a law counts as renumbered.
RENUMBERED = 0.2
#: An article this many years older than a law's earliest version in the collection is not
#: resolved to it (its numbering may have changed meanwhile).
OLDER_YEARS = 10


def _moved(a: dict[str, str], b: dict[str, str]) -> float:
    """The share of the labels of two versions whose texts share less than half their character pairs."""
    def pairs(t: str) -> set[str]:
        return {t[i:i + 2] for i in range(len(t) - 1)}

    common = [label for label in a if label in b]
    if not common:
        return 0.0
    moved = 0
    for label in common:
        x, y = pairs(a[label]), pairs(b[label])
        moved += len(x & y) < 0.5 * len(x | y)
    return moved / len(common)


#: How the collection dates a version, said where a reason names the versions dated by a day.
DATED_BY = " (versions are dated by their source record: adoption or promulgation)"


class DatedCollection(StoredCollection):
    """A statute collection choosing a law's version by date (see the module docstring)."""

    def __init__(self, path: str | Path | None) -> None:
        super().__init__(path)
        self._renumbered: dict[str, bool] = {}

    def version_for(self, law: str, date: str | None,
                    printed_year: int | None = None) -> tuple[str | None, str | None, str | None]:
        """``(version, note, reason)``: the version of ``law`` in force on ``date`` (the
        latest version date on or before it), or why there is none. Without a date, the
        latest version; but when the date, or for an undated article ``printed_year`` (the
        latest year it prints), is before every version, the article cites an older text
        than the collection holds: its earliest version stands for it if the collection
        shows the law's articles keeping their numbers (:meth:`renumbered`), else none."""
        versions = self.versions(law)
        dated = [v for v in versions if v]
        if date is None:
            if not dated:
                return "", None, None
            if printed_year is not None and f"{printed_year}-01-01" < dated[0] and "" not in versions:
                # (printed 2021, earliest version 2021-12-24: the text may be older than every version)
                return self._older(law, dated[0], f"the article is undated and the latest year it prints is"
                                                  f" {printed_year}", f"{printed_year}-12-31", printed=True)
            note = f"the article is undated: the latest version ({dated[-1]})" if len(versions) > 1 else None
            return dated[-1], note, None
        in_force = [v for v in dated if v <= date]
        if in_force:
            return in_force[-1], None, None
        if "" in versions and not dated:
            return "", (f"the collection's only version of {law} is undated: whether its text is the one in force on"
                        f" {date} cannot be told"), None
        if "" in versions:
            return "", "the collection's undated version (no dated version is on or before the article's date)", None
        return self._older(law, dated[0], f"no version of {law} in the statute collection is dated on or before"
                                          f" {date}{DATED_BY}", date)

    def _older(self, law: str, earliest: str, why: str, date: str,
               printed: bool = False) -> tuple[str | None, str | None, str | None]:
        """An article older than every version of ``law``: the earliest version, unless the law
        was renumbered between its versions or the article is :data:`OLDER_YEARS` or more older."""
        if not printed and len([v for v in self.versions(law) if v]) < 2:
            return None, None, (f"{why}, before the only version of {law} in the statute collection ({earliest}):"
                                " whether the article kept its number since cannot be told")
        if self.renumbered(law):
            return None, None, (f"{why}, before the collection's earliest version ({earliest}), and the law's"
                                " articles were renumbered between its versions: the article may cite an older"
                                " numbering")
        if int(earliest[:4]) - int(date[:4]) >= OLDER_YEARS:
            return None, None, (f"{why}, {OLDER_YEARS} years or more before the collection's earliest version"
                                f" ({earliest}): the article may cite an older numbering")
        return earliest, f"{why}: the earliest version ({earliest}) stands for the older text", None

    def renumbered(self, law: str) -> bool:
        """Whether the collection shows ``law`` renumbered: between two of its versions, more
        than :data:`RENUMBERED` of the labels they share hold other provisions (texts
        sharing less than half their character pairs)."""
        if law not in self._renumbered:
            texts = [self._version_texts(law, version) for version in self.versions(law)]
            self._renumbered[law] = any(_moved(a, b) > RENUMBERED for a, b in zip(texts, texts[1:]))
        return self._renumbered[law]
