"""Story sketches made in bulk (index/store/stories.py): the MinHash signatures, band
keys and links computed together for many articles are those of the definitions,
article by article and pair by pair. Texts are made up here (seeded), many of them
near-duplicates of each other."""

from __future__ import annotations

import random

import numpy as np
import pytest

from lawnews.index.documents import Article, Section
from lawnews.index.store import stories as S

CHARS = "法院执行案件当事人判决裁定申请被告原告人民检察院审理调解合同纠纷赔偿责任依法维护权益社会公平正义工作会议通报"


def _sentence(rng: random.Random) -> str:
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(8, 30))) + "。"


def _near_duplicates(seed: int = 3, stories: int = 40) -> list[Article]:
    """Stories and copies of them (cut, sentences dropped, characters changed, wrapped
    in navigation), other stories, one-line notices, an empty text, a long one."""
    rng = random.Random(seed)
    out: list[Article] = []
    for s in range(stories):
        base = "".join(_sentence(rng) for _ in range(rng.randint(1, 12)))
        texts = [base]
        for _ in range(rng.randint(0, 3)):
            op = rng.choice(["same", "cut", "drop", "change", "wrap"])
            if op == "same":  # word for word
                texts.append(base)
            elif op == "cut":
                texts.append(base[: int(len(base) * rng.uniform(0.4, 0.9))])
            elif op == "drop":
                texts.append("。".join(x for x in base.split("。") if rng.random() > 0.3))
            elif op == "change":
                texts.append("".join(rng.choice(CHARS) if rng.random() < 0.1 else c for c in base))
            else:
                texts.append("首页 > 新闻中心 > 正文\n" + base + "\n责任编辑：某某")
        for k, text in enumerate(texts):
            out.append(Article(f"s{s}-{k}#1", f"s{s}-{k}.txt", f"标题{s}", (Section(None, text),),
                               date=rng.choice([None, "2024-03-01", "2024-03-02"])))
    out.append(Article("empty#1", "empty.txt", "空", (Section(None, ""),)))
    out.append(Article("rare#1", "rare.txt", "生僻字", (Section(None, "𠮷𠮷野家𠮷" * 30),)))
    out.append(Article("long#1", "long.txt", "长文", (Section(None, "".join(_sentence(rng) for _ in range(2000))),)))
    return out


def _reference_signature(text: str) -> list[int]:
    """The documented signature, in plain Python: each shingle's polynomial hash of its
    code points (base 1000003, modulo 2**64), mixed, then per permutation ``(a, b)`` the
    least ``(a * mixed + b) >> 32`` (modulo 2**64); 2**32 - 1 for a text without shingles."""
    a, b, mix, _ = S._hashing()
    k, mod = S.SHINGLE, 2**64
    hashes = {sum(ord(ch) * pow(1000003, k - 1 - j, mod) for j, ch in enumerate(text[i:i + k])) % mod
              for i in range(len(text) - k + 1)}
    mixed = [(h * int(mix) % mod) >> 32 for h in hashes]
    return [min(((int(pa) * m + int(pb)) % mod) >> 32 for m in mixed) if mixed else 2**32 - 1
            for pa, pb in zip(a.ravel(), b.ravel())]


@pytest.mark.parametrize("text", ["", "交叉执行", "交叉执行工作", "𠮷野家的𠮷野家", "abc123执行款物" * 7])
def test_a_signature_is_the_minhash_of_its_shingles_as_documented(text):
    assert S.signature(S.shingles(text)).tolist() == _reference_signature(text)
    assert len(S.shingles(text)) == len({text[i:i + S.SHINGLE] for i in range(len(text) - S.SHINGLE + 1)})


def test_signatures_computed_together_are_those_computed_one_by_one():
    articles = _near_duplicates()
    texts = [S.shingle_text(a) for a in articles]
    together = S.signatures(S.shingle_sets(texts))
    assert together.shape == (len(texts), S.NUM_PERM) and together.dtype == np.uint32
    for text, row in zip(texts, together):
        assert row.tolist() == S.signature(S.shingles(text)).tolist()
    made = S.sketches(articles)
    assert [(m.article_id, m.size) for m in made] == [(a.id, len(S.shingles(t))) for a, t in zip(articles, texts)]


def test_band_keys_of_a_signature_matrix_are_each_signature_s():
    sigs = S.signatures(S.shingle_sets([S.shingle_text(a) for a in _near_duplicates()[:30]]))
    mix = int(S._hashing()[2])
    for sig, keys in zip(sigs, S.keys_of(sigs)):
        expected = []
        for band in range(S.BANDS):
            key = band * 0x100000001B3 % 2**64
            for value in sig[band * S.ROWS:(band + 1) * S.ROWS].tolist():
                key = (key ^ value) * mix % 2**64
            expected.append(key >> 1)
        assert keys.tolist() == expected == S.band_keys(sig)


def _links_pair_by_pair(sketches: list) -> set[tuple[str, str]]:
    """Every pair that shares a band key and is a copy (:func:`is_copy`), tried one by one."""
    out = set()
    keys = [set(S.band_keys(s.sig)) for s in sketches]
    for i, a in enumerate(sketches):
        for j in range(i + 1, len(sketches)):
            b = sketches[j]
            if keys[i] & keys[j] and S.is_copy(a.sig, a.size, b.sig, b.size):
                out.add((min(a.article_id, b.article_id), max(a.article_id, b.article_id)))
    return out


