"""A profile in ``lawnews serve`` counts its stories in the periods ``lawnews profile`` and
``NewsIndex.profile`` count them in: unless ``every`` names one, the period fitting the
span of its dates (``auto``: quarters over six years, not seventy months), in the page, its
JSON and its CSV alike; ``every=auto`` may be asked for, in any case.

The app runs under Starlette's TestClient over news articles written for these tests.
"""

from __future__ import annotations

import json
import re

import pytest

import lawnews
from support import news_index, run_cli

starlette_testclient = pytest.importorskip("starlette.testclient")

NEWS = [
    {"id": "q1", "title": "荆州中院集中执行", "date": "2018-06-10", "source": "人民法院报",
     "text": "湖北省荆州市中级人民法院开展集中执行行动，执结案件三十余件。"},
    {"id": "q2", "title": "荆州中院执行回访", "date": "2021-09-01", "source": "法治日报",
     "text": "湖北省荆州市中级人民法院回访集中执行案件当事人，听取意见建议。"},
    {"id": "q3", "title": "荆州中院执行攻坚", "date": "2024-02-20", "source": "人民法院报",
     "text": "湖北省荆州市中级人民法院开展执行攻坚，集中执行涉民生案件。"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return news_index(tmp_path_factory.mktemp("web-profile-periods"), NEWS)


@pytest.fixture(scope="module")
def client(index_dir):
    from lawnews.web import create_app

    with starlette_testclient.TestClient(create_app(index_dir), raise_server_exceptions=False) as c:
        yield c


def test_a_profile_counts_in_the_periods_the_command_and_the_library_count_in(client, index_dir):
    web = client.get("/profile.json", params={"court": "荆州中院"}).json()
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert web == ix.profile("court:荆州中院").to_dict()
    cli = json.loads(run_cli("profile", "court:荆州中院", "--index-dir", str(index_dir), "--json").output)
    assert web == cli
    assert web["trend"]["every"] == "quarter" and web["trend"]["periods"][0] == "2018-Q2"


def test_the_profile_page_and_its_csv_count_in_the_same_periods(client):
    page = client.get("/profile", params={"court": "荆州中院"})
    assert page.status_code == 200 and "<th>2018-Q2</th>" in page.text and "<th>2018-06</th>" not in page.text
    assert re.search(r'<option value="auto" selected>', page.text)
    csv = client.get("/profile", params={"court": "荆州中院", "format": "csv", "bom": "0"}).text
    assert csv.splitlines()[1].startswith("2018-Q2,")


def test_a_period_named_is_still_the_one_counted_and_auto_is_taken_in_any_case(client):
    months = client.get("/profile.json", params={"court": "荆州中院", "every": "month"}).json()
    assert months["trend"]["every"] == "month" and months["trend"]["periods"][0] == "2018-06"
    r = client.get("/profile", params={"court": "荆州中院", "every": "Auto"}, follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"].endswith("every=auto")
    assert client.get(r.headers["location"]).status_code == 200
