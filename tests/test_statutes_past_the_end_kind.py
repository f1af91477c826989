"""A target beyond the end of its law carries that as a kind (``Target.kind``,
``Unresolved.PAST_THE_END``), set where its reason is made: the resolver acts on the kind,
never on the words of the reason, which print as before. The collection is the made-up one of
``test_statutes_past_the_end``."""

from __future__ import annotations

import test_statutes_past_the_end as made

from lawnews.index.store import statutes
from lawnews.index.store.statutes import Resolution, Target, Unresolved
from lawnews.index.store.statutes.resolver import _past_the_end
from lawnews.index.tagging.citations import extract

RULE = made.RULE
STATUTES = made.STATUTES  # the collection the ``collection`` fixture builds


def test_a_target_past_the_end_is_marked_so_and_prints_as_before(collection):
    (cited,) = extract(f"法院依照《{RULE}》第三条、第九条计算赔偿数额。")
    resolution = collection.resolve(cited, "2021-05-01")
    third, ninth = resolution.targets
    assert (third.id, third.kind) == ("R#第三条", None)
    assert ninth.id is None and ninth.kind is Unresolved.PAST_THE_END
    assert " ends at 第五条: it has no 第九条" in (ninth.reason or "")
    assert ninth.to_dict() == {"article": "第九条", "reason": ninth.reason}  # the kind is not stored
    assert ninth == Target("第九条", None, ninth.reason)  # nor part of a target's equality


def test_an_article_missing_inside_the_law_is_not_past_the_end(collection):
    (cited,) = extract(f"法院依照《{RULE}》第三条之一计算赔偿数额。")
    (target,) = collection.resolve(cited, "2021-05-01").targets
    assert target.id is None and target.kind is None


def _resolutions(reason: str, kind: Unresolved | None) -> tuple[list, list[Resolution]]:
    cited = extract(f"法院依照《{RULE}》第三条计算医疗费，依照《{RULE}》第九条计算死亡赔偿金。")
    return cited, [Resolution(RULE, "2020-12-29", (Target("第三条", "R#第三条"),)),
                   Resolution(RULE, "2020-12-29", (Target("第九条", None, reason, kind),))]


def test_the_resolver_acts_on_the_kind_not_on_the_words_of_the_reason():
    cited, done = _resolutions("the 2020-12-29 text ends at 第五条 of its chapter, as the text says", None)
    assert _past_the_end(cited, done) == done  # words alike, no kind: left as they are
    cited, done = _resolutions("beyond the law", Unresolved.PAST_THE_END)
    first, second = _past_the_end(cited, done)
    assert first.targets[0].id is None and "an article beyond the end of" in (first.targets[0].reason or "")
    assert second == done[1]


def test_statutes_exports_the_kinds():
    assert statutes.Unresolved.PAST_THE_END.value == "past the end"
