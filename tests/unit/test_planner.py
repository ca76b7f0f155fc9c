"""The plan chooser the register and the archive share: which index a list query starts from."""
import pytest

from ukpbj_desktop.queries import planner
from ukpbj_desktop.store.models import Application


class Counts:
    """Each filter's matches on its own, recording which were counted and up to what cap."""

    def __init__(self, **sizes):
        self.sizes, self.asked = sizes, []

    def __call__(self, name, cap):
        self.asked.append((name, cap))
        return min(self.sizes[name], cap)


def no_cap():
    raise AssertionError("the cap is only worked out when there is a choice to make")


def test_with_one_filter_or_none_nothing_is_counted():
    counts = Counts(state=5)
    assert planner.driver([], counts, no_cap) == planner.ANY
    assert planner.driver(["state"], counts, no_cap) == "state"
    assert counts.asked == []


def test_the_most_selective_filter_drives_when_it_keeps_fewer_rows_than_the_cap():
    counts = Counts(state=900, year=40, text=300)
    assert planner.driver(["state", "year", "text"], counts, lambda: 500) == "year"
    assert counts.asked == [("state", 500), ("year", 500), ("text", 500)]


def test_when_every_filter_keeps_many_rows_sqlite_picks():
    assert planner.driver(["state", "year"], Counts(state=900, year=700), lambda: 500) == planner.ANY


def test_a_count_looks_four_times_wider_than_a_page():
    counts = Counts(state=1500, year=3000)
    assert planner.count_driver(["state", "year"], counts, lambda: 500) == "state"
    assert {cap for _, cap in counts.asked} == {2000}


@pytest.mark.parametrize("matching, capped, expected", [
    (501, False, planner.WALK),  # more than the walk limit: walk the sort's index
    (400, False, "year"),  # few: start from the most selective filter
    (400, True, "year"),  # a capped count below the cap is exact
])
def test_a_page_walks_the_sort_index_only_for_many_matches(matching, capped, expected):
    assert planner.page_driver(["state", "year"], Counts(state=450, year=40), 500, matching, capped) == expected


def test_a_capped_count_past_the_cap_means_more_rows_than_counted_so_the_page_walks(monkeypatch):
    monkeypatch.setattr(planner, "COUNT_CAP", 100)
    assert planner.page_driver(["text"], Counts(text=101), 500, 101, capped=True) == planner.WALK


def test_hidden_columns_and_the_walk_limit_on_sqlite(store):
    from ukpbj_desktop.store.db import database

    hidden = Application.select(Application.id).where(planner.usable(Application.year, "year", "state") == 2026)
    shown = Application.select(Application.id).where(planner.usable(Application.year, "year", "year") == 2026)
    assert '+"t1"."year"' in database.get_sql_context().sql(hidden).query()[0]
    assert '+"t1"' not in database.get_sql_context().sql(shown).query()[0]
    assert planner.walk_limit(Application) == 0  # an empty register
    assert planner.sort_keys([Application.year], planner.WALK) == [Application.year]
