"""The resolution of citations against the statute collection (docs/statutes.md, Resolution).

In:  the citations of one news article (:class:`~lawnews.index.tagging.citations.Citation`),
     its date, or for an undated article the latest year it prints.
Out: :class:`ResolvingCollection`, a :class:`~.evidence.CheckedCollection` that also answers
     :meth:`~ResolvingCollection.resolve` (one citation → :class:`~.results.Resolution`) and
     :meth:`~ResolvingCollection.resolve_all` (the citations of one article, an article cited
     several times read as one); :data:`ONE_TEXT`, the laws numbered once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ...tagging.citations import GLOSS_SEPARATOR, LONGEST_RANGE, Citation, elsewhere, is_draft, is_range, title_key
from .evidence import UNDATED_DIFFER, CheckedCollection
from .labels import article_number
from .names import abbreviated, abbreviates, shared_title
from .results import Resolution, Target, Unresolved
from .stored import UNFINISHED
from .versions import DATED_BY
from .wording import QUOTE_MATCH, QUOTE_SAME, likeness, said_by

#: Laws whose articles have kept one numbering through every text news cites: the 民法典 since it was
#: enacted, the 刑法 since its 1997 recodification (its amendments insert 之一 articles and never
#: renumber), the 劳动合同法 (its 2012 amendment kept every number). A quoted wording that is not the
#: article's but shares some of its three-character runs is then the writer's paraphrase, never a
#: sign of an older numbering.
ONE_TEXT = frozenset({"中华人民共和国民法典", "中华人民共和国刑法", "中华人民共和国劳动合同法"})

#: An article the text says a revision added, written between the law's name and the article
#: (新反法新增第十五条, 治安管理处罚法新增第十九条): an article of that revised text.
_ADDED = re.compile(r"新增(?:了|的)?第")


#: One citation resolved on its own: ``(citation, resolution, shown older, confirmed)`` (see
#: :meth:`ResolvingCollection._resolve`).
_Resolved = tuple[Citation, Resolution, bool, bool]


@dataclass(frozen=True)
class _TextShows:
    """What the citations of one text show together (:meth:`ResolvingCollection.resolve_all`):
    the articles whose wording it quotes, its summaries of them, the articles and laws it shows
    it cites in an older numbering, and the bare articles taking their law from such a citation."""

    quoted: dict[tuple[str, str], Resolution]
    summaries: dict[int, Resolution]
    older: dict[tuple[str, str], Citation]
    older_law: dict[str, Citation]
    shown: dict[str, set[str]]
    carried: dict[int, Citation]


class ResolvingCollection(CheckedCollection):
    """A statute collection resolving citations (see the module docstring)."""

    def resolve(self, citation: Citation, date: str | None, printed_year: int | None = None) -> Resolution:
        """The citation's articles in the version of its law in force on ``date`` (or
        on the date the citation names: 2007年民事诉讼法; see :meth:`version_for` for an
        undated article and ``printed_year``), checked against what the text shows of them
        (docs/statutes.md: the wording it quotes, the 款 and 项 it names; for an undated
        article, whether the versions differ at the article)."""
        return self._resolve(citation, date, printed_year)[0]

    def resolve_all(self, citations: Iterable[Citation], date: str | None,
                    printed_year: int | None = None) -> list[Resolution]:
        """The resolutions of the citations of one article (see :meth:`resolve`), an
        article cited several times read as one: when one citation of it shows that the
        text cites an older numbering (a quoted wording no version has, a 款 or 项 the
        article lacks), the others are not resolved either; when one quotes the wording of
        one version's article, the others without a quoted wording of their own (nor a
        version they name) get that version, and so do those whose wording, printed without
        quotation marks, is not the article's: the writer's summary of it; when one, citing the law by
        name, names an article beyond the end of the law's version, the text's other articles of that
        law are not resolved either (:func:`_past_the_end`)."""
        done = [(c, *self._resolve(c, date, printed_year)) for c in citations]
        cited = [c for c, *_ in done]
        quoted = self._quoted_articles(done)
        summaries = self._summaries(done, quoted)
        older, older_law, shown = self._shown_older(done, summaries)
        if not older and not quoted:
            return _past_the_end(cited, self._named_elsewhere(cited, [r for _c, r, _s, _k in done], date))
        carried = self._carried(done, summaries)
        text = _TextShows(quoted, summaries, older, older_law, shown, carried)
        out = [self._as_the_text_shows(c, r, confirmed, text) for c, r, _shown_older, confirmed in done]
        return _past_the_end(cited, self._named_elsewhere(cited, out, date))

    @staticmethod
    def _quoted_articles(done: list[_Resolved]) -> dict[tuple[str, str], Resolution]:
        """``(law, article)`` → the resolution of the first citation whose quoted wording
        confirms that article (resolved)."""
        quoted: dict[tuple[str, str], Resolution] = {}
        for c, r, _shown_older, confirmed in done:
            for t in r.targets:
                if r.law and confirmed and t.id is not None:
                    quoted.setdefault((r.law, t.article), r)
        return quoted

    @staticmethod
    def _summaries(done: list[_Resolved], quoted: dict[tuple[str, str], Resolution]) -> dict[int, Resolution]:
        """The citations (by ``id``) whose wording, printed without quotation marks, is not
        their article's where the text quotes that article's own wording elsewhere: the
        writer's summary of it, each → the resolution of the citation quoting it."""
        # 体现第八十七条：违法解除需支付二倍赔偿 beside 第八十七条规定：用人单位违反本法规定解除…: wording without
        # quotation marks that is not the article's, where the text quotes the article's own wording elsewhere,
        # is the writer's summary of it, not an older numbering
        return {id(c): quoted[(r.law, r.targets[0].article)] for c, r, shown_older, _k in done
                if shown_older and r.law and len(r.targets) == 1 and r.targets[0].id is None
                and c.quote and not c.verbatim and not c.as_of and (r.law, r.targets[0].article) in quoted}

    @staticmethod
    def _shown_older(done: list[_Resolved], summaries: dict[int, Resolution]
                     ) -> tuple[dict[tuple[str, str], Citation], dict[str, Citation], dict[str, set[str]]]:
        """What the text shows it cites in an older numbering (summaries aside): ``(law, article)``
        → the first citation showing it; a law → the citation showing the text prints an older
        text of it (its verbatim wording, or other wording printed for two of its articles); a
        law → its articles shown older."""
        older: dict[tuple[str, str], Citation] = {}
        older_law: dict[str, Citation] = {}  # a law the text shows it cites in an older numbering
        reworded: dict[str, dict[str, Citation]] = {}  # law → article → a citation printing other wording for it
        shown: dict[str, set[str]] = {}  # law → its articles the text shows older
        for c, r, shown_older, confirmed in done:
            if id(c) in summaries:
                continue
            for t in r.targets:
                if r.law and shown_older and t.id is None:
                    older.setdefault((r.law, t.article), c)
                    shown.setdefault(r.law, set()).add(t.article)
                    if c.verbatim and not c.as_of:  # (a paraphrase or a remark proves no numbering)
                        older_law.setdefault(r.law, c)
                    elif c.quote and not c.as_of and r.law not in ONE_TEXT:
                        reworded.setdefault(r.law, {}).setdefault(t.article, c)
        # ... nor does one wording without quotation marks; but two articles of a law whose printed wording is
        # not theirs (第五十二條 被羈押的… and 第六十五條 明確規定，… of an older text) show the text prints that older text
        for law, articles in reworded.items():
            if len(articles) >= 2:
                older_law.setdefault(law, next(iter(articles.values())))
        return older, older_law, shown

    @staticmethod
    def _carried(done: list[_Resolved], summaries: dict[int, Resolution]) -> dict[int, Citation]:
        """The bare articles (by ``id``) that take their law from the citation just before them
        where that one shows an older numbering, each → that citation."""
        # 《反不正当竞争法》第九条规定，经营者不得利用广告…（the 1993 wording）⏎ 对违反该规定的，根据第二十四条进行处罚: a
        # bare article takes its law from the citation before it, and so does it the older text that citation prints
        carried: dict[int, Citation] = {}
        last: dict[str, tuple[Citation, bool]] = {}
        for c, r, shown_older, _k in done:
            if not r.law:
                continue
            before = last.get(r.law)
            if before is not None and before[1] and not c.written.strip() and c.form == "continuation":
                carried[id(c)] = before[0]
            last[r.law] = (c, shown_older and id(c) not in summaries and any(t.id is None for t in r.targets))
        return carried

    def _as_the_text_shows(self, c: Citation, r: Resolution, confirmed: bool, text: _TextShows) -> Resolution:
        """The resolution ``r`` of citation ``c`` read with what the whole text shows (see
        :meth:`resolve_all`)."""
        summaries, quoted, older, older_law, shown, carried = (text.summaries, text.quoted, text.older,
                                                               text.older_law, text.shown, text.carried)
        if id(c) in summaries:
            model = summaries[id(c)]
            r = Resolution(r.law, model.version, model.targets, None,
                           f"the version whose {r.targets[0].article} has the wording the text quotes there")
        elif confirmed and r.law in older_law and len(shown.get(r.law, ())) >= 2 and len(r.targets) == 1 \
                and r.targets[0].id is not None and not self._stable(r.law, r.targets[0].article) \
                and likeness(c.quote, self.text(r.targets[0].id),
                             self._weights(r.law, r.version or "", c.quote)) < QUOTE_SAME:
            # in a text printing an older text of the law (two of its articles shown older), wording that
            # shares mostly the law's boilerplate with the article (人民法院、人民检察院和公安机关…犯罪嫌疑人、被告人) does not show it kept its number
            label = r.targets[0].article
            r = Resolution(r.law, r.version, (Target(label, None, (
                f"{older_law[r.law].text.strip()} in the same text cites an older numbering of {r.law}, and the"
                f" wording the text prints for {label} ({c.quote[:12]}…) shares little but the law's common"
                " phrases with it: the article may cite an older numbering")),), r.reason, r.note)
        elif r.law and not confirmed and not c.as_of:
            first = next((older[(r.law, t.article)] for t in r.targets
                          if t.id and (r.law, t.article) in older), None)
            model = quoted.get((r.law, r.targets[0].article)) if len(r.targets) == 1 else None
            other = older_law.get(r.law)
            if first is not None and first is not c:
                why = (f"{first.text.strip()} in the same text cites an older numbering of this article:"
                       " so may this citation")
                r = Resolution(r.law, r.version, tuple(Target(t.article, None, why) if t.id else t
                                                       for t in r.targets), r.reason, r.note)
            elif id(c) in carried and model is None and any(t.id for t in r.targets):
                why = (f"the article takes its law from {carried[id(c)].text.strip()} just before it, whose"
                       " wording in the text is an older numbering's: so may this citation")
                r = Resolution(r.law, r.version, tuple(Target(t.article, None, why) if t.id else t
                                                       for t in r.targets), r.reason, r.note)
            elif other is not None and other is not c and model is None and (unstable := {
                    t.article for t in r.targets if t.id and not self._stable(r.law, t.article)}):
                # a text quoting an older wording of one article of a law cites that older text throughout:
                # its other articles are kept only where every version the collection holds agrees
                why = (f"{other.text.strip()} in the same text cites an older numbering of {r.law}:"
                       " so may this citation")
                r = Resolution(r.law, r.version, tuple(
                    Target(t.article, None, why) if t.id and t.article in unstable else t
                    for t in r.targets), r.reason, r.note)
            elif model is not None and (model.version != r.version or r.targets[0].id is None) \
                    and (r.targets[0].id is not None or (r.targets[0].reason or "").startswith(UNDATED_DIFFER)
                         or (r.version is None and r.reason is not None)):
                # (an older text than every version held: the wording quoted under the same number shows
                # the article kept it, as for the citation quoting it)
                r = Resolution(r.law, model.version, model.targets, None,
                               f"the version whose {r.targets[0].article} has the wording the text quotes there")
        return r

    def _named_elsewhere(self, citations: list[Citation], resolutions: list[Resolution],
                         date: str | None) -> list[Resolution]:
        """The resolutions of an undated text's citations, those of a law the text names one version of
        by its year elsewhere (2018年《公司法》第二十条 … 《公司法》第六十三条) in that version: the undated
        ones that got the latest version for want of a date, or none because the versions hold other
        provisions under the number, where that version has the article (and the 款 or 项 named)."""
        if date is not None or not any(c.as_of for c in citations):
            return resolutions
        named: dict[str, set[str]] = {}
        for c, r in zip(citations, resolutions):
            if c.as_of and r.law and r.version and any(t.id for t in r.targets):
                named.setdefault(r.law, set()).add(r.version)
        out = []
        for c, r in zip(citations, resolutions):
            versions = named.get(r.law or "", set())
            undated = (r.note or "").startswith("the article is undated: the latest") or any(
                (t.reason or "").startswith(UNDATED_DIFFER) and "each of its versions" not in (t.reason or "")
                for t in r.targets)
            # (also where the latest version, the one named, was given but its articles refused as undated)
            if len(versions) == 1 and r.law and not c.as_of and undated \
                    and (r.version not in versions or not all(t.id for t in r.targets)) \
                    and all(t.id or (t.reason or "").startswith(UNDATED_DIFFER) for t in r.targets):
                (version,) = versions
                labels = self._articles(r.law, version)[0]
                if all(t.article in labels for t in r.targets) and all(
                        self._lacks(labels[a.article], a) is None for a in c.articles if a.article in labels):
                    r = Resolution(r.law, version, tuple(Target(t.article, labels[t.article]) for t in r.targets),
                                   None, f"the article is undated: the version the text names for {r.law}"
                                         f" elsewhere ({version[:4]})")
            out.append(r)
        return out

    def _printed_law(self, citation: Citation) -> str | None:
        """The law a bracketed title names as printed, where the collection holds that very
        title and the name table read it as another law (a local regulation or a law newer
        than the table, one character from a table title: 《…测试法》 is not 测绘法)."""
        written = citation.written.strip()
        if not (written.startswith("《") and written.endswith("》")) or citation.form == "interpretation":
            return None  # (《中华人民共和国民事诉讼法》司法解释: the title printed is the law the interpretation is of)
        found = self.laws().get(title_key(written[1:-1]))
        return found if found is not None and title_key(found) != title_key(citation.law or "") else None

    def _resolve(self, citation: Citation, date: str | None,
                 printed_year: int | None) -> tuple[Resolution, bool, bool]:
        """``(resolution, shown older, confirmed)``: whether what the text shows of the
        article (quoted wording, 款/项) proves it an older numbering, or its quoted wording
        confirms the article resolved."""
        law = self._law_cited(citation)
        if isinstance(law, Resolution):
            return law, False, False
        unheld = self._text_not_held(citation, law)
        if unheld is not None:
            return unheld, False, False
        version, note, reason = self._version_cited(citation, law, date, printed_year)
        if version is None:
            kept = self._kept(citation, law)
            if kept is not None:  # a text older than every version held, quoting the article as one of them has it
                return kept, False, True
            return Resolution(law, None, tuple(Target(a.article) for a in citation.articles), reason), False, False
        undated = date is None and not citation.as_of
        confirmed = False
        if citation.quote and len(citation.articles) == 1:
            version, note, confirmed, done = self._by_quote(citation, law, version, note, undated)
            if done is not None:
                return done
        when = f"the {version} version of " if version else "the undated version of "
        targets, shown_older = self._targets(citation, law, version, when)
        if undated and not confirmed:
            targets, done = self._undated_targets(citation, law, version, targets, shown_older, printed_year)
            if done is not None:
                return done
        if citation.sanction and len(targets) == 1 and targets[0].id is not None \
                and citation.sanction not in self.text(targets[0].id):
            # 依照《消防法》第五十条规定处15日以下拘留, where that 第五十条 imposes no 拘留: another numbering
            shown_older = True
            targets = [Target(targets[0].article, None, (
                f"the text says {targets[0].article} imposes {citation.sanction}, and {targets[0].article} of"
                f" {when}{law} does not: the article may cite an older numbering"))]
        if _ADDED.search(citation.text) and law not in ONE_TEXT:
            targets = [self._added_in(law, version, t) for t in targets]
        return Resolution(law, version or None, tuple(targets), None, note), shown_older, confirmed

    def _added_in(self, law: str, version: str, target: Target) -> Target:
        """A target the text says a revision added (新增第十五条): kept where the version before
        ``version`` in the collection lacks the article or holds another provision under it
        (``version`` may be that revision), unresolved where it holds the same one or there is
        none (the revision that added it may be newer than every version held, whose article of
        that number is then another one)."""
        if target.id is None:
            return target
        before = [other for other in self.versions(law) if other and version and other < version]
        if before and not self.same_provision(law, target.article, (before[-1], version)):
            return target
        return Target(target.article, None, (
            f"the text says a revision added {target.article} (新增), and no version of {law} the statute"
            f" collection holds added it (it holds the same provision under it in its {before[-1]} version)"
            if before else
            f"the text says a revision added {target.article} (新增), and the statute collection holds one version"
            f" of {law} only: whether that revision is the one it holds cannot be told"))

    def _law_cited(self, citation: Citation) -> str | Resolution:
        """The law of the collection ``citation`` cites, or its resolution saying why that cannot
        be told (an ambiguous title, one several places or interpretations share, a law the
        collection does not hold, a code of Taiwan or of another country, a draft)."""
        if citation.law is None:
            laws = [law for law in (self.law(c) for c in citation.candidates) if law]
            return Resolution.unresolved(citation, "the title is ambiguous: " + " or ".join(citation.candidates)
                                         + ("" if laws else " (neither is in the statute collection)"))
        outside = elsewhere(citation.law)
        if outside is not None and title_key(citation.law or "") not in self.laws():
            # 民法（台湾地区）第一百八十四条, 德国民法典第八百二十三条: never a mainland law of that name
            return Resolution.unresolved(citation, outside)
        if is_draft(citation.law):  # 《个人信息保护法（草案）》第二十九条: the draft's numbering, not the law's
            return Resolution.unresolved(citation, f"{citation.law} is a draft, not the law in force")
        law = self._printed_law(citation) or self.law(citation.law)
        if law is None and len(places := self.places(citation.law)) > 1:
            # 《人口与计划生育条例》第十八条: the regulations of several provinces share the title
            return Resolution.unresolved(citation, f"{shared_title(citation.law, places)}: which one the text cites"
                                                   " cannot be told")
        if law is None and len(fits := abbreviated(citation.law, self)) > 1:
            # 《拒执解释》第三条: the short name of several interpretations the collection holds
            return Resolution.unresolved(citation, f"{abbreviates(citation.law, fits)}: which one the text cites"
                                                   " cannot be told")
        if law is None:
            missing = f"{citation.law} is not in the statute collection"
            return Resolution.unresolved(citation, f"{missing}; {UNFINISHED}" if self.unfinished else missing)
        return law

    def _text_not_held(self, citation: Citation, law: str) -> Resolution | None:
        """The resolution of a citation naming a text of ``law`` (2007年民事诉讼法) the collection
        cannot tell (its one version undated) or does not hold (later than every version); None else."""
        if citation.as_of and not any(self.versions(law)):
            return Resolution(law, None, tuple(Target(a.article) for a in citation.articles),
                              f"the text names the {citation.as_of[:4]} text of {law}, and the statute collection's"
                              " only version of it is undated: which text that is cannot be told")
        latest = max(self.versions(law))
        if citation.as_of and latest and law not in ONE_TEXT and int(citation.as_of[:4]) > int(latest[:4]) + 1:
            # 2025年修订的《治安管理处罚法》第九十七条 where the collection's latest text is of 2012: the text the
            # article cites is not held, and the number may hold another provision in the one that is
            return Resolution(law, None, tuple(Target(a.article) for a in citation.articles), (
                f"the text names the {citation.as_of[:4]} text of {law}, later than every version the statute"
                f" collection holds (the latest is {latest}): the article may cite a numbering it lacks"))
        return None

    def _version_cited(self, citation: Citation, law: str, date: str | None,
                       printed_year: int | None) -> tuple[str | None, str | None, str | None]:
        """``(version, note, reason)`` of ``law`` the citation cites (:meth:`version_for`): the one
        in force on the year the text names for it, else on ``date``."""
        if citation.as_of:
            version, note, reason = self.version_for(law, citation.as_of)
            note = note or f"the version the text names ({citation.as_of[:4]})"
            year = citation.as_of[:4]
            said = f"is dated on or before the end of {year}, the year the text names for it{DATED_BY}"
            dated_then = f"is dated on or before {citation.as_of}{DATED_BY}"
            reason = reason and (reason.replace(dated_then, said) if dated_then in reason
                                 else f"{reason} ({year}, the year the text names for it)")
        else:
            version, note, reason = self.version_for(law, date, printed_year)
        return version, note, reason

    def _by_quote(self, citation: Citation, law: str, version: str, note: str | None, undated: bool
                  ) -> tuple[str, str | None, bool, tuple[Resolution, bool, bool] | None]:
        """The wording a citation of one article quotes, checked against each version's article:
        ``(version, note, confirmed, done)``, the version it tells (an undated text's), whether
        it confirms the article, and ``done`` the citation's ``(resolution, shown older,
        confirmed)`` when the wording settles it (another version's, or none's)."""
        confirmed = False
        label = citation.articles[0].article
        scores = self._quote_scores(citation.quote, law, label)
        if version in scores:
            best = max(scores, key=lambda v: (scores[v], v))
            if undated and scores[best] < QUOTE_SAME and not citation.verbatim and said_by(scores) \
                    and self._differ(law, label, scores):
                # 第23条规定，公司股东滥用公司法人独立地位…: a paraphrase that says what one version's
                # article says, and clearly not what the others' say, is of that version
                version = best
                note = f"the article is undated: the version whose {label} says what the text says of it"
            elif undated and scores[best] < QUOTE_SAME and self._differ(law, label, scores):
                # 第二百五十五条规定，被执行人不履行法律文书确定的义务的…: wording two versions' articles
                # share in part (被执行人…义务) tells neither of them
                return version, note, confirmed, (Resolution(law, None, (Target(label, None, (
                    f"{UNDATED_DIFFER} {label} of {law} holds another provision in each of its versions, and"
                    f" the wording the text quotes ({citation.quote[:12]}…) is not that of any of them:"
                    " which one it cites cannot be told")),)), False, False)
            if undated and best != version and scores[best] >= QUOTE_MATCH and scores[best] > scores[version]:
                version, note = best, f"the article is undated: the version whose {label} has the wording it quotes"
            elif scores[version] < QUOTE_MATCH and (law not in ONE_TEXT or not scores[version]):
                return version, note, confirmed, (self._quoted_elsewhere(citation, law, version, label, scores),
                                                  True, False)
            # 《民法典》第1142条“以最后一份有效遗嘱为准”: a code with one text ever has no older
            # numbering, so wording that shares some runs with its article is the writer's paraphrase
            # (wording sharing none is another text printed under the number: still not resolved)
            confirmed = scores[version] >= QUOTE_MATCH
        return version, note, confirmed, None

    def _targets(self, citation: Citation, law: str, version: str, when: str) -> tuple[list[Target], bool]:
        """Each article the citation names in ``version`` of ``law`` (``when`` names that
        version), or why it is not there, and whether a 款 or 项 it names that the article
        lacks shows an older numbering."""
        labels, top = self._articles(law, version)
        targets = []
        shown_older = False
        for a in citation.articles:
            sid = labels.get(a.article)
            if is_range(a.article):  # 第3-500条: no range to read, nor an article
                targets.append(Target(a.article, None, f"{a.article} spans more than {LONGEST_RANGE} articles:"
                                                       " a range that long is read as none of them (a misprint?)"))
            elif sid is not None:
                lacks = self._lacks(sid, a)
                shown_older |= lacks is not None
                targets.append(Target(a.article, None if lacks else sid, lacks and (
                    f"{a.article} of {when}{law} has no {lacks}: the article may cite an older numbering")))
            elif article_number(a.article) > top:
                last = max(labels, key=article_number) if labels else "no article"
                targets.append(Target(a.article, None, f"{when}{law} ends at {last}: it has no {a.article}"
                                                       f"{self._later_holding(law, version, a.article)}",
                                      Unresolved.PAST_THE_END))
            else:
                targets.append(Target(a.article, None, f"{when}{law} has no {a.article}"
                                                       f"{self._later_holding(law, version, a.article)}"))
        return targets, shown_older

    def _undated_targets(self, citation: Citation, law: str, version: str, targets: list[Target],
                         shown_older: bool, printed_year: int | None
                         ) -> tuple[list[Target], tuple[Resolution, bool, bool] | None]:
        """The targets of an undated text's citation its wording did not confirm, read across
        the versions: ``(targets, done)``, ``done`` the citation's ``(resolution, shown older,
        confirmed)`` when an older version's article has the 款 or 项 it names, or the words
        the text gives for it tell one version."""
        if shown_older and len(targets) == 1 and targets[0].id is None:
            fitting = self._fitting_version(law, version, citation.articles[0])
            if fitting is not None:  # 《公司法》第20条第3款: the older version's 第二十条 has a 第3款
                label = citation.articles[0].article
                return targets, (Resolution(law, fitting, (Target(label, self._articles(law, fitting)[0][label]),),
                                            None, f"the article is undated: the version whose {label} has the 款 or"
                                                  " 项 it names"), False, True)
        if version and not (printed_year and printed_year > int(version[:4])):
            targets = [self._same_in_versions(law, version, t) for t in targets]
            if citation.gloss and len(targets) == 1 and (targets[0].reason or "").startswith(UNDATED_DIFFER):
                # 依照公司法第一百四十八条，董事、高级管理人员不得挪用公司资金: the words the text gives for the
                # article, unquoted, tell the version whose article says them
                label = targets[0].article
                told = {said_by(self._quote_scores(part, law, label))
                        for part in citation.gloss.split(GLOSS_SEPARATOR) if self._plainly_like(part, law, label)}
                told.discard(None)
                said = told.pop() if len(told) == 1 else None  # (two parts telling two versions tell none)
                if said is not None:
                    found = Target(label, self._articles(law, said)[0][label])
                    return targets, (Resolution(law, said or None, (found,), None, f"the article is undated: the"
                                                f" version whose {label} says what the text says of it"), False, True)
        return targets, None


