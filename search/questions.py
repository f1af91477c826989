"""The question bank: questions already answered with statute articles, to rank new ones.

A layperson asks in other words than the law's (欠钱不还法院判了对方还是不给怎么办 against
"被执行人未按执行通知履行法律文书确定的义务……"). A question like one already
answered is likely answered by the same articles, and questions about debts are
answered by a few laws more often than by others. The bank holds questions
(their text, their m3e-small vector) and the articles judged to answer each
(ids of the statute corpus, ``L02483#第五十四条``); the shipped bank
(``data/questions.zip``) is built from the STARD train split (github.com/oneal2000/STARD,
MIT licence) by ``make questions`` (``bench/eval_stard.py --write-bank``).

Flows in: the question, its vector when the search ranks by meaning, the words'
BM25F score of each section they match and, with vectors, each section's cosine.
Flows out: the score of each section to rank, the sections of suggested
articles to add to the hits, and each score's parts for ``explain``. A section's
score is a weighted sum (:class:`Weights`, learned with the bank, one set with
vectors and one without) of

* ``words``: its BM25F score over the best one;
* ``meaning``: its cosine with the question (with vectors);
* ``close``: for each of the :data:`CLOSE_K` bank questions closest in meaning that
  its article answers, the cosine to the power :data:`CLOSE_POWER` (with vectors);
* ``near``: the same over the :data:`NEAR_K` closest questions, cosines as they are
  (with vectors);
* ``overlap``: the same over the :data:`OVERLAP_K` questions sharing most words,
  by the share of the question's word weight (idf over the bank) they share;
* ``laws``: for each of those near and overlapping questions whose answers come from
  its article's law (the id up to ``#``), its cosine or share times the share of its
  answers from that law;
* ``prior``: ``log`` of the share of the bank's answers from its article's law,
  smoothed by :data:`LAW_SMOOTHING`.

The bank applies to an index holding at least :data:`APPLIES_SHARE` of its
articles (a statute index; on a news index it changes nothing), matched once per
index generation (:class:`Attachment`).
"""

from __future__ import annotations

import hashlib
import heapq
import json
import math
import os
import random
import re
import threading
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..errors import QuestionBankError
from ..index.analysis.encoder import DIM, MODEL

#: The bank shipped with lawnews, and the variable naming another one.
DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "questions.zip"
BANK_ENV = "LAWNEWS_QUESTION_BANK"
FORMAT = 1
#: The members of a bank file, and the size of its vectors.
META, VECTORS = "bank.json", "vectors.f16"

CLOSE_K, CLOSE_POWER = 10, 4
NEAR_K = 50
OVERLAP_K = 20
LAW_SMOOTHING = 0.1
#: Share of the bank's articles an index must hold for the bank to apply to it.
APPLIES_SHARE = 0.5
#: How an explanation names the bank's parts of a score.
PART = "question bank"
#: The time stamp of a bank file's members (none: a saved bank's bytes follow its content).
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Weights:
    """The weight of each part of a section's score (see the module docstring)."""

    words: float = 1.0
    meaning: float = 0.0
    close: float = 0.0
    near: float = 0.0
    overlap: float = 0.0
    laws: float = 0.0
    prior: float = 0.0

    def to_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "weights") -> "Weights":
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise QuestionBankError(f"{where}: unknown weight(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(names))}")
        try:
            return cls(**{k: float(v) for k, v in data.items()})
        except (TypeError, ValueError) as e:
            raise QuestionBankError(f"{where}: a weight is not a number ({e})") from None


#: Weights by how the search ranks: ``"vectors"`` (by meaning and words) or ``"words"``.
RANKINGS = ("vectors", "words")


def law_of(article_id: str) -> str:
    """The law an article belongs to: its id up to ``#`` (``L02483#第五十四条`` → ``L02483``)."""
    return article_id.partition("#")[0]


def question_words(text: str) -> frozenset[str]:
    """The words of a question as the bank compares them (jieba, query mode, stop words out)."""
    from ..index.analysis.chinese import tokenize

    return frozenset(tokenize(text))


_SAME = re.compile(r"[\s\W_]+")


