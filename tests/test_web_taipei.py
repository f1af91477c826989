"""``lawnews serve`` as a researcher in Taipei uses it: traditional characters typed, the
keyboard alone and a screen reader; the pages' answers a browser is not needed for
(statuses, titles, forms, tables, marks of language), checked over HTTP.

The app runs in-process under Starlette's TestClient over the index of :mod:`webapp`.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest

from test_web import client, ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)


def plain(html: str) -> str:
    """A page's text: its tags left out, its entities read."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def title_of(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def main_of(html: str) -> str:
    return re.search(r"<main.*?</main>", html, re.S).group(0)


# ------------------------------------------------------------------ a profile naming no subject, or two

def test_a_profile_naming_no_subject_is_the_form_to_pick_one(client):
    r = client.get("/profile", params={"q": "執行"})
    assert r.status_code == 200  # the view's own empty form, as /statute without an article
    assert title_of(r.text) == "Profile of one court, region, mechanism, source or law · lawnews"
    assert 'role="alert"' not in r.text and "cannot be used" not in r.text
    form = re.search(r'<form class="query" method="get" action="/profile">.*?</form>', r.text, re.S).group(0)
    assert re.search(r'<label>profile of <select name="of" id="of">', form)
    assert '<option value="court" selected>court</option>' in form and '<option value="statute">law cited</option>' in form
    assert re.search(r'<label>name <input type="text" name="subject" value=""[^>]* lang="zh"', form)
    assert 'name="q" value="執行"' in form  # the query kept, as typed


def test_the_subject_picked_in_the_form_is_sent_on_to_its_profile(client, ix):
    r = client.get("/profile", params={"of": "court", "subject": "荆州中院", "q": "执行", "every": "year"},
                   follow_redirects=False)
    assert r.status_code == 302
    moved = urlsplit(r.headers["location"])
    assert moved.path == "/profile"
    assert parse_qsl(moved.query) == [("court", "荆州中院"), ("q", "执行"), ("every", "year")]
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and title_of(page.text).startswith("Profile of 荆州市中级人民法院 (court)")
    # beside a filter that could be a subject too, of= says which one is
    r = client.get("/profile.json", params={"of": "province", "subject": "湖南", "court_level": "中级"},
                   follow_redirects=False)
    assert parse_qsl(urlsplit(r.headers["location"]).query) == [("province", "湖南"), ("court_level", "中级"),
                                                               ("of", "province")]
    assert client.get(r.headers["location"]).json() == ix.profile("province:湖南", court_level="中级").to_dict()


def test_a_profile_naming_two_subjects_is_a_400_titled_with_what_it_needs(client):
    r = client.get("/profile", params={"province": "湖南", "court": "荆州中院"})
    assert r.status_code == 400
    assert title_of(r.text) == "A profile is of one court, region, mechanism, source or law, not 2 · lawnews"
    assert "cannot be used" not in r.text
    assert re.search(r'name="court" value="荆州中院"[^>]* aria-invalid="true" aria-describedby="problem" autofocus', r.text)
    assert 'href="/profile">Start again' in r.text


def test_the_json_of_a_profile_naming_no_subject_is_a_400_saying_so(client):
    r = client.get("/profile.json")
    assert r.status_code == 400
    assert r.json()["title"] == "No profile subject given" and "names none" in r.json()["error"]
    assert client.get("/profile", params={"format": "csv"}).status_code == 400