def _past_the_end(citations: list[Citation], resolutions: list[Resolution]) -> list[Resolution]:
    """The resolutions of one text's citations where it cites, by the law's name, an article beyond the
    end of the version of the law it was resolved to (《…人身损害赔偿…解释》第二十九条 of the 2003 text, whose
    2020 text ends at 第二十四条): the text cites another numbering of that law (an older text, or one
    newer than the collection holds), so its other articles of the law (in that citation too), resolved by
    their numbers, are not resolved either. A bare article or a back-reference, which take their law from the text around them, and a citation
    naming its version by a year show nothing of the kind and are left as they are; so are the laws
    numbered once (:data:`ONE_TEXT`: a number beyond their end is a misprint)."""
    beyond: dict[str, Citation] = {}
    for c, r in zip(citations, resolutions):
        if r.law and r.law not in ONE_TEXT and c.form not in ("continuation", "backref") and not c.as_of \
                and any(t.id is None and t.kind is Unresolved.PAST_THE_END for t in r.targets):
            beyond.setdefault(r.law, c)
    if not beyond:
        return resolutions
    out = []
    for c, r in zip(citations, resolutions):
        first = beyond.get(r.law or "")
        if first is not None and not c.as_of and any(t.id for t in r.targets):  # (its own other articles too)
            why = (f"{first.text.strip()} {'cites' if first is c else 'in the same text cites'} an article beyond the end of {r.law}"
                   " as the statute collection holds it: the text cites another numbering of it, and so may"
                   " this citation")
            r = Resolution(r.law, r.version, tuple(Target(t.article, None, why) if t.id else t for t in r.targets),
                           r.reason, r.note)
        out.append(r)
    return out

