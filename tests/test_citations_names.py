"""Bracketed titles the law-name table lacks: a slip of a table title is read as that law,
unless the statute collection holds the title as printed; a bare article opening the
sentence after a citation continues it."""

from __future__ import annotations

from lawnews.index.tagging.citations import extract


def laws(text: str) -> list[tuple[str, str | None]]:
    out = []
    for c in extract(text):
        assert text[c.start:c.end] == c.text, c
        out.append((c.text, c.law))
    return out


def test_a_slip_of_a_table_title_is_read_as_the_table_law():
    assert laws("依照《中华人民共和国民事诉论法》第一百一十四条拘留。")[0][1] == "中华人民共和国民事诉讼法"
    assert laws("现行《民事讼诉法》第二百二十七条作了规定。")[0][1] == "中华人民共和国民事诉讼法"


def test_a_title_the_collection_holds_as_printed_resolves_to_it_not_to_the_table_law_one_character_away(
        tmp_path, monkeypatch):
    from support import statute_collection

    law = "中华人民共和国测试法"  # one character from the table's 测绘法
    coll = statute_collection(tmp_path, monkeypatch, [
        {"id": "C1#第十条", "title": f"{law} 第十条", "law": law, "date": "2020-01-01",
         "text": "测试单位应当按照标准开展测试。"}])
    (c,) = extract("依照《中华人民共和国测试法》第十条处罚。")
    r = coll.resolve(c, "2024-01-01")
    assert (r.law, r.targets[0].id) == (law, "C1#第十条")
    # a slip of a title the collection does not hold as printed still reads as the table law
    (c,) = extract("依照《中华人民共和国民事诉论法》第一百一十四条拘留。")
    assert coll.resolve(c, "2024-01-01").law != "中华人民共和国民事诉论法"


def test_a_bare_article_opening_the_sentence_after_one_citing_a_law_is_that_laws():
    text = ("《合同示范文本》第三条另有约定。《关于审理测试案件适用法律若干问题的解释》第四条将标准降低到三十万。"
            "第五条则明确规定，损失数额可以按许可使用费确定。")
    found = laws(text)
    assert found[-1] == ("第五条", "关于审理测试案件适用法律若干问题的解释")


def test_a_bare_article_is_not_carried_over_a_law_named_since_or_as_a_heading():
    # another law named in the sentence between: unclear, no citation
    text = "《测试法》第四条规定了标准，与《检验法》的规定不同。第五条则另有规定。"
    assert [t for t, _l in laws(text)] == ["《测试法》第四条"]
    # an article heading of a text quoted after the sentence (spaces after the number): not a continuation
    text = "《检验法》另有规定。依照《测试法》第四条处罚。第五条 有下列行为之一的，处警告。"
    assert [t for t, _l in laws(text)] == ["《测试法》第四条"]
