"""The fixed query list of the benchmark: 50 written here plus the first 15 STARD questions.

Five kinds, each meaningful on the news pages, on the statutes, or both:

* ``keyword`` — words, all required (``合同 违约``);
* ``phrase`` — an exact phrase in double quotes;
* ``field`` — a ``title:`` query (Whoosh syntax, understood by both engines);
* ``filter`` — words plus facet filters (``province="山东省"``) or a range of dates
  (``start="2015", end="2018"``: statutes are dated by their versions). Only lawnews
  applies the filters; the baseline runs the words alone. The local statutes (the only
  records with a province) come after the 64,670 national ones, so these queries
  find nothing in the 10k and 50k subsets and are cheap there;
* ``question`` — natural-language questions, the first entries of the STARD train
  file (``../shared/eval/stard/queries-train.jsonl``), read at run time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

STARD_QUESTIONS = 15


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    filters: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "filters": self.filters}


KEYWORDS = [
    # court enforcement news
    "交叉执行", "执转破", "合同 违约", "失信被执行人", "司法拍卖", "执行难", "电信诈骗",
    "未成年人 保护", "扫黑除恶", "网络 赌博",
    # statute topics
    "劳动合同 解除", "继承 遗产", "行政处罚 听证", "房屋 租赁", "交通事故 赔偿",
    "知识产权 侵权", "环境污染 罚款", "个人信息 保护", "食品安全 责任", "安全生产 事故",
    "土地 征收 补偿", "破产 清算", "离婚 财产 分割",
]

PHRASES = [
    '"交叉执行"', '"执行到位"', '"人民法院"', '"劳动合同"', '"不可抗力"', '"诉讼时效"',
    '"正当防卫"', '"县级以上人民政府"', '"法律责任"',
]

FIELDS = [
    "title:交叉执行", "title:执行", "title:刑法", "title:民法典", "title:劳动合同法 解除",
    "title:物业管理 收费", "title:条例 罚款",
]

FILTERED = [
    ("交叉执行", {"province": "湖北"}),
    ("执行", {"province": "湖南省"}),
    ("物业管理", {"province": "山东省"}),
    ("行政处罚", {"province": "山东省"}),
    ("安全生产", {"province": "浙江省"}),
    ("道路 交通", {"province": "上海市"}),
    ("人民法院", {"province": "北京市"}),
    ("环境保护", {"province": "广东省"}),
    ("人民法院", {"start": "2015", "end": "2018"}),
    ("合同", {"start": "2020"}),
    ("刑事诉讼", {"start": "2013", "end": "2019"}),
]


def stard_questions(path: Path, n: int = STARD_QUESTIONS) -> list[Query]:
    """The first ``n`` questions of a STARD queries file (JSONL of ``{"id", "query"}``)."""
    out: list[Query] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and len(out) < n:
                out.append(Query("question", json.loads(line)["query"]))
    return out


def all_queries(stard_path: Path) -> list[Query]:
    """The whole fixed list, in a stable order."""
    return [
        *(Query("keyword", q) for q in KEYWORDS),
        *(Query("phrase", q) for q in PHRASES),
        *(Query("field", q) for q in FIELDS),
        *(Query("filter", q, f) for q, f in FILTERED),
        *stard_questions(stard_path),
    ]
