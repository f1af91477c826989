"""A synthetic dated corpus for the trend, first-report and profile tests, and the
brute-force counts they are checked against.

Stories over three years (2022–2024), each naming one court (so a province, a city
and a court level) and one or two mechanisms, from one of three sources; one in ten
undated; forty stories reposted by another outlet some days or months later (some
reposts undated, one story's lead undated and its repost dated). Texts are made up:
the court sentence, the mechanism sentences and a random filler that keeps the
stories apart (reposts share it, so they are grouped as one story).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable

import lawnews

COURTS = ["荆州市中级人民法院", "武汉市中级人民法院", "湖南省高级人民法院", "长沙市中级人民法院",
          "石门县人民法院", "漯河市中级人民法院", "深圳市中级人民法院", "杭州市中级人民法院", "成都市中级人民法院"]
MECHANISMS = {
    "交叉执行": "该院推进交叉执行工作，将长期未结的执行案件指定异地法院交叉办理。",
    "执转破": "该院推进执转破工作，对符合条件的被执行企业移送破产审查。",
    "诉源治理": "该院深化诉源治理，推动纠纷在诉前化解。",
    "司法拍卖": "该院通过网络司法拍卖处置被执行人房产，成交率明显提高。",
    "失信惩戒": "该院对失信被执行人实施联合惩戒，限制其高消费。",
}
SOURCES = ["法治日报", "人民法院报", "某某网"]
FILLER = "的一是了我不人在他有这个们来到时为子你说生着就那和要她出也得里后自以会可下而过去能对小多然于心么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面但现些所同日手又行意动方期它头经儿回位分老因很给名间知什两次使身者被已亲其进此话常与活正感"
NAV = "首页 > 新闻中心 > 法院动态 > 正文\n"

#: by → the Article attribute holding its values
ATTR = {"province": "provinces", "city": "cities", "county": "counties", "court": "courts",
        "court_level": "court_levels", "mechanism": "mechanisms"}

_built: dict[str, Path] = {}


def records(seed: int = 7, stories: int = 240, reposts: int = 40) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    out = []
    for n in range(stories):
        court = rng.choice(COURTS)
        mechs = rng.sample(sorted(MECHANISMS), rng.choice([1, 1, 2]))
        filler = "".join(rng.choice(FILLER) for _ in range(160))
        text = f"{court}召开新闻发布会。" + "".join(MECHANISMS[m] for m in mechs) + filler[:80] + "。" + filler[80:] + "。"
        day = start + timedelta(days=rng.randrange(3 * 365))
        dated = rng.random() >= 0.1
        out.append({"id": f"s{n:03d}", "title": f"{court[:2]}法院{mechs[0]}工作报道{n}", "text": text,
                    "date": day.isoformat() if dated else None, "source": rng.choice(SOURCES)})
    for k, lead in enumerate(rng.sample(out[:stories], reposts)):
        copy = dict(lead, id=f"r{k:03d}", text=NAV + lead["text"], title="转载：" + lead["title"],
                    source=rng.choice([s for s in SOURCES if s != lead["source"]]))
        if lead["date"] is not None:
            later = date.fromisoformat(lead["date"]) + timedelta(days=rng.choice([0, 3, 20, 45, 120]))
            copy["date"] = None if k % 7 == 3 else later.isoformat()
        elif k % 2 == 0:
            copy["date"] = "2023-06-15"  # the lead undated, its repost dated
        out.append(copy)
    return [{k: v for k, v in r.items() if v is not None} for r in out]


def write(path: Path, recs: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def dated_index(tmp_path_factory: Any) -> Path:
    """The index of :func:`records` (built once per session)."""
    if "index" not in _built:
        folder = tmp_path_factory.mktemp("dated")
        source = write(folder / "dated.jsonl", records())
        lawnews.build_index([source], folder / "index", rebuild=True)
        _built["jsonl"] = source
        _built["index"] = folder / "index"
    return _built["index"]


def parsed(tmp_path_factory: Any) -> list[lawnews.Article]:
    """The tagged articles of the dated corpus, as ``lawnews parse`` reads them."""
    dated_index(tmp_path_factory)
    return list(lawnews.parse([_built["jsonl"]]))


def values(article: lawnews.Article, by: str) -> tuple[str, ...]:
    if by == "source":
        return (article.source,) if article.source else ()
    return getattr(article.tags, ATTR[by])


def period(day: str, every: str) -> str:
    if every == "month":
        return day[:7]
    if every == "quarter":
        return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"
    return day[:4]


def brute_force(articles: list[lawnews.Article], story_of: dict[str, str], by: str, every: str
                ) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """``({(value, period): count}, {value: undated count})``: each unit (``story_of``
    maps an article id to what counts once) once per value, at the earliest date of
    its articles with that value."""
    earliest: dict[tuple[str, str], str | None] = {}
    for a in articles:
        for v in values(a, by):
            key = (story_of[a.id], v)
            old = earliest.get(key, "missing")
            if old == "missing" or (a.date is not None and (old is None or a.date < old)):
                earliest[key] = a.date
    counts: dict[tuple[str, str], int] = defaultdict(int)
    undated: dict[str, int] = defaultdict(int)
    for (_unit, v), day in earliest.items():
        if day is None:
            undated[v] += 1
        else:
            counts[(v, period(day, every))] += 1
    return dict(counts), dict(undated)


def stories_of(ix: lawnews.NewsIndex, copies: bool) -> dict[str, str]:
    """article id → its story (or itself, with every copy counted)."""
    hits = ix.search("", all_copies=True, limit=100_000).hits
    return {h.article_id: h.article_id if copies else h.story for h in hits}


def trend_cells(t: Any) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """A :class:`~lawnews.landscape.Trends` as brute_force gives its counts (non-zero cells)."""
    cells = {(s.value, p): n for s in t.series for p, n in zip(t.periods, s.counts) if n}
    return cells, {s.value: s.undated for s in t.series if s.undated}

