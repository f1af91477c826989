"""A web page's metadata line that prints its source as unknown (来源：不详) and a byline
after a mark (■某报记者…): no source, the byline is the article's."""

from __future__ import annotations

from lawnews.api import NewsIndex
from lawnews.index.ingest.web_fields import meta_of


def test_an_unknown_source_is_none_and_the_marked_byline_is_the_author():
    assert meta_of("2022/9/15 来源:不详■某某经济报记者王五通讯员赵六") == {
        "date": "2022-09-15", "author": "某某经济报记者王五通讯员赵六"}
    assert meta_of("来源：佚名 2023-01-02") == {"date": "2023-01-02"}
    assert meta_of("来源：某某日报■记者 李四") == {"source": "某某日报", "author": "记者 李四"}


def test_a_saved_page_with_an_unknown_source_gets_no_source(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "某县法院执行联动千里拘传被执行人\n"
        "2022/9/15 来源:不详■某某经济报记者王五通讯员赵六\n"
        "近日，在某县人民法院的密切配合下，外省某县人民法院顺利拘传一名被执行人，当场促成双方达成和解协议。\n"
        "据了解，该案被执行人长期下落不明，执行法官通过网络查控锁定其行踪后，两地法院联动将其拘传到案。\n",
        encoding="utf-8")
    with NewsIndex.in_memory() as ix:
        ix.add([tmp_path])
        [article] = list(ix.articles())
    assert article.source == "某某经济报"  # not 不详: the paper its reporter writes for
    assert article.date == "2022-09-15"
    assert article.byline == "某某经济报记者王五通讯员赵六"
