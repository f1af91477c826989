"""The time limit of ``lawnews serve`` (``--time-limit``, ``create_app(time_limit=…)``) is a
number of seconds above 0 and at most a day: ``nan``, ``inf`` or a limit the system's timers
cannot wait for is refused when the app is made, naming it, instead of an app whose every
page is a 500; so is a pool of no worker (``workers=0``).

A small index of news written for these tests; the server itself is never left running
(uvicorn's run is replaced by one that returns at once).
"""

from __future__ import annotations

import math

import pytest

import lawnews
from support import news_index, run_cli

starlette_testclient = pytest.importorskip("starlette.testclient")

NEWS = [{"id": "t1", "title": "青石县法院集中执行", "date": "2024-03-10",
         "text": "青石县人民法院开展集中执行行动，执结案件十二件。"}]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return news_index(tmp_path_factory.mktemp("web-time-limit"), NEWS)


@pytest.mark.parametrize("limit", [math.nan, math.inf, 0, -1, 1e12], ids=["nan", "inf", "0", "-1", "1e12"])
def test_a_time_limit_no_call_can_be_given_is_refused_when_the_app_is_made(index_dir, limit):
    from lawnews.web import create_app

    with pytest.raises(lawnews.InvalidArgumentError, match="^time_limit must be more than 0 seconds") as e:
        create_app(index_dir, time_limit=limit)
    assert e.value.argument == "time_limit"


def test_a_time_limit_that_is_no_number_is_a_type_error(index_dir):
    from lawnews.web import create_app

    with pytest.raises(lawnews.ArgumentTypeError, match="time_limit must be a number of seconds"):
        create_app(index_dir, time_limit="10")


def test_a_pool_of_no_worker_is_refused(index_dir):
    from lawnews.web import create_app

    with pytest.raises(lawnews.InvalidArgumentError, match="workers must be 1 or more, not 0"):
        create_app(index_dir, workers=0)


def test_a_time_limit_within_the_bounds_answers_pages(index_dir):
    from lawnews.web import create_app

    with starlette_testclient.TestClient(create_app(index_dir, time_limit=30.5)) as c:
        assert c.get("/search.json", params={"q": "执行"}).json()["total"] == 1


@pytest.mark.parametrize("typed", ["nan", "inf"])
def test_lawnews_serve_names_the_time_limit_it_cannot_use(index_dir, monkeypatch, typed):
    import uvicorn

    served = []

    def run(self, sockets=None):  # never listen: record that the server would have run
        served.append(self)
        self.should_exit = True

    monkeypatch.setattr(uvicorn.Server, "run", run)
    out = run_cli("serve", "--index-dir", str(index_dir), "--port", "0", "--time-limit", typed, ok=False)
    assert out.exit_code == 1 and not served
    assert out.output.strip().splitlines()[-1].startswith("Error: --time-limit must be more than 0 seconds")
