"""The mechanism-model experiment (``scripts/train_mechanisms.py``) on records and
sentences written for the test: only dev records are read, folds never split a site,
and new forms are mined only where they tell a label apart."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from support import ROOT

spec = importlib.util.spec_from_file_location("train_mechanisms", ROOT / "scripts" / "train_mechanisms.py")
tm = importlib.util.module_from_spec(spec)
sys.modules["train_mechanisms"] = tm
spec.loader.exec_module(tm)  # type: ignore[union-attr]


def test_registered_domain_keeps_three_labels_under_gov_cn_and_two_elsewhere():
    assert tm.registered_domain("zjkzbfy.hebeicourt.gov.cn") == "hebeicourt.gov.cn"
    assert tm.registered_domain("www.chinacourt.org") == "chinacourt.org"
    assert tm.registered_domain("news.sina.com.cn:8080") == "sina.com.cn"


def test_only_dev_records_are_kept_before_any_text_is_read():
    lines = [{"id": "x1", "half": "dev"}, {"id": "x2", "half": "test"}, {"id": "x3"}]
    assert [r["id"] for r in tm.dev_records("\n".join(json.dumps(r) for r in lines) + "\n\n")] == ["x1"]


def test_folds_never_split_the_pages_of_one_registered_domain():
    pytest.importorskip("sklearn")
    sites = ["a.hebeicourt.gov.cn", "b.hebeicourt.gov.cn", "www.x.com", "y.com", "m.y.com", "z.org", "w.org", "v.org"]
    items = [{"site": s} for s in sites]
    folds = tm.grouped_folds(items, 3)
    assert sorted(i for _, test in folds for i in test) == list(range(len(sites)))
    for train, test in folds:
        assert not {tm.registered_domain(sites[i]) for i in train} & {tm.registered_domain(sites[i]) for i in test}


def _item(rid, site, gold, text, hits=()):
    return {"id": rid, "site": site, "gold": gold, "text": text, "hits": list(hits)}


def test_a_phrase_of_evidence_sentences_on_two_sites_and_in_no_other_article_becomes_a_form():
    said = "两地法院协调配合查控财产"
    train = [
        _item("t1", "a.court.gov.cn", ["执行联动"], f"本院与外地法院{said}。次日结案。"),
        _item("t2", "b.court.org", ["执行联动"], f"近日，{said}，案款到位。"),
        _item("t3", "c.news.com", [], "法院开展法治宣传活动。群众点赞。"),
    ]
    evidence = {"t1": {"执行联动": said}, "t2": {"执行联动": said}}
    forms = tm.mine_forms(train, evidence, lambda s: s)
    assert "执行联动" in forms
    assert any("协调配合" in g for g in forms["执行联动"])


def test_a_phrase_also_in_an_article_without_the_label_is_not_a_form():
    said = "两地法院协调配合查控财产"
    train = [
        _item("t1", "a.court.gov.cn", ["执行联动"], f"{said}。"),
        _item("t2", "b.court.org", ["执行联动"], f"{said}。"),
        _item("t3", "c.news.com", [], f"会上提到{said}等做法。"),
    ]
    evidence = {"t1": {"执行联动": said}, "t2": {"执行联动": said}}
    assert tm.mine_forms(train, evidence, lambda s: s) == {}


def test_a_phrase_a_form_of_the_label_already_covers_is_not_mined_again():
    said = "交叉执行"
    train = [_item(f"t{i}", f"s{i}.court.gov.cn", ["交叉执行"], f"开展{said}。", [("交叉执行", 2, 6, False)])
             for i in (1, 2)]
    evidence = {"t1": {"交叉执行": said}, "t2": {"交叉执行": said}}
    assert tm.mine_forms(train, evidence, lambda s: s) == {}


def test_a_label_stated_in_a_sentence_is_a_candidate_the_rules_tag_and_one_in_a_list_is_not(tmp_path):
    text = ("法院开展执行工作\n\n"
            "近日，本院与邻县法院开展交叉执行，两院互派干警40人，集中攻坚长期未结案件，执结案件20件。"
            "会上还提到诉前调解、执前调解等工作。\n")
    (tmp_path / "p1.txt").write_text(text, encoding="utf-8")
    record = {"id": "p1", "half": "dev", "site": "www.court.example", "anchor": "本院与邻县法院开展交叉执行",
              "mechanisms": ["交叉执行"]}
    (item,) = tm.extract([record], tmp_path)
    assert item["gold"] == ["交叉执行"] and "交叉执行" in item["rules"]
    stated = item["features"]["交叉执行"]
    assert stated[0] >= 2  # the rules' score
    listed = {label for label, _start, _end, in_list in item["hits"] if in_list}
    assert listed
    for label in listed:
        score, _scored, _reaches, _matches, in_lists, *_ = item["features"][label]
        assert label not in item["rules"] and score == 0 and in_lists > 0
