"""The web app's date fields (``from``, ``to``) carry one hint on every page that has them,
and the hint names the forms a date is accepted in: each form it names is taken."""

from __future__ import annotations

import json
import re

import pytest

import lawnews

testclient = pytest.importorskip("starlette.testclient")

RECORDS = [{"id": f"d{n}", "title": f"某县法院开展集中执行{n}", "date": f"2024-0{n}-1{n}", "source": "人民法院报",
            "text": "某县人民法院近日开展集中执行行动，依据《中华人民共和国民事诉讼法》第二百五十五条对被执行人罚款。"}
           for n in (1, 2, 3)]
#: Each page with date fields, and its status (the citing articles' form has them on its error page).
PAGES = [("/", 200), ("/trends", 200), ("/first", 200), ("/profile", 200),
         ("/cited-by?cites=民事诉讼法&from=2024-13", 400)]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from lawnews.web import create_app

    folder = tmp_path_factory.mktemp("dates")
    src = folder / "a.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    lawnews.build_index([src], folder / "ix")
    with testclient.TestClient(create_app(folder / "ix", workers=1), raise_server_exceptions=False) as c:
        yield c


def _hints(page: str) -> dict[str, tuple[str, str]]:
    out = {}
    for name in ("from", "to"):
        tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', page).group(0)
        out[name] = (re.search(r'placeholder="([^"]*)"', tag).group(1), re.search(r'title="([^"]*)"', tag).group(1))
    return out


def test_every_page_gives_its_date_fields_one_hint(client):
    hints = set()
    for path, status in PAGES:
        r = client.get(path)
        assert r.status_code == status, path
        hints |= set(_hints(r.text).values())
    assert len(hints) == 1


def test_each_form_the_hint_names_is_taken(client):
    placeholder, title = next(iter(_hints(client.get("/").text).values()))
    forms = set(re.findall(r"Y{4}(?:-MM)?(?:-DD)?", f"{placeholder} {title}"))
    assert forms == {"YYYY", "YYYY-MM", "YYYY-MM-DD"}
    for form in forms:
        value = form.replace("YYYY", "2024").replace("MM", "02").replace("DD", "12")
        for path in ("/", "/trends", "/first"):
            r = client.get(path, params={"from": value, "q": "执行"})
            assert r.status_code == 200, (path, value)
