"""The list pages at scale: a bounded number of queries per page, true totals, paging that holds."""
import contextlib
import importlib
import logging
import re

import pytest

from db import database
from db.models import Appeal, AppealTally, Category, Settlement
from tests.conftest import add_user, create_appeal, login


class QueryCounter(logging.Handler):
    """peewee logs every statement it runs to the "peewee" logger: count them."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.statements = []

    def emit(self, record):
        self.statements.append(record.msg)


@contextlib.contextmanager
def counting():
    logger = logging.getLogger("peewee")
    counter, level = QueryCounter(), logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    try:
        yield counter.statements
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)


def queries(client, path):
    client.get(path)  # the first request loads per-process caches; count a warm one
    with counting() as statements:
        r = client.get(path)
    assert r.status_code == 200, path
    return len(statements)


PLACES = [("water", "akshymyrau"), ("roads", "zhanaozen"), ("water", "aktau"), ("roads", "akshymyrau")]


def add_published(client, count, **overrides):
    refs = []
    for i in range(count):
        category, settlement = PLACES[i % len(PLACES)]
        ref, _ = create_appeal(client, category=category, settlement=settlement, **overrides)
        refs.append(ref)
    Appeal.update(published=True).where(Appeal.ref.in_(refs)).execute()
    return refs


def card_count(html):
    return html.count('class="card"')


def shown_total(html):
    return int(re.search(r"<p>(\d+) ", html.split('id="results"', 1)[1]).group(1))


PUBLIC_PAGES = ["/kk/", "/kk/appeals", "/kk/appeals?page=2", "/kk/appeals?category=water",
                "/kk/appeals?settlement=akshymyrau&status=new"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_make_the_same_few_queries_for_two_appeals_or_forty(client, db, path):
    add_published(client, 2)
    few = queries(client, path)
    add_published(client, 38)
    assert queries(client, path) == few
    assert few <= 4


@pytest.mark.parametrize("queue", ["new", "mine", "overdue", "all"])
def test_staff_queues_make_the_same_few_queries_for_two_appeals_or_sixty(app, client, db, queue):
    add_user("officer", "officer", "energy-housing-utilities")
    staff = app.test_client()
    assert login(staff, "officer").status_code == 303
    add_published(client, 2)
    few = queries(staff, f"/staff/?queue={queue}")
    add_published(client, 58)
    Appeal.update(due_on="2020-01-01").execute()  # all overdue, so that queue has rows too
    assert queries(staff, f"/staff/?queue={queue}") == few
    assert few <= 6


def test_list_and_home_totals_stay_true_as_appeals_change(client, db):
    refs = add_published(client, 6)
    hidden, _ = create_appeal(client)
    html = client.get("/kk/appeals").get_data(as_text=True)
    assert shown_total(html) == 6 and card_count(html) == 6
    assert shown_total(client.get("/kk/appeals?category=water").get_data(as_text=True)) == 3
    assert shown_total(client.get("/kk/appeals?settlement=akshymyrau").get_data(as_text=True)) == 3
    assert "7 appeals received so far, 0 answered." in client.get("/en/").get_data(as_text=True)

    Appeal.update(published=False).where(Appeal.ref == refs[0]).execute()
    Appeal.update(status="answered").where(Appeal.ref.in_(refs[1:3])).execute()
    Appeal.update(published=True).where(Appeal.ref == hidden).execute()
    Appeal.delete().where(Appeal.ref == refs[5]).execute()
    appeal = Appeal.get(Appeal.ref == refs[4])
    appeal.settlement = Settlement.get(Settlement.code == "zhanaozen")
    appeal.save()  # a whole-row save: the unchanged columns must not count twice

    published = Appeal.select().where(Appeal.published == True)  # noqa: E712
    assert shown_total(client.get("/kk/appeals").get_data(as_text=True)) == published.count() == 5
    answered = client.get("/kk/appeals?status=answered").get_data(as_text=True)
    assert shown_total(answered) == card_count(answered) == 2
    in_zhanaozen = published.where(Appeal.settlement == Settlement.get(Settlement.code == "zhanaozen"))
    assert shown_total(client.get("/kk/appeals?settlement=zhanaozen").get_data(as_text=True)) == \
        in_zhanaozen.count() == 2
    assert "6 appeals received so far, 2 answered." in client.get("/en/").get_data(as_text=True)
    assert AppealTally.by_status() == {"new": 4, "answered": 2}


def test_an_unknown_code_matches_nothing(client, db):
    add_published(client, 2)
    for path in ("/kk/appeals?category=nope", "/kk/appeals?settlement=nope", "/kk/appeals?status=nope"):
        html = client.get(path).get_data(as_text=True)
        assert card_count(html) == 0 and shown_total(html) == 0


def test_paging_past_the_last_page_and_back(client, db, monkeypatch):
    monkeypatch.setitem(client.application.config, "PAGE_SIZES",
                        {**client.application.config["PAGE_SIZES"], "appeals": 3})
    refs = add_published(client, 7)
    pages = [client.get(f"/kk/appeals?page={n}").get_data(as_text=True) for n in (1, 2, 3, 4)]
    assert [card_count(p) for p in pages] == [3, 3, 1, 1]  # a page past the last shows the last
    assert refs[-1] in pages[0] and refs[0] in pages[2]  # newest first
    assert "3" in pages[1].split('class="pager"', 1)[1]  # page 2 of 3
    assert 'rel="next"' not in pages[2] and 'rel="prev"' in pages[2]


def test_compacting_the_tally_keeps_every_total(client, db, monkeypatch):
    monkeypatch.setattr(AppealTally, "COMPACT_AFTER", 3)
    refs = add_published(client, 5)
    Appeal.update(status="answered").where(Appeal.ref.in_(refs[:2])).execute()
    before = {"all": AppealTally.total(), "water": AppealTally.total(published=True, category=Category.get(
        Category.code == "water")), "answered": AppealTally.total(statuses=("answered",))}
    assert AppealTally.select().count() > 3
    assert shown_total(client.get("/kk/appeals").get_data(as_text=True)) == 5  # this read compacts
    assert AppealTally.select().count() == 5  # one row per kind now (of 5 inserts and 2 changes)
    after = {"all": AppealTally.total(), "water": AppealTally.total(published=True, category=Category.get(
        Category.code == "water")), "answered": AppealTally.total(statuses=("answered",))}
    assert after == before == {"all": 5, "water": 3, "answered": 2}


def test_staff_queue_totals_match_the_rows(app, client, db):
    add_user("moderator", "moderator")
    add_user("officer", "officer", "energy-housing-utilities")
    refs = add_published(client, 8)
    Appeal.update(due_on="2020-01-01").where(Appeal.ref.in_(refs[:3])).execute()
    Appeal.update(status="answered").where(Appeal.ref == refs[0]).execute()
    Appeal.update(status="in_progress").where(Appeal.ref == refs[1]).execute()
    for role in ("moderator", "officer"):
        staff = app.test_client()
        assert login(staff, role).status_code == 303
        for queue in ("new", "mine", "overdue", "all"):
            html = staff.get(f"/staff/?queue={queue}").get_data(as_text=True)
            rows = html.count("<tr>") - 1  # the header row
            assert int(re.search(r"<p>(\d+) ", html).group(1)) == rows, (role, queue)


def test_migration_0003_counts_the_appeals_already_there(client, db):
    add_published(client, 3)
    create_appeal(client)
    database.execute_sql("DELETE FROM appealtally")
    importlib.import_module("db.migrations.0004_list_indexes").up(database)
    assert AppealTally.total() == 4 and AppealTally.total(published=True) == 3
