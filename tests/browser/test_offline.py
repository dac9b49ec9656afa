"""Offline first, in a real browser: forms open offline, submissions queue and sync exactly once."""
import json
import re
import uuid

from playwright.sync_api import expect

from db.models import Appeal
from tests.browser.conftest import wait_for_service_worker

TEXT = "Ақшымырау ауылында үш күннен бері су жоқ, көмектесіңіздер."


def fill_appeal(page, text=TEXT):
    page.select_option("#category", "water")
    page.select_option("#settlement", "akshymyrau")
    page.fill("#text", text)
    page.fill("#name", "Айгерім")
    page.check("#public")
    page.check("#consent")


def queue_count(page):
    return int(page.get_attribute(".js-queue-summary", "data-queue-count"))


def open_form_then_go_offline(page, context, live_server):
    page.goto(live_server.url + "/kk/appeals/new")
    wait_for_service_worker(page)
    page.reload()  # now through the service worker, which cached the blank forms on install
    context.set_offline(True)


def test_form_opens_offline_and_a_queued_appeal_survives_reload_then_syncs_once(page, context, live_server, db):
    open_form_then_go_offline(page, context, live_server)
    page.goto(live_server.url + "/kk/appeals/new")
    expect(page.locator("#text")).to_be_visible()
    fill_appeal(page)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/kk/queue\?saved="))
    expect(page.locator(".js-saved-notice")).to_be_visible()
    expect(page.locator(".js-queue-summary")).to_have_attribute("data-queue-count", "1")
    page.reload()
    expect(page.locator(".js-queue-summary")).to_have_attribute("data-queue-count", "1")
    assert Appeal.select().count() == 0
    context.set_offline(False)
    expect(page.locator(".js-queue-summary")).to_have_attribute("data-queue-count", "0", timeout=15000)
    assert Appeal.select().count() == 1
    appeal = Appeal.get()
    assert appeal.source == "offline" and appeal.text == TEXT
    page.reload()
    page.click(".js-send-now") if page.is_visible(".js-send-now") else None
    assert Appeal.select().count() == 1
