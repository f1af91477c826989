"""Measure repost detection (index/store/stories.py) on labelled pairs built from real stories.

In: ``eval/pages/texts.jsonl`` (git-ignored; one real news text a line: ``id``,
``url``, ``found_with``, ``text``; refill it as eval/README.md says). Out:
``eval/repost-pairs.jsonl`` (the pairs: which stories, which transformations,
label, dev/test half; no page text) and, printed, precision and recall per shingle
size and containment threshold on the dev half, and for the chosen setting on the
test half.

Positive pairs: a story and a copy transformed as reposts are (navigation and
footer, a title prefix such as 【转载】, an editor's line, sentence drops,
truncation to 60–90 %, a changed lead, a few changed characters, traditional
characters), and real pairs (``same`` in texts.jsonl: one story on two sites).
Negative pairs: two different stories of the same topic (execution, 交叉执行,
执转破, court press conferences), also with the same portal's navigation and
footer around both. Stories are split in halves; a pair belongs to the half of its
stories (pairs across halves are dropped).

Run: ``.venv/bin/python eval/reposts.py`` (traditional copies need ``opencc``;
without it they are left out and said so).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

from lawnews.index.documents import Article, Section
from lawnews.index.store import stories as S

HERE = Path(__file__).parent
NAV = ["首页 > 新闻中心 > 法院动态 > 正文", "网站首页 | 新闻 | 法治 | 视频 | 图片 | 专题 | 评论 | 登录 注册",
       "当前位置：首页 > 执行公开", "分享到：微信 微博 QQ空间 打印本页 关闭窗口 字号：大 中 小"]
FOOT = ["责任编辑：李明 校对：王芳", "版权所有 © 2024 某某网 未经授权禁止转载 备案号：京ICP备12345678号",
        "相关阅读：更多法治新闻请关注我们的公众号", "声明：本文转自网络，仅供学习交流，如有侵权请联系删除。"]
EDITOR = ["（来源：法治日报 记者 张伟 通讯员 刘洋）", "本文转载自人民法院报，作者：王某某", "【编者按】本文经授权转载。"]
PREFIX = ["【转载】", "转：", "【法治在线】", "重磅｜"]
HAN = [chr(c) for c in range(0x4E00, 0x9FA5)]


def sentences(text: str) -> list[str]:
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch in "。！？\n":
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])


def transform(text: str, title: str, ops: list[str], rng: random.Random, cc) -> tuple[str, str]:
    for op in ops:
        if op == "nav":
            text = "\n".join(rng.sample(NAV, 2)) + "\n" + text + "\n" + "\n".join(rng.sample(FOOT, 2))
        elif op == "prefix":
            title = rng.choice(PREFIX) + title
        elif op == "editor":
            text = rng.choice(EDITOR) + "\n" + text
        elif op == "drop":
            ss = sentences(text)
            for _ in range(min(2, max(0, len(ss) - 3))):
                ss.pop(rng.randrange(1, len(ss)))
            text = "".join(ss)
        elif op == "truncate":
            text = text[: int(len(text) * rng.uniform(0.6, 0.9))]
        elif op == "lead":
            ss = sentences(text)
            ss[0] = "据报道，近日有关部门介绍了以下情况。"
            text = "".join(ss)
        elif op == "chars":
            chars = list(text)
            for _ in range(max(1, len(chars) // 60)):
                chars[rng.randrange(len(chars))] = rng.choice(HAN)
            text = "".join(chars)
        elif op == "trad":
            text, title = cc.convert(text), cc.convert(title)
    return text, title


OPS = ["nav", "prefix", "editor", "drop", "truncate", "lead", "chars"]


def build(texts: list[dict], cc) -> list[dict]:
    rng = random.Random(7)
    ids = [t["id"] for t in texts if not t.get("same")]
    rng.shuffle(ids)
    half = {i: ("dev" if k % 2 == 0 else "test") for k, i in enumerate(ids)}
    for t in texts:
        if t.get("same"):
            half[t["id"]] = half[t["same"]]
    pairs = []
    for t in texts:
        if t.get("same"):
            pairs.append({"a": t["same"], "b": t["id"], "ops": [], "label": 1, "split": half[t["id"]], "real": True})
    for i in ids:
        for ops in ([o] for o in OPS):
            pairs.append({"a": i, "b": i, "ops": ops, "label": 1, "split": half[i], "seed": rng.randrange(10**6)})
        for _ in range(4):
            ops = rng.sample(OPS, rng.randint(2, 4))
            pairs.append({"a": i, "b": i, "ops": ops, "label": 1, "split": half[i], "seed": rng.randrange(10**6)})
        if cc is not None:
            pairs.append({"a": i, "b": i, "ops": ["trad"], "label": 1, "split": half[i], "seed": rng.randrange(10**6)})
            pairs.append({"a": i, "b": i, "ops": ["nav", "trad"], "label": 1, "split": half[i], "seed": rng.randrange(10**6)})
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            a, b = ids[x], ids[y]
            if half[a] != half[b]:
                continue
            pairs.append({"a": a, "b": b, "ops": [], "label": 0, "split": half[a]})
            pairs.append({"a": a, "b": b, "ops": ["nav"], "label": 0, "split": half[a], "seed": rng.randrange(10**6)})
    return pairs


def realise(pair: dict, by_id: dict, cc) -> tuple[Article, Article]:
    ta, tb = by_id[pair["a"]], by_id[pair["b"]]
    title_a = ta["text"].split("\n", 1)[0][:24]
    title_b = tb["text"].split("\n", 1)[0][:24]
    text_b = tb["text"]
    if pair["ops"]:
        rng = random.Random(pair["seed"])
        text_b, title_b = transform(text_b, title_b, pair["ops"], rng, cc)
        if pair["label"] == 0:  # the same surroundings on both
            rng = random.Random(pair["seed"])
            text_a, title_a = transform(ta["text"], title_a, pair["ops"], rng, cc)
            return (Article("a", "a", title_a, (Section(None, text_a),)), Article("b", "b", title_b, (Section(None, text_b),)))
    return (Article("a", "a", title_a, (Section(None, ta["text"]),)), Article("b", "b", title_b, (Section(None, text_b),)))


def scores(pairs: list[dict], by_id: dict, cc, k: int, fold=None, floor: bool = True,
           jaccards: list | None = None) -> list[float]:
    """Each pair's containment when the LSH proposes it (else 0); with ``floor`` also 0
    below the size and Jaccard minimums; ``jaccards`` collects each pair's Jaccard."""
    out = []
    for p in pairs:
        a, b = realise(p, by_id, cc)
        sk = []
        for art in (a, b):
            text = S.shingle_text(art)
            if fold is not None:
                text = fold(text)
            h = S.shingles(text, k)
            sk.append((S.signature(h), len(h)))
        (sa, na), (sb, nb) = sk
        j = float((sa == sb).sum()) / S.NUM_PERM
        if jaccards is not None:
            jaccards.append(j)
        if floor and (min(na, nb) < S.MIN_SHINGLES or j < S.JACCARD_MIN):
            out.append(0.0)
            continue
        # the LSH must also propose the pair
        proposed = bool(set(S.band_keys(sa)) & set(S.band_keys(sb)))
        out.append(S.containment(sa, na, sb, nb) if proposed else 0.0)
    return out


