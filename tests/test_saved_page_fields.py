"""Saved news pages read as a reader reads them: the title is the headline, not the site's
breadcrumb, an author's affiliation or a toolbar; the source is an outlet, never a person or a
phone number. Each page is made up with the structure of a saved page."""

from __future__ import annotations

import pytest

from support import SAVED_BODY as BODY, saved_page

first = saved_page

ENGLISH = ("Courts across the province settled more disputes by mediation last year, the high court said.\n\n"
           "Judges held hearings in villages and closed most cases within a month of filing.\n")


# ---------------------------------------------------------------- English breadcrumbs


@pytest.mark.parametrize("crumb", ["Home » Nation", "Home / China / Society", "Home > Latest News > Courts",
                                   "HOME > NEWS", "You are here: Home > News"])
def test_an_english_breadcrumb_is_no_part_of_the_title(tmp_path, crumb):
    a, _ = first(tmp_path, f"{crumb}\n\nProvince courts settle more disputes\n\n{ENGLISH}")
    assert a.title == "Province courts settle more disputes"


@pytest.mark.parametrize("crumb", ["Home » Nation", "Home / China / Society"])
def test_an_english_breadcrumb_over_a_text_without_headline_is_no_title(tmp_path, crumb):
    a, _ = first(tmp_path, f"{crumb}\n\n{ENGLISH}")
    assert "Home" not in a.title
    assert a.text.startswith("Courts across the province")


def test_a_line_about_a_home_is_still_a_title(tmp_path):
    a, _ = first(tmp_path, f"Home / office rules for judges announced\n\n{ENGLISH}")
    assert a.title == "Home / office rules for judges announced"


def test_an_english_page_under_its_breadcrumb_keeps_headline_writer_and_date(tmp_path):
    page = ("WORLDNEWS 中文版\n\nNation\n\nHome / Nation / Society\n\nProvince courts settle more disputes\n\n"
            f"By LI MING | Daily Courier | Updated: 2024-03-05 10:20\n\n{ENGLISH}")
    a, web = first(tmp_path, page)
    assert a.title == "Province courts settle more disputes"
    assert a.byline == "By LI MING | Daily Courier"
    assert a.date == "2024-03-05"
    assert a.text.startswith("Courts across the province")
