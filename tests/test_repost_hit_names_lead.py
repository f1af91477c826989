"""A hit that is a repost (a filter only a copy passes, or --all-copies) says whose
repost it is, naming the story's lead, instead of '1 repost' as if it led the story;
the lead's line still counts its reposts."""

from __future__ import annotations

from click.testing import CliRunner

from lawnews import Article, NewsIndex, Section
from lawnews.cli import cli

STORY = ("本报讯 近日，甲市中级人民法院召开新闻发布会，通报全市法院开展执转破工作的情况。"
         "去年以来，全市两级法院共审查执行案件二百一十件，对其中具备破产原因的企业依法移送破产审查，"
         "清理僵尸企业一批，释放土地厂房资产三亿元。发布会上，执行局负责人介绍了执转破的甄别标准、"
         "征询程序和府院联动机制：被执行企业资不抵债的，执行法院应当征询当事人意见；"
         "移送破产的案件由破产审判庭快速审查，三十日内作出是否受理的裁定。"
         "下一步，全市法院将把执转破与终本案件清理结合起来，推动执行工作常态化、长效化。")


def _copy(aid: str, date: str, source: str) -> Article:
    return Article(id=aid, file=f"{aid}.txt", title="甲市法院推进执转破", date=date, source=source,
                   sections=(Section(None, STORY),))


def _search(path, *args: str) -> str:
    out = CliRunner().invoke(cli, ["search", "执转破", "--no-expand", "--index-dir", str(path), *args])
    assert out.exit_code == 0, out.output
    return out.output


def test_a_repost_hit_names_its_lead(tmp_path):
    path = tmp_path / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([_copy("lead", "2024-03-01", "法治日报"), _copy("r1", "2024-03-02", "乙网"),
                         _copy("r2", "2024-03-03", "丙网")])
        assert {h.story for h in ix.search("执转破", all_copies=True).hits} == {"lead"}
    assert "2 reposts" in _search(path)
    only_copy = _search(path, "--source", "乙网")
    assert "r1 · 2024-03-02 · 乙网 · repost of lead, 1 more repost" in only_copy
    assert "2 reposts" not in only_copy
    every = _search(path, "--all-copies")
    assert "repost of lead, 1 more repost" in every and every.count("2 reposts") == 1
