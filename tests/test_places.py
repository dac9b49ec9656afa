"""Settlements found by name or by position: one home for the matching Open311 and Telegram both need."""
import pytest

from db.models import Settlement


@pytest.mark.parametrize("text", ["shetpe", "Шетпе", "шетпе", "  ШЕТПЕ ", "Shetpe", "SHETPE"])
def test_a_settlement_by_its_code_or_any_of_its_names(db, text):
    assert Settlement.find_by_name(text).code == "shetpe"


def test_names_in_each_language_and_with_inner_spaces(db):
    assert Settlement.find_by_name("Өмірзақ").code == "omirzak"   # Kazakh
    assert Settlement.find_by_name("Умирзак").code == "omirzak"   # Russian
    assert Settlement.find_by_name("Saiyn  Shapagatov\n").code == "saiyn-shapagatov"
    assert Settlement.find_by_name("Форт-Шевченко").code == "fort-shevchenko"


@pytest.mark.parametrize("text", ["", "   ", None, "Atlantis", "Шет", "x" * 300])
def test_nothing_or_an_unknown_name_finds_nothing(db, text):
    assert Settlement.find_by_name(text) is None


def test_a_name_two_settlements_share_finds_neither(db):
    # Басқұдық is a village in Mangystau district and another in Munaily: guessing would misroute.
    assert Settlement.select().where(Settlement.name_kk == "Басқұдық").count() == 2
    assert Settlement.find_by_name("Басқұдық") is None
    assert Settlement.find_by_name("baskuduk-munaily").district.code == "munaily"


def test_nearest_to_a_settlements_own_position_is_that_settlement(db):
    for settlement in Settlement.select().where(Settlement.lat.is_null(False)):
        assert Settlement.nearest(settlement.lat, settlement.lon) == settlement


def test_nearest_counts_a_degree_of_longitude_shorter_than_one_of_latitude(db):
    # From 43.46 N 53.84 E, Zhanaozen is 81 km and Sayotes 100 km away (great circle); in plain
    # degrees Sayotes would look nearer, since its lead is in latitude and Zhanaozen's in longitude.
    assert Settlement.nearest(43.46, 53.84).code == "zhanaozen"
