# lawnews tasks. `make install` then `make test`; see README.md.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
q ?= 交叉执行

.PHONY: default install model test search index bench eval questions clean

default: test

$(BIN)/python:
	$(PY) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	@# setuptools' notice "Editable installation" (a folder named like the package in the
	@# current folder takes precedence) is in README.md, Troubleshooting.
	PYTHONWARNINGS='ignore:Editable installation' $(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/lawnews search '$(subst ','\'',$(value q))' -n 3

model:
	LAWNEWS_MODEL_DIR=.cache/models $(BIN)/python -c 'from lawnews.index.analysis import encoder; print(encoder.fetch())'

test:
	$(BIN)/python -m pytest $(ARGS)

search:
	$(BIN)/lawnews search '$(subst ','\'',$(value q))'

index:
	$(BIN)/lawnews index corpus --rebuild

bench:
	$(BIN)/python bench/bench.py $(ARGS)

eval:
	$(BIN)/lawnews eval ../shared/gold/queries-dev.json ../shared/gold/queries-dev.json --corpus corpus --no-misses
	$(BIN)/python bench/eval_stard.py $(ARGS)
	$(BIN)/lawnews eval-tags ../shared/gold/articles.json --no-misses
	@if [ -n "$$(ls eval/pages/tags 2>/dev/null)" ]; then \
	  $(BIN)/lawnews eval-tags eval/tag-pages.jsonl --half dev --no-misses; \
	  $(BIN)/lawnews eval-tags eval/tag-pages.jsonl --half test --no-misses; \
	else echo "eval/pages/tags/ is empty: the real-page texts are not here (eval/README.md says how to fetch them)"; fi

# The question bank shipped in the package (search/data/questions.zip), rebuilt from the
# STARD train split in ../shared; needs the model and the statute index with vectors
# that bench/eval_stard.py keeps in bench/cache/ (docs/statute-questions.md says how long
# its first build takes; ARGS='--vectors-from DIR' reuses an older index's vectors).
questions:
	$(BIN)/python bench/eval_stard.py --write-bank search/data/questions.zip $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .cache/test