def folds(ids: Sequence[str], texts: Sequence[str] | None = None, k: int = 5,
          seed: int = 0) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """``k`` ``(training ids, test ids)`` splits for cross-validation: each id is in
    exactly one test part and never in the training part of its own split.
    Questions with the same text (punctuation and spaces aside) stay together."""
    if k < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    groups: dict[str, list[str]] = {}
    for i, qid in enumerate(ids):
        key = _SAME.sub("", texts[i]) if texts is not None else qid
        groups.setdefault(key or qid, []).append(qid)
    order = list(groups.values())
    random.Random(seed).shuffle(order)
    parts: list[list[str]] = [[] for _ in range(k)]
    for n, group in enumerate(order):
        parts[n % k].extend(group)
    out = []
    for i in range(k):
        test = set(parts[i])
        out.append((tuple(q for q in ids if q not in test), tuple(q for q in ids if q in test)))
    return out


class QuestionBank:
    """Questions, their vectors and the articles judged to answer them, with the weights."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str], answers: Sequence[Sequence[str]],
                 vectors: Any, weights: Mapping[str, Weights], *, name: str = "questions",
                 model: str = MODEL, source: str = "", licence: str = "") -> None:
        """``vectors``: one row per question (an array), or float16 bytes of ``len(ids)`` rows."""
        if isinstance(vectors, bytes):
            self._vector_bytes = vectors
        else:
            import numpy as np

            vectors = np.asarray(vectors, dtype="<f2")
            self._vector_bytes = vectors.tobytes() if vectors.size else b""
        rows = len(self._vector_bytes) // (2 * DIM)
        if not (len(ids) == len(texts) == len(answers) == rows) or len(self._vector_bytes) != rows * 2 * DIM:
            raise QuestionBankError(f"question bank {name}: {len(ids)} ids, {len(texts)} texts, "
                                    f"{len(answers)} answer lists and {len(self._vector_bytes) / (2 * DIM):g}"
                                    f" vectors of {DIM} dimensions do not match")
        missing = [r for r in RANKINGS if r not in weights]
        if missing:
            raise QuestionBankError(f"question bank {name}: no weights for ranking by {', '.join(missing)}")
        self.ids = tuple(ids)
        self.texts = tuple(texts)
        self.name, self.model, self.source, self.licence = name, model, source, licence
        self.weights = dict(weights)
        self.articles: tuple[str, ...] = tuple(dict.fromkeys(a for ans in answers for a in ans))
        number = {a: i for i, a in enumerate(self.articles)}
        self.answers: tuple[tuple[int, ...], ...] = tuple(tuple(dict.fromkeys(number[a] for a in ans)) for ans in answers)
        self._vectors: Any = None
        self.laws = tuple(law_of(a) for a in self.articles)
        laws = Counter(self.laws[a] for ans in self.answers for a in ans)
        self.law_counts = dict(laws)
        self.law_total = sum(laws.values())
        self._words: tuple[list[frozenset[str]], dict[str, float]] | None = None
        self._lock = threading.Lock()
        self.fingerprint = self._fingerprint()

    # -- identity -------------------------------------------------------------
    def _fingerprint(self) -> str:
        h = hashlib.sha1()
        h.update(json.dumps([FORMAT, self.model, self.ids, self.texts,
                             [[self.articles[a] for a in ans] for ans in self.answers],
                             {r: w.to_dict() for r, w in sorted(self.weights.items())}],
                            ensure_ascii=False).encode())
        h.update(self._vector_bytes)
        return h.hexdigest()[:12]

    @property
    def vectors(self) -> Any:
        """The questions' vectors as a float32 ``(n, DIM)`` array (numpy loaded on first use)."""
        if self._vectors is None:
            import numpy as np

            self._vectors = np.frombuffer(self._vector_bytes, dtype="<f2").reshape(len(self.ids), DIM).astype(np.float32)
        return self._vectors

    @property
    def label(self) -> str:
        """``name@fingerprint``: what results and explanations name the bank by."""
        return f"{self.name}@{self.fingerprint}"

    def __len__(self) -> int:
        return len(self.ids)

    def __repr__(self) -> str:
        return f"QuestionBank({self.label}, {len(self)} questions, {len(self.articles)} articles)"

    # -- building, saving, loading ---------------------------------------------
    def subset(self, ids: Iterable[str], *, weights: Mapping[str, Weights] | None = None,
               name: str | None = None) -> "QuestionBank":
        """The bank of these questions only (a cross-validation's training part)."""
        keep = set(ids)
        rows = [i for i, q in enumerate(self.ids) if q in keep]
        size = 2 * DIM
        vectors = b"".join(self._vector_bytes[i * size:(i + 1) * size] for i in rows)
        return QuestionBank([self.ids[i] for i in rows], [self.texts[i] for i in rows],
                            [[self.articles[a] for a in self.answers[i]] for i in rows],
                            vectors, weights or self.weights, name=name or self.name,
                            model=self.model, source=self.source, licence=self.licence)

    def with_weights(self, weights: Mapping[str, Weights]) -> "QuestionBank":
        return self.subset(self.ids, weights={**self.weights, **weights})

    def save(self, path: "str | os.PathLike[str]") -> Path:
        """Write the bank as one zip file: ``bank.json`` (everything but the vectors)
        and ``vectors.f16`` (the vectors, float16 little-endian, row after row)."""
        meta = {"format": FORMAT, "name": self.name, "model": self.model, "dim": DIM, "source": self.source,
                "licence": self.licence, "ids": list(self.ids), "texts": list(self.texts),
                "articles": list(self.articles), "answers": [list(a) for a in self.answers],
                "weights": {r: w.to_dict() for r, w in self.weights.items()},
                "fingerprint": self.fingerprint}
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:  # the same bank, the same bytes
            z.writestr(zipfile.ZipInfo(META, _ZIP_TIME), json.dumps(meta, ensure_ascii=False, indent=0),
                       zipfile.ZIP_DEFLATED)
            z.writestr(zipfile.ZipInfo(VECTORS, _ZIP_TIME), self._vector_bytes, zipfile.ZIP_DEFLATED)
        tmp.replace(path)
        return path

    @classmethod
    def load(cls, path: "str | os.PathLike[str]") -> "QuestionBank":
        """Read a bank written by :meth:`save`; QuestionBankError saying what is wrong."""
        path = Path(path)
        try:
            with zipfile.ZipFile(path) as z:
                meta = json.loads(z.read(META).decode("utf-8"))
                vectors = z.read(VECTORS)
        except FileNotFoundError:
            raise QuestionBankError(f"no question bank at {path}") from None
        except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError) as e:
            raise QuestionBankError(f"{path} is not a question bank ({e})") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            found = meta.get("format") if isinstance(meta, dict) else None
            raise QuestionBankError(f"{path}: question bank format {found!r}; this lawnews reads format {FORMAT}")
        try:
            articles = meta["articles"]
            answers = [[articles[a] for a in ans] for ans in meta["answers"]]
            weights = {r: Weights.from_dict(w, f"{path}: weights for {r}") for r, w in meta["weights"].items()}
            bank = cls(meta["ids"], meta["texts"], answers, vectors, weights, name=meta.get("name", path.stem),
                       model=meta.get("model", ""), source=meta.get("source", ""), licence=meta.get("licence", ""))
        except (KeyError, IndexError, TypeError) as e:
            raise QuestionBankError(f"{path}: a question bank entry is missing or malformed ({e!r})") from None
        if meta.get("fingerprint") not in (None, bank.fingerprint):
            raise QuestionBankError(f"{path}: the question bank's content does not match its fingerprint (damaged file?)")
        return bank

    # -- similar questions -------------------------------------------------------
    def _word_table(self) -> tuple[list[frozenset[str]], dict[str, float]]:
        """Each question's words and each word's idf over the bank (computed on first use)."""
        with self._lock:
            if self._words is None:
                words = [question_words(t) for t in self.texts]
                n = len(words)
                df = Counter(w for ws in words for w in ws)
                idf = {w: math.log(1 + (n - c + 0.5) / (c + 0.5)) for w, c in df.items()}
                self._words = (words, idf)
            return self._words

    def suggestions(self, question: str, vector: Any = None) -> tuple[dict[int, list[float]], dict[str, float]]:
        """``(article number → [close, near, overlap], law → laws)``: the articles
        answering the questions most like ``question`` (by ``vector``'s cosines when
        given, and by shared words), and the laws of those answers."""
        out: dict[int, list[float]] = {}
        laws: dict[str, float] = {}

        def add(row: int, part: int, value: float) -> None:
            answers = self.answers[row]
            for a in answers:
                out.setdefault(a, [0.0, 0.0, 0.0])[part] += value
            if part:  # the near and the overlapping questions' laws, by their share of the answers
                for a in answers:
                    law = self.laws[a]
                    laws[law] = laws.get(law, 0.0) + value / len(answers)

        if vector is not None and len(self):
            import numpy as np

            sims = self.vectors @ np.asarray(vector, dtype=np.float32)
            k = min(NEAR_K, len(sims))
            near = np.argpartition(-sims, k - 1)[:k]
            near = near[np.lexsort((near, -sims[near]))]
            for rank, row in enumerate(near):
                sim = float(sims[row])
                if sim <= 0:  # unrelated: suggests nothing
                    break
                if rank < CLOSE_K:
                    add(row, 0, sim ** CLOSE_POWER)
                add(row, 1, sim)
        words, idf = self._word_table()
        mine = question_words(question)
        weight = sum(idf.get(w, 0.0) for w in mine)
        if weight > 0:
            shared = [(sum(idf[w] for w in mine & ws) / weight, row) for row, ws in enumerate(words) if mine & ws]
            for share, row in heapq.nsmallest(OVERLAP_K, shared, key=lambda sr: (-sr[0], sr[1])):
                add(row, 2, share)
        return out, laws

    def law_prior(self, article_id: str) -> float:
        """``log`` of the smoothed share of the bank's answers from the article's law
        (an article id or a law)."""
        total = self.law_total or 1
        return math.log((self.law_counts.get(law_of(article_id), 0) + LAW_SMOOTHING) / total)