def pr(labels: list[int], sc: list[float], t: float) -> tuple[float, float, int, int, int]:
    tp = sum(1 for y, s in zip(labels, sc) if y and s >= t)
    fp = sum(1 for y, s in zip(labels, sc) if not y and s >= t)
    fn = sum(1 for y, s in zip(labels, sc) if y and s < t)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, tp, fp, fn


def main() -> int:
    src = HERE / "pages" / "texts.jsonl"
    if not src.exists():
        print(f"{src} is missing: fill it as eval/README.md says", file=sys.stderr)
        return 1
    texts = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {t["id"]: t for t in texts}
    try:
        import opencc
        cc = opencc.OpenCC("s2t")
        t2s = opencc.OpenCC("t2s").convert
    except ImportError:
        cc = t2s = None
        print("opencc is not installed: traditional copies are left out")
    pairs = build(texts, cc)
    with open(HERE / "repost-pairs.jsonl", "w", encoding="utf-8") as fh:
        for t in texts:
            fh.write(json.dumps({"story": t["id"], "url": t["url"], "found_with": t["found_with"],
                                 "anchor": t["text"][:16], **({"same_story_as": t["same"]} if t.get("same") else {})},
                                ensure_ascii=False) + "\n")
        for p in pairs:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    dev = [p for p in pairs if p["split"] == "dev"]
    test = [p for p in pairs if p["split"] == "test"]
    print(f"{len(texts)} real texts; dev {len(dev)} pairs ({sum(p['label'] for p in dev)} positive),"
          f" test {len(test)} ({sum(p['label'] for p in test)} positive)")
    best = None  # the shingle size that separates the dev pairs widest, the threshold midway
    y = [p["label"] for p in dev]
    for k in (3, 4, 5, 6):
        js: list[float] = []
        # chosen for the folded text the index will shingle, on containment alone
        sc = scores(dev, by_id, cc, k, fold=t2s, floor=False, jaccards=js)
        low = min(s for s, l in zip(sc, y) if l)
        high = max(s for s, l in zip(sc, y) if not l)
        t = round((low + high) / 2 * 20) / 20
        p, r, *_ = pr(y, sc, t)
        jlow = min(j for j, l in zip(js, y) if l)
        jhigh = max(j for j, l in zip(js, y) if not l)
        print(f"dev k={k}: containment lowest positive {low:.3f}, highest negative {high:.3f};"
              f" at threshold {t:.2f} precision {p:.3f} recall {r:.3f};"
              f" Jaccard lowest positive {jlow:.3f}, highest negative {jhigh:.3f}")
        if best is None or low - high > best[0]:
            best = (low - high, k, t, int((jlow + jhigh) / 2 * 20) / 20)
    _f, k, t, jmin = best
    print(f"chosen on dev: k={k} threshold={t} Jaccard minimum={jmin} (module: SHINGLE={S.SHINGLE} THRESHOLD={S.THRESHOLD}"
          f" JACCARD_MIN={S.JACCARD_MIN} MIN_SHINGLES={S.MIN_SHINGLES})")
    for name, sub in (("all", test), ("without traditional", [p for p in test if "trad" not in p["ops"]]),
                      ("traditional only", [p for p in test if "trad" in p["ops"] or not p["label"]])):
        y = [p["label"] for p in sub]
        p_, r_, tp, fp, fn = pr(y, scores(sub, by_id, cc, S.SHINGLE), S.THRESHOLD)
        print(f"test ({name}), module setting: precision {p_:.3f} recall {r_:.3f} (tp {tp} fp {fp} fn {fn})")
        if t2s is not None:
            p_, r_, tp, fp, fn = pr(y, scores(sub, by_id, cc, S.SHINGLE, fold=t2s), S.THRESHOLD)
            print(f"test ({name}), module setting, text folded to simplified: precision {p_:.3f}"
                  f" recall {r_:.3f} (tp {tp} fp {fp} fn {fn})")
    misses = [p for p, s in zip(test, scores(test, by_id, cc, S.SHINGLE, fold=t2s))
              if p["label"] and s < S.THRESHOLD]
    for p in misses:
        print("missed (folded):", p["a"], p["ops"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