def test_a_batch_links_exactly_the_pairs_that_share_a_band_and_are_copies():
    articles = _near_duplicates()
    sketches = [S.sketch(a) for a in articles]
    expected = _links_pair_by_pair(sketches)
    assert len(expected) > 20  # the set has copies to find …
    same = {(s.sig.tobytes(), s.size) for s in sketches}
    assert len(same) < len(sketches) - 5  # … some of them word for word
    batch = S.StoryStore(None).batch(fresh=True)
    batch.BLOCK = 7  # sketched in several blocks
    for a in articles:
        batch.add(a)
    assert batch.links() == expected


def test_an_update_links_new_articles_to_committed_ones_as_pair_by_pair():
    articles = _near_duplicates(seed=5)
    store = S.StoryStore(None)
    first = store.batch(fresh=True)
    for a in articles[::2]:
        first.add(a)
    first.commit()
    later = store.batch(fresh=False)
    for a in articles[1::2]:
        later.add(a)
    new = [S.sketch(a) for a in articles[1::2]]
    old = [S.sketch(a) for a in articles[::2]]
    expected = {pair for pair in _links_pair_by_pair(new + old)
                if {pair[0], pair[1]} & {s.article_id for s in new}}
    assert later.links() == expected


def test_sketches_made_elsewhere_link_as_articles_added_here():
    articles = _near_duplicates(seed=9)
    here = S.StoryStore(None).batch(fresh=True)
    for a in articles:
        here.add(a)
    elsewhere = S.StoryStore(None).batch(fresh=True)
    elsewhere.add_sketches(S.sketches(articles[:25]))
    elsewhere.add_sketches(S.sketches(articles[25:]))
    assert elsewhere.links() == here.links()


def test_an_article_added_twice_in_one_batch_is_linked_as_last_added():
    articles = _near_duplicates(seed=11)
    copy = next(a for a in articles if a.id.endswith("-1#1"))
    lead = next(a for a in articles if a.id == copy.id.replace("-1#1", "-0#1"))
    batch = S.StoryStore(None).batch(fresh=True)
    for a in articles:
        batch.add(a)
    assert (lead.id, copy.id) in batch.links()
    batch.add(Article(copy.id, copy.file, copy.title, (Section(None, "另一篇完全不同的文章，" * 20),)))
    assert not any(copy.id in pair for pair in batch.links())


def _one_story_reposted(n: int, seed: int = 21, dates: "list[str | None] | None" = None) -> list[Article]:
    """One long story and ``n`` reposts of it, each with its own site's line and editor."""
    rng = random.Random(seed)
    base = "".join(_sentence(rng) for _ in range(40))
    out = []
    for k in range(n):
        text = f"{base}\n来源：第{k}号网站 责任编辑：{rng.randint(1, 10**6)}"
        out.append(Article(f"r{k:04d}#1", f"r{k:04d}.txt", "标题", (Section(None, text),),
                           date=dates[k] if dates else "2024-03-02"))
    return out


def test_a_story_of_many_copies_costs_links_in_proportion_to_them_and_stays_one_story(monkeypatch):
    monkeypatch.setattr(S, "LONG_RUN", 8)
    monkeypatch.setattr(S, "LEADS", 4)
    articles = _one_story_reposted(80)
    store = S.StoryStore(None)
    batch = store.batch(fresh=True)
    for a in articles:
        batch.add(a)
    links = batch.links()
    assert len(links) < 80 * 4 * 3  # every pair would be 3160
    size = {sk.article_id: sk.size for sk in S.sketches(articles)}
    order = sorted(size, key=lambda aid: (-size[aid], aid))  # same date and outlet: the fullest, then the smallest id
    lead = order[0]
    assert all(tuple(sorted((lead, a.id))) in links for a in articles if a.id != lead)
    batch.commit()
    live = {a.id for a in articles}
    story = S.group(live, *store.load(live))
    assert story.copies_of(lead) == tuple(order)
    # the lead's file removed: the next copy leads all the others
    rest = live - {lead}
    assert S.group(rest, *store.load(rest)).copies_of(order[1]) == tuple(order[1:])


def test_an_update_adding_an_earlier_copy_to_a_long_story_makes_it_the_lead_of_all(monkeypatch):
    monkeypatch.setattr(S, "LONG_RUN", 8)
    monkeypatch.setattr(S, "LEADS", 4)
    articles = _one_story_reposted(41, dates=["2024-03-02"] * 40 + ["2024-03-01"])
    store = S.StoryStore(None)
    first = store.batch(fresh=True)
    for a in articles[:40]:
        first.add(a)
    first.commit()
    later = store.batch(fresh=False)
    later.add(articles[40])
    later.commit()
    live = {a.id for a in articles}
    earliest = articles[40].id
    stories = S.group(live, *store.load(live))
    assert stories.story_of(articles[0].id) == earliest
    assert set(stories.copies_of(earliest)) == live