# -- the bank of a process -------------------------------------------------------

_banks: dict[str, QuestionBank] = {}
_banks_lock = threading.Lock()


def default_bank() -> QuestionBank:
    """The bank ``$LAWNEWS_QUESTION_BANK`` names, else the shipped one (loaded once per process)."""
    named = os.environ.get(BANK_ENV)
    path = Path(named) if named else DEFAULT_PATH
    key = str(path.resolve()) if path.exists() else str(path)
    with _banks_lock:
        bank = _banks.get(key)
        if bank is None:
            try:
                bank = _banks[key] = QuestionBank.load(path)
            except QuestionBankError as e:
                if named:
                    raise QuestionBankError(f"{e}; {BANK_ENV} names it (unset it for the shipped bank)") from None
                raise
        return bank


# -- a bank over one index generation --------------------------------------------

class Attachment:
    """A bank matched to the documents of one index generation: the sections of each
    of its articles present, and the law prior of every document."""

    def __init__(self, bank: QuestionBank, articles: Sequence[str],
                 is_deleted: Callable[[int], bool] = lambda d: False) -> None:
        self.bank = bank
        number = {a: i for i, a in enumerate(bank.articles)}
        docs: dict[int, list[int]] = {}
        for d, a in enumerate(articles):
            i = number.get(a)
            if i is not None and not is_deleted(d):
                docs.setdefault(i, []).append(d)
        self.docs = docs
        self.share = len(docs) / len(bank.articles) if bank.articles else 0.0
        self.applies = self.share >= APPLIES_SHARE
        self._articles = articles
        self._laws: tuple[Any, dict[str, int], Any] | None = None

    def laws(self) -> tuple[Any, dict[str, int], Any]:
        """``(law number of every document, number of each law, law prior of each
        number)`` as arrays (computed on first use)."""
        if self._laws is None:
            import numpy as np

            number: dict[str, int] = {}
            codes = np.fromiter((number.setdefault(law_of(a), len(number)) for a in self._articles),
                                dtype=np.int64, count=len(self._articles))
            prior = np.array([self.bank.law_prior(law) for law in number], dtype=np.float64)
            self._laws = (codes, number, prior)
        return self._laws

    def suggest(self, question: str, vector: Any = None) -> "Suggested":
        """The articles the bank suggests for ``question`` and the documents to add."""
        if self.bank.model != MODEL:  # vectors of another model do not compare
            vector = None
        return Suggested(self, *self.bank.suggestions(question, vector), by_meaning=vector is not None)


