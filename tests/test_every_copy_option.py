"""trends, first and profile count every copy of a reposted story with copies=True or
all_copies=True alike (one reading of the two names), and each name is checked as a
switch, named in the error."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index

TEXT = "荆州市中级人民法院组织交叉执行，执行到位金额明显上升，群众满意。"
ARTICLES = [
    {"id": "c1", "title": "荆州中院交叉执行", "text": TEXT, "date": "2024-03-05"},
    {"id": "c2", "title": "荆州中院交叉执行", "text": TEXT, "date": "2024-03-06", "source": "转载网"},
]


@pytest.mark.parametrize("call", [
    lambda ix, **kw: ix.trends("交叉执行", by="province", **kw).to_dict(),
    lambda ix, **kw: ix.first("交叉执行", by="province", **kw).to_dict(),
    lambda ix, **kw: ix.profile("province:湖北", **kw).to_dict(),
])
def test_copies_and_all_copies_count_alike(call):
    with memory_index(ARTICLES) as ix:
        one, every, every_too = call(ix), call(ix, copies=True), call(ix, all_copies=True)
    assert every == every_too
    assert one != every


@pytest.mark.parametrize("name", ["copies", "all_copies"])
@pytest.mark.parametrize("method", ["trends", "first"])
def test_either_name_is_checked_as_a_switch(name, method):
    with memory_index(ARTICLES) as ix, pytest.raises(lawnews.ArgumentTypeError) as caught:
        getattr(ix, method)("交叉执行", **{name: "yes"})
    assert caught.value.argument == name
