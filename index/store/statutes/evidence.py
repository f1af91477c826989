"""What a text shows of an article it cites, checked against the versions' texts.

In:  a law and article label of the collection, a version, and what the text shows of the
     article: its quoted wording or gloss, the 款 and 项 it names.
Out: :class:`CheckedCollection`, a :class:`~.versions.DatedCollection` that also answers the
     checks the resolver reads: the wording's likeness to each version's article
     (rarity-weighted), a 款 or 项 the article lacks, whether versions hold one provision
     under a label, the version whose article has the wording or the 款 named, and what to
     say of a later version holding an article; :data:`UNDATED_DIFFER`, how the reason of an
     undated article the versions hold differently starts.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Iterable

from ...tagging.citations import Citation
from .results import Resolution, Target
from .versions import DatedCollection
from .wording import _HAN, GLOSS_PLAIN, QUOTE_PLAIN, QUOTE_SAME, _parts, _shares_pairs, likeness

#: How the reason of an undated article's target starts when the versions differ at the article.
UNDATED_DIFFER = "the article is undated and"


class CheckedCollection(DatedCollection):
    """A statute collection checking what a text shows of an article (see the module docstring)."""

    def __init__(self, path: str | Path | None) -> None:
        super().__init__(path)
        self._joined: dict[tuple[str, str], tuple[int, str]] = {}

    def _later_holding(self, law: str, version: str, label: str) -> str:
        """What to add where ``version`` of ``law`` lacks ``label`` and a later version has it (an
        article of a text newer than the news article: 企业破产法第一百四十条 of 2024 cited in 2020)."""
        later = [v for v in self.holding(law, label) if version and v > version]
        return f" (its {later[0]} version, a later text, has it)" if later else ""

    def _kept(self, citation: Citation, law: str) -> Resolution | None:
        """The resolution of a one-article citation whose quoted wording is that of the article
        under the same label in a version of ``law`` (:data:`QUOTE_SAME`): the latest such
        version, the wording showing that the article kept its number; else None."""
        if not citation.quote or len(citation.articles) != 1:
            return None
        label = citation.articles[0].article
        scores = self._quote_scores(citation.quote, law, label)
        same = [v for v in scores if scores[v] >= QUOTE_SAME]
        if not same:
            return None
        version = max(same)
        return Resolution(law, version or None, (Target(label, self._articles(law, version)[0][label]),), None,
                          f"the version whose {label} has the wording the text quotes")

    def _fitting_version(self, law: str, version: str, cited: Any) -> str | None:
        """The latest version of ``law`` before ``version`` whose article has the 款 or 项
        ``cited`` names (which ``version``'s lacks), or None."""
        for other in reversed(self.versions(law)):
            if other and other < version:
                sid = self._articles(law, other)[0].get(cited.article)
                if sid is not None and self._lacks(sid, cited) is None:
                    return other
        return None

    def _stable(self, law: str, label: str) -> bool:
        """Whether the collection holds ``law`` in several versions and the article ``label`` holds
        the same provision in every one of them."""
        versions = self.versions(law)
        return len(versions) >= 2 and self.same_provision(law, label, versions)

    def _differ(self, law: str, label: str, scores: dict[str, float]) -> bool:
        """Whether the versions of ``law`` that have an article ``label`` (``scores``' keys) hold
        different provisions under it."""
        return not self.same_provision(law, label, list(scores))

    def same_provision(self, law: str, label: str, versions: Iterable[str]) -> bool:
        """Whether the article ``label`` holds the same provision in each of ``versions`` of
        ``law`` (not where one of them lacks it)."""
        ids = [self._articles(law, version)[0].get(label) for version in versions]
        if None in ids:
            return False
        texts = [self.text(sid) for sid in ids if sid]
        return all(_shares_pairs(a, b) for a, b in zip(texts, texts[1:]))

    def _lacks(self, statute_id: str, cited: Any) -> str | None:
        """The 款 or 项 a citation names that the article's text does not have (第三款 of a
        one-paragraph article, 第（五）项 of an article without items), or None. A 第N款 alone
        of an article of one paragraph whose items reach N is its 第N项 (《劳动合同法》第三十九条
        第二款 for 第三十九条第（二）项: a one-paragraph article has no other 款 to mean)."""
        if cited.paragraph is None and cited.item is None:
            return None
        paragraphs, items = _parts(self.text(statute_id))
        if cited.paragraph is not None and cited.paragraph > paragraphs:
            if paragraphs == 1 and cited.item is None and cited.paragraph in items:
                return None
            return f"第{cited.paragraph}款 (it has {paragraphs})"
        if cited.item is not None and cited.item not in items:
            return f"第{cited.item}项"
        return None

    def _same_in_versions(self, law: str, version: str, target: Target) -> Target:
        """A target of an undated article: unresolved when an earlier version of the law holds
        another provision under its label (or none): which one the article cites cannot be told."""
        if target.id is None:
            return target
        text = self.text(target.id)
        for other in self.versions(law):
            if not other or other >= version:
                continue
            sid = self._articles(law, other)[0].get(target.article)
            if sid is None or not _shares_pairs(text, self.text(sid)):
                return Target(target.article, None, (
                    f"{UNDATED_DIFFER} {target.article} of {law} holds another provision in its {other}"
                    f" version than in its {version} version: which one it cites cannot be told"))
        return target

    def _quote_scores(self, quote: str, law: str, label: str) -> dict[str, float]:
        """``version → likeness`` of the quoted wording to the article ``label`` of each version
        of ``law`` that has it: below :data:`QUOTE_PLAIN`, its three-character runs weighted by
        how rare they are among that version's articles (boilerplate such as 有下列 or 人民法院
        counts little)."""
        out = {}
        for version in self.versions(law):
            sid = self._articles(law, version)[0].get(label)
            if sid is not None:
                plain = likeness(quote, self.text(sid))
                out[version] = plain if plain >= QUOTE_PLAIN else likeness(quote, self.text(sid),
                                                                           self._weights(law, version, quote))
        return out

    def _plainly_like(self, words: str, law: str, label: str) -> bool:
        """Whether some version's article ``label`` holds :data:`GLOSS_PLAIN` of the runs of ``words`` as
        they are (a writer's remark holds fewer: its rarity-weighted reading is not worth its cost)."""
        return any(likeness(words, self.text(sid)) >= GLOSS_PLAIN for sid in (
            self._articles(law, version)[0].get(label) for version in self.versions(law)) if sid)

    def _weights(self, law: str, version: str, quote: str) -> dict[str, float]:
        """The weight of each three-character run of ``quote``: log(n / times the n articles of the version hold it)."""
        key = (law, version)
        if key not in self._joined:
            texts = self._version_texts(law, version)
            self._joined[key] = (len(texts), "\n".join("".join(_HAN.findall(t)) for t in texts.values()))
        n, joined = self._joined[key]
        return {run: math.log((n + 1) / (joined.count(run) + 0.5)) for run in {quote[i:i + 3] for i in range(len(quote) - 2)}}

    def _quoted_elsewhere(self, citation: Citation, law: str, version: str, label: str,
                          scores: dict[str, float]) -> Resolution:
        """A citation whose quoted wording is not that of the article resolved: the version
        whose article has that wording, or none (the text cites an older numbering)."""
        for other in reversed(self.versions(law)):
            if other != version and scores.get(other, 0.0) >= QUOTE_SAME:
                sid = self._articles(law, other)[0][label]
                return Resolution(law, other or None, (Target(label, sid),), None,
                                  f"the version whose {label} has the wording the text quotes")
        when = f"the {version} version of " if version else "the undated version of "
        return Resolution(law, version or None, (Target(label, None, (
            f"the wording the text quotes ({citation.quote[:12]}…) is not that of {label} of {when}{law}:"
            " the article may cite an older numbering")),))
