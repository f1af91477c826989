"""Which taxonomy an index's articles are tagged with, and the tagger it gives.

In: a taxonomy file's path (or None: the shipped taxonomy), an index folder and its build
record (:class:`~lawnews.index.store.storage.IndexInfo`).
Out: a :class:`~lawnews.index.tagging.Tagger` (:func:`_tagger`); the taxonomy an index was
built with, or the copy it keeps in its folder (:data:`TAXONOMY_COPY`,
:func:`_recorded_taxonomy`, :func:`_keep_taxonomy`); the taxonomy an update tags with, another
one refused (:func:`_update_taxonomy`, InvalidArgumentError); IndexVersionError for an index
whose taxonomy is gone.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import IndexVersionError, InvalidArgumentError, naming
from .index.store import storage
from .index.store.storage import IndexInfo, command_word
from .index.tagging import Tagger


def _tagger(taxonomy: "str | os.PathLike[str] | None") -> Tagger:
    return Tagger(taxonomy=os.fspath(taxonomy)) if taxonomy else Tagger.default()


#: The copy of its taxonomy file that an index built with one keeps in its folder.
TAXONOMY_COPY = "taxonomy.toml"


def _recorded_taxonomy(index_dir: "str | os.PathLike[str]", info: IndexInfo) -> str | None:
    """The taxonomy file the index at ``index_dir`` was built with (None: the shipped
    one), or where that file is gone the copy the index keeps of it (:data:`TAXONOMY_COPY`);
    IndexVersionError if both are gone."""
    recorded = info.extra.get("taxonomy")
    if recorded and not Path(recorded).is_file():
        kept = Path(index_dir) / TAXONOMY_COPY
        if kept.is_file():
            return str(kept)
        raise IndexVersionError(
            f"the index at {index_dir} was built with the taxonomy {recorded}, which is gone; put it back,"
            f" or rebuild the index with `lawnews index --rebuild [PATH…] --index-dir {command_word(index_dir)}`"
            " (and --taxonomy FILE for another one)", path=str(index_dir))
    return recorded or None


#: What to do with another taxonomy for an index (the command line says --taxonomy, --rebuild).
_TAXONOMY_ADVICE = " update it without taxonomy=, or rebuild it with rebuild=True and taxonomy="


def _update_taxonomy(index_dir: Path, taxonomy: "str | os.PathLike[str] | None",
                     rebuild: bool) -> str | None:
    """The taxonomy to tag with when indexing into ``index_dir``: the one given for a
    new index or a rebuild; for an update, the one the index was built with (giving
    another one is refused: its articles would be tagged two ways)."""
    given = str(Path(taxonomy).resolve()) if taxonomy else None
    info = None if rebuild or not storage.exists(index_dir) else storage.read_info(index_dir)
    if info is None:
        return given
    recorded = info.extra.get("taxonomy") or None
    if given is not None and given != recorded:
        raise naming(InvalidArgumentError(
            f"the index at {index_dir} was built with {f'the taxonomy {recorded}' if recorded else 'the shipped taxonomy'};"
            f"{_TAXONOMY_ADVICE}{taxonomy} to tag every article with the new one", argument="taxonomy"),
            _TAXONOMY_ADVICE)
    return _recorded_taxonomy(index_dir, info)


def _keep_taxonomy(taxonomy: Path, index_dir: Path) -> None:
    """Copy the taxonomy file an index is tagged with into its folder, so that the index
    can still be searched and updated when the file is moved or deleted."""
    import shutil

    kept = index_dir / TAXONOMY_COPY
    if not index_dir.is_dir() or (kept.exists() and kept.resolve() == taxonomy.resolve()):
        return
    part = kept.with_name(kept.name + ".part")
    shutil.copyfile(taxonomy, part)
    os.replace(part, kept)
