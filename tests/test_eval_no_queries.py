"""``eval`` over a queries file that holds no query is an error saying so, not a run
scoring nothing."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lawnews.cli import cli
from lawnews.errors import LawNewsError
from lawnews.evaluation import evaluate_files, load_queries


@pytest.mark.parametrize("body", ["", "\n\n", "[]", "  [ ]\n", "\ufeff"])
def test_a_queries_file_without_queries_is_an_error(tmp_path, data_index_dir, body):
    queries = tmp_path / "queries.jsonl"
    queries.write_text(body, encoding="utf-8")
    qrels = tmp_path / "qrels.tsv"
    qrels.write_text("q1\tt01\t2\n", encoding="utf-8")
    with pytest.raises(LawNewsError, match="the queries file has no queries"):
        load_queries(queries)
    with pytest.raises(LawNewsError, match=str(queries)):
        evaluate_files(queries, qrels, index_dir=data_index_dir)
    r = CliRunner().invoke(cli, ["eval", str(queries), str(qrels), "--index-dir", str(data_index_dir)])
    assert r.exit_code == 1 and "has no queries" in r.output and "Traceback" not in r.output


def test_one_query_is_enough(tmp_path):
    queries = tmp_path / "queries.jsonl"
    queries.write_text('\n{"id": "q1", "query": "交叉执行"}\n', encoding="utf-8")
    assert [q.id for q in load_queries(queries)] == ["q1"]
