"""The learned place-decision experiment (``scripts/train_places.py``) on records and
articles written for the test: only dev records are read, every place the rules score is a
candidate with what the tagger knows of it, the decision keeps what the rules always keep,
and a setting is chosen inside the training records within the recall it may give up."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from support import ROOT

spec = importlib.util.spec_from_file_location("train_places", ROOT / "scripts" / "train_places.py")
tp = importlib.util.module_from_spec(spec)
sys.modules["train_places"] = tp
spec.loader.exec_module(tp)  # type: ignore[union-attr]

TEXT = ("长沙法院开展执行攻坚行动\n\n"
        "近日，湖南省长沙市中级人民法院开展集中执行行动，执结案件20件。会上，广州市一名代表介绍了做法。"
        "益阳、邵阳、岳阳等地法院也派员观摩。长沙市中院表示将继续推进。\n")
RECORD = {"id": "p1", "half": "dev", "site": "www.court.example", "anchor": "开展集中执行行动",
          "provinces": ["湖南"], "cities": ["长沙市"]}


def _feature(item, facet, code, name):
    return item["features"][facet][code][tp.FEATURES.index(name)]


def test_every_place_the_rules_score_is_a_candidate_kept_or_not_and_a_listed_place_is_none(tmp_path):
    (tmp_path / "p1.txt").write_text(TEXT, encoding="utf-8")
    (item,) = tp.extract([RECORD], tmp_path)
    assert item["gold"] == {"provinces": ["湖南省"], "cities": ["长沙市"]}  # annotations as the facets name them
    assert item["rules"] == {"provinces": ["湖南省"], "cities": ["长沙市"]}
    assert set(item["features"]["provinces"]) == {"430000", "440000"}  # 湖南 kept, 广东 (广州) scored and dropped
    assert set(item["features"]["cities"]) == {"430100", "440100"}  # 益阳、邵阳、岳阳 only listed: no candidates
    assert item["court"] == {"provinces": ["430000"], "cities": ["430100"]}  # the court that acts places them
    assert _feature(item, "cities", "430100", "title") == 1 and _feature(item, "cities", "440100", "title") == 0
    assert _feature(item, "cities", "430100", "rule_keeps") == 1 and _feature(item, "cities", "440100", "rule_keeps") == 0
    assert _feature(item, "provinces", "430000", "listed") > 0  # the listed cities are 湖南's
    assert _feature(item, "cities", "440100", "ratio") == pytest.approx(0.1)
    assert all(len(v) == len(tp.FEATURES) for f in tp.FACETS for v in item["features"][f].values())


def test_a_test_record_is_refused_before_any_text_is_read(tmp_path):
    with pytest.raises(AssertionError):
        tp.extract([{**RECORD, "half": "test"}], tmp_path)


def _item(keep_scores, gold_provinces=(), gold_cities=(), court=None, known=()):
    names = {"430000": "湖南省", "430100": "长沙市", "440000": "广东省", "440100": "广州市", "110000": "北京市"}
    prov, city = keep_scores
    return {"id": "x", "site": "x.example", "gold": {"provinces": list(gold_provinces), "cities": list(gold_cities)},
            "rules": {}, "known": list(known), "court": court or {"provinces": [], "cities": []},
            "scores": {"provinces": prov, "cities": city}, "names": names,
            "features": {"provinces": {c: [s] for c, s in prov.items()}, "cities": {c: [s] for c, s in city.items()}}}


def test_courts_that_act_always_place_their_province_and_city_and_a_city_needs_its_province():
    it = _item(({"430000": 3.0}, {"430100": 3.0, "440100": 1.0}),
               court={"provinces": ["440000"], "cities": ["440100"]})
    assert tp.decide(it, {"provinces": set(), "cities": {"430100"}}) == \
        {"provinces": {"广东省"}, "cities": {"广州市"}}  # 长沙 kept, but 湖南 is not
    assert tp.decide(it, {"provinces": {"430000"}, "cities": {"430100"}}) == \
        {"provinces": {"湖南省", "广东省"}, "cities": {"长沙市", "广州市"}}


def test_known_provinces_are_the_provinces_and_a_municipality_is_no_city():
    it = _item(({"430000": 3.0, "110000": 3.0}, {"430100": 3.0, "110000": 3.0}), known=["110000"])
    assert tp.decide(it, {"provinces": {"430000", "110000"}, "cities": {"430100", "110000"}}) == \
        {"provinces": {"北京市"}, "cities": set()}


def test_the_ratio_rule_keeps_a_place_at_the_ratio_of_the_best_and_the_floor():
    it = _item(({"430000": 10.0, "440000": 3.0}, {}))
    assert tp.by_ratio(it, "provinces", 0.3, 1.0) == {"430000", "440000"}
    assert tp.by_ratio(it, "provinces", 0.35, 1.0) == {"430000"}
    assert tp.by_ratio(it, "provinces", 0.1, 4.0) == {"430000"}


def test_the_setting_chosen_is_the_most_precise_within_the_recall_it_may_give_up():
    # three articles: 湖南 right everywhere, 广东 right in one (score 4) and wrong in two (scores 3, 4)
    items = [_item(({"430000": 10.0, "440000": 4.0}, {}), ["湖南省", "广东省"]),
             _item(({"430000": 10.0, "440000": 3.0}, {}), ["湖南省"]),
             _item(({"430000": 10.0, "440000": 4.0}, {}), ["湖南省"])]
    fixed = {"cities": [set() for _ in items]}
    grid = [(0.3, 1.0), (0.25, 1.0), (0.45, 1.0), (0.3, 3.5)]
    # (0.3, 3.5) drops the wrong score 3 and keeps the right score 4: as precise as can be
    # without losing recall; (0.45, 1.0) is more precise but loses the right 广东
    assert tp.choose(items, "provinces", grid, lambda s, i: tp.by_ratio(items[i], "provinces", *s), fixed) == (0.3, 3.5)


def test_the_model_learns_from_the_training_candidates_and_decides_with_the_rules_courts():
    pytest.importorskip("sklearn")
    train = [_item(({"430000": 10.0, "440000": s}, {}), ["湖南省"] + (["广东省"] if s >= 5 else []))
             for s in (1.0, 2.0, 6.0, 7.0, 1.5, 8.0)]
    model = tp.fit(train, "provinces")
    test = [_item(({"430000": 10.0, "440000": 9.0}, {})), _item(({"430000": 10.0, "440000": 1.0}, {}))]
    probs = tp.probabilities(model, test, "provinces")
    assert probs[0]["440000"] > 0.5 > probs[1]["440000"]
    assert [tp.decide(it, {"provinces": {c for c, p in probs[i].items() if p >= 0.5}, "cities": set()})["provinces"]
            for i, it in enumerate(test)] == [{"湖南省", "广东省"}, {"湖南省"}]
