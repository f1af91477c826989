"""Every argument error of trends, first and profile (lawnews.landscape, called through
NewsIndex or directly) names the argument at fault in ``argument``, as the other
argument errors do, and the one message map (lawnews.errors.message) says it alike for
the command line and for the web app's JSON. Texts are made up for the purpose."""

from __future__ import annotations

import pytest

from lawnews import InvalidArgumentError, landscape
from lawnews.errors import message
from support import memory_index, run_cli

ARTICLES = [
    {"id": "l1", "title": "执转破工作推进", "text": "湖南省长沙市中级人民法院推进执行转破产工作，执转破案件审结十件。",
     "date": "2024-03-01"},
    {"id": "l2", "title": "终本案件清理", "text": "湖南省株洲市中级人民法院清理终本案件，恢复执行二十件。", "date": "0001-01-01"},
]


def _caught(call):
    with pytest.raises(InvalidArgumentError) as e:
        call()
    return e.value


@pytest.mark.parametrize("call, argument", [
    (lambda ix: landscape.first(ix._searcher, "", mechanism="执转破", filters={"mechanism": "执转破"}), "mechanism"),
    (lambda ix: ix.profile("province:湖南", province="湖南"), "province"),
    (lambda ix: landscape.profile(ix._searcher, "planet:火星"), "subject"),
    (lambda ix: landscape.profile(ix._searcher, "湖南"), "subject"),
    (lambda ix: ix.trends("", start="2025", end="2024"), "start"),
    (lambda ix: ix.trends("", start="0001", every="month"), "start"),
    (lambda ix: ix.trends("", start="2024", every="year").dates("2024-13"), "period_label"),
    (lambda ix: ix.trends("", start="2024", every="year").dates("2024-Q5"), "period_label"),
    (lambda ix: ix.trends("", start="2024", every="year").dates("March"), "period_label"),
])
def test_each_names_its_argument(call, argument):
    with memory_index(ARTICLES) as ix:
        error = _caught(lambda: call(ix))
    assert error.argument == argument, str(error)


def test_the_messages_are_the_same_on_the_command_line_and_in_json(tmp_path):
    with memory_index(ARTICLES) as ix:
        backwards = _caught(lambda: ix.trends("", start="2025", end="2024"))
        many = _caught(lambda: ix.trends("", start="0001", every="month"))
    assert message(backwards) == "--from 2025 comes after --to 2024: the date range holds no day"
    assert message(backwards, web=True) == "from 2025 comes after to 2024: the date range holds no day"
    assert message(many) == message(many, web=True) == str(many)
    path = tmp_path / "ix"
    from lawnews import NewsIndex

    with NewsIndex.create(path) as ix:
        ix.add_articles(ARTICLES)
    out = run_cli("trends", "--from", "0001", "--index-dir", str(path), ok=False)
    assert out.exit_code == 1 and out.output.strip() == f"Error: {message(many)}"