class Suggested:
    """What the bank suggests for one question over one index generation."""

    def __init__(self, attachment: Attachment, by_article: dict[int, list[float]], laws: dict[str, float],
                 by_meaning: bool) -> None:
        self.attachment = attachment
        self.weights = attachment.bank.weights["vectors" if by_meaning else "words"]
        w = self.weights
        self.bonus: dict[int, float] = {}
        for a, (close, near, overlap) in by_article.items():
            value = w.close * close + w.near * near + w.overlap * overlap
            for d in attachment.docs.get(a, ()):
                self.bonus[d] = value
        self._by_law = laws
        self._law: Any = None

    @property
    def parts(self) -> tuple[str, ...]:
        """What of the bank ranks this question here: ``similar questions`` (answered by
        articles of this index), ``their laws`` and ``law prior``, as their weights and
        the questions found give them; only ``law prior`` when no question already
        answered is like it (an English question shares no word with a Chinese bank)."""
        w = self.weights
        found = [("similar questions", bool(self.bonus)), ("their laws", bool(w.laws and self._by_law)),
                 ("law prior", bool(w.prior))]
        return tuple(name for name, used in found if used)

    def law_parts(self) -> Any:
        """Each law number's part of the score: the near questions' laws and the prior."""
        if self._law is None:
            _codes, number, prior = self.attachment.laws()
            part = self.weights.prior * prior  # a new array
            if self.weights.laws:
                for law, value in self._by_law.items():
                    i = number.get(law)
                    if i is not None:
                        part[i] += self.weights.laws * value
            self._law = part
        return self._law

    @property
    def docs(self) -> Iterable[int]:
        """The documents of the suggested articles that this index holds."""
        return self.bonus.keys()

    def rank(self, words: Mapping[int, float], cosines: Mapping[int, float] | None) -> dict[int, float]:
        """The score of each document of ``words`` (BM25F by docnum, the suggested
        documents included), with their cosines when the search ranks by meaning."""
        if not words:
            return {}
        import numpy as np

        w = self.weights
        docs = np.fromiter(words.keys(), dtype=np.int64, count=len(words))
        score = np.fromiter(words.values(), dtype=np.float64, count=len(words))
        best = float(score.max()) or 1.0
        score *= w.words / best
        if cosines is not None and w.meaning:
            get = cosines.get
            score += w.meaning * np.fromiter((get(d, 0.0) for d in words), dtype=np.float64, count=len(words))
        if w.laws or w.prior:
            score += self.law_parts()[self.attachment.laws()[0][docs]]
        out = dict(zip(docs.tolist(), score.tolist()))
        for d, b in self.bonus.items():
            if d in out:
                out[d] += b
        return out

    def explain(self, docnum: int) -> tuple[tuple[str, str, float], ...]:
        """This bank's parts of a document's score, for ``explain``."""
        label = self.attachment.bank.label
        codes, _number, prior = self.attachment.laws()
        law = int(codes[docnum])
        own = self.weights.prior * float(prior[law])
        return ((PART, f"{label} similar questions", self.bonus.get(docnum, 0.0)),
                (PART, f"{label} their laws", float(self.law_parts()[law]) - own),
                (PART, f"{label} law prior", own))


def attachment_for(searcher: Any, bank: QuestionBank, articles: Sequence[str],
                   is_deleted: Callable[[int], bool] = lambda d: False) -> Attachment:
    """The :class:`Attachment` of ``bank`` to ``searcher``'s generation (cached on the
    searcher, which a new generation replaces; ``articles`` is its article id column)."""
    cached: dict[str, Attachment] = getattr(searcher, "_lawnews_questions", None) or {}
    found = cached.get(bank.fingerprint)
    if found is None or found._articles is not articles:
        found = cached[bank.fingerprint] = Attachment(bank, articles, is_deleted)
        searcher._lawnews_questions = cached
    return found
