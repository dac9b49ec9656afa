"""Every page type in a real browser: axe-core finds nothing, 320 px never scrolls sideways,
the keyboard reaches everything, the language switch keeps the page, htmx filters enhance a real form.
"""
import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import create_appeal
from playwright.sync_api import expect

from db.models import Appeal, OutreachEvent, Settlement
from services import appeals
from tests.browser.conftest import wait_until
from web import auth

LANGS = ("kk", "ru")
AXE_OPTIONS = {
    "resultTypes": ["violations"],
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
}
FORMAL = "Ваше обращение рассмотрено. Вопрос находится на контроле, разъяснения даны согласно Закону."
ANSWER = "Насос на водозаборе заменён 12 ноября, подача воды в Акшымырау возобновлена 13 ноября."


# ---------------------------------------------------------------- data a person would meet

def answer_in_db(ref, rating=None):
    """The officer's answer, set straight in the database (the workflow is tested elsewhere)."""
    Appeal.update(answer=ANSWER, status="answered", answer_formal=False,
                  answered_at=datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
                  ).where(Appeal.ref == ref).execute()
    if rating:
        appeals.rate_answer(Appeal.get(Appeal.ref == ref), rating)


@pytest.fixture
def site(client, staff, db):
    """One of everything: a published answered and rated appeal, a published open one in another
    topic, a private answered one (rating form) with its follow link, an open one for staff,
    an outreach phone and visit."""
    answered, _ = create_appeal(client, "kk")
    answer_in_db(answered, rating="solved")
    roads, _ = create_appeal(client, "ru", category="roads",
                             text="На дороге к посёлку Жетыбай глубокие ямы уже месяц.")
    Appeal.update(published=True).where(Appeal.ref.in_([answered, roads])).execute()
    private_ref, private_link = create_appeal(client, "kk", public="")
    answer_in_db(private_ref)
    open_ref, _ = create_appeal(client, "kk")
    device, _token = auth.issue_device_token(staff["outreach"], "Samsung of Aruzhan")
    OutreachEvent.create(user=staff["outreach"], device=device, ngo="Zhas Orken",
                         settlement=Settlement.get(Settlement.code == "akshymyrau"),
                         held_on=datetime.date.today())
    return {"answered": answered, "roads": roads, "private": private_ref, "private_link": private_link,
            "open": open_ref}


@pytest.fixture
def new_context(browser, live_server):
    """Contexts without a service worker (its cache is test_offline's business), closed at the end."""
    made = []

    def make(lang=None, **options):
        options.setdefault("viewport", {"width": 360, "height": 740})
        options.setdefault("locale", "kk-KZ")
        context = browser.new_context(service_workers="block", **options)
        if lang:  # staff and error pages follow the language cookie
            context.add_cookies([{"name": "lang", "value": lang, "url": live_server.url}])
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def sign_in(page, base, login):
    page.goto(base + "/staff/login")
    page.fill("#login", login)
    page.fill("#password", "correct-horse-battery")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r"/staff/(?!login)"))


def submit_blank_appeal(page, base, lang):
    """Send the blank form: the phone marks each missing field (the server would, without JavaScript)."""
    page.goto(f"{base}/{lang}/appeals/new")
    page.click("main form button[type=submit]")
    expect(page.locator("#text[aria-invalid=true]")).to_be_visible()
    assert page.locator("[aria-invalid=true]").count() > 0, "the bad submit showed no errors"


def submit_formal_answer(page, base, ref):
    page.goto(f"{base}/staff/appeals/{ref}")
    page.fill("#answer", FORMAL)
    with page.expect_navigation():
        page.click("form[action$='/answer'] button[type=submit]")
    assert page.locator("#formal-warning .alert").count() == 1, "no formal-reply warning was shown"


def expect_status(page, url, status):
    response = page.goto(url)
    assert response.status == status, f"{url} answered {response.status}"


# Every page type: who signs in, how to get there, and what proves the page is in the state we mean.
PAGES = {
    "home": (None, lambda p, b, l, s: p.goto(f"{b}/{l}/"), "main .cards .card"),
    "appeal form": (None, lambda p, b, l, s: p.goto(f"{b}/{l}/appeals/new"), "main form #text"),
    "appeal form with errors": (None, lambda p, b, l, s: submit_blank_appeal(p, b, l), "#text[aria-invalid=true]"),
    "public list": (None, lambda p, b, l, s: p.goto(f"{b}/{l}/appeals"), "#results .card"),
    "public appeal": (None, lambda p, b, l, s: p.goto(f"{b}/{l}/appeals/{s['answered']}"),
                      "main p > strong"),  # the author's rating
    "private page": (None, lambda p, b, l, s: p.goto(b + s["private_link"].replace("/kk/", f"/{l}/", 1)),
                     "main input[name=rating]"),
    "lookup": (None, lambda p, b, l, s: p.goto(f"{b}/{l}/appeals/lookup?ref={s['open']}"), "main dl.facts"),
    "queue": (None, lambda p, b, l, s: p.goto(f"{b}/{l}/queue"), ".js-queue-summary"),
    "offline": (None, lambda p, b, l, s: p.goto(f"{b}/{l}/offline"), "main a.button"),
    "statistics": (None, lambda p, b, l, s: p.goto(f"{b}/{l}/stats"), "main dl.facts"),
    "404": (None, lambda p, b, l, s: expect_status(p, f"{b}/{l}/no-such-page", 404), "main h1"),
    "staff login": (None, lambda p, b, l, s: p.goto(f"{b}/staff/login"), "#password"),
    "staff queues": ("moderator", lambda p, b, l, s: p.goto(f"{b}/staff/?queue=all"),
                     "main tbody a[href*='/staff/appeals/']"),
    "staff appeal (moderator)": ("moderator", lambda p, b, l, s: p.goto(f"{b}/staff/appeals/{s['open']}"),
                                 "#public_text"),
    "staff appeal (officer)": ("officer", lambda p, b, l, s: p.goto(f"{b}/staff/appeals/{s['open']}"), "#answer"),
    "staff appeal (formal warning)": ("officer", lambda p, b, l, s: submit_formal_answer(p, b, s["open"]),
                                      "#confirm_formal"),
    "staff audit log": ("admin", lambda p, b, l, s: p.goto(f"{b}/staff/audit"), "main tbody tr"),
    "staff outreach": ("outreach", lambda p, b, l, s: p.goto(f"{b}/staff/outreach"), "#label"),
    "staff field review": ("moderator", lambda p, b, l, s: p.goto(f"{b}/staff/field"), "main tbody tr"),
    "staff devices": ("admin", lambda p, b, l, s: p.goto(f"{b}/staff/devices"), "main tbody tr"),
}
# Every page, staff ones too: a wide staff table scrolls inside itself, never the page.
NARROW_PAGES = list(PAGES)


def open_page(new_context, live_server, site, name, lang, **options):
    login, go, proof = PAGES[name]
    page = new_context(lang, **options).new_page()
    if login:
        sign_in(page, live_server.url, login)
    go(page, live_server.url, lang, site)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.locator(proof).count() > 0, f"{name} ({lang}) {page.url} has no {proof}"
    return page


def describe(violations):
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:5]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    at {' '.join(map(str, node['target']))}: {summary[:300]}")
    return "\n".join(lines)


# ---------------------------------------------------------------- 1. axe-core

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(PAGES))
def test_axe_finds_no_violations(new_context, live_server, site, name, lang):
    page = open_page(new_context, live_server, site, name, lang)
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, f"axe on {name} ({lang}) {page.url}:\n{describe(violations)}"


# ---------------------------------------------------------------- 2. 320 px

@pytest.mark.parametrize("name", NARROW_PAGES)
def test_no_sideways_scrolling_at_320_px(new_context, live_server, site, name):
    for lang in LANGS:
        page = open_page(new_context, live_server, site, name, lang, viewport={"width": 320, "height": 640})
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            culprits = page.evaluate("""() => Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > 320.5)
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                                  + (e.className ? '.' + String(e.className).split(' ').join('.') : ''))""")
            pytest.fail(f"{name} ({lang}) is {width}px wide at 320px; too wide: {culprits}")


# ---------------------------------------------------------------- 3. keyboard

FOCUS_STYLE = """e => { const s = getComputedStyle(e);
    return {outline: [s.outlineStyle, s.outlineWidth, s.outlineColor].join(' '), color: s.outlineColor,
            shadow: s.boxShadow}; }"""
FIELDS = "main form input:not([type=hidden]), main form select, main form textarea, main form button"


def luminance(rgb):
    channels = [c / 255 for c in rgb]
    channels = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast_with_white(css_color):
    rgb = [int(n) for n in re.findall(r"\d+", css_color)[:3]]
    return 1.05 / (luminance(rgb) + 0.05)


def test_keyboard_reaches_skip_link_then_every_field_with_a_visible_focus(new_context, live_server, site):
    page = new_context().new_page()
    page.goto(live_server.url + "/kk/appeals/new")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip')"), "the first Tab is not the skip link"
    box = page.locator(".skip").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, f"the focused skip link is off screen: {box}"
    page.keyboard.press("Enter")
    wait_until(page, "() => document.activeElement === document.querySelector('main')", timeout=3)

    fields = page.locator(FIELDS)
    names = [fields.nth(i).evaluate("e => e.name || e.textContent.trim()") for i in range(fields.count())]
    assert len(names) >= 8, names
    reached, focused = [], {}
    for _ in range(3 * len(names)):  # from main, the next Tabs go through the form in order
        page.keyboard.press("Tab")
        index = page.evaluate(f"Array.from(document.querySelectorAll({FIELDS!r})).indexOf(document.activeElement)")
        if index >= 0 and index not in focused:
            reached.append(names[index])
            focused[index] = page.evaluate(f"({FOCUS_STYLE})(document.activeElement)")
        if len(focused) == len(names):
            break
    assert reached == names, f"Tab reached {reached}; the form has {names}"

    page.evaluate("document.activeElement.blur()")
    for index, name in enumerate(names):
        rest, on = fields.nth(index).evaluate(FOCUS_STYLE), focused[index]
        assert (rest["outline"], rest["shadow"]) != (on["outline"], on["shadow"]), \
            f"{name} looks the same focused and not: {rest}"
        # WCAG 1.4.11: the focus ring sits on the white page (outline-offset) and needs 3:1 against it.
        assert contrast_with_white(on["color"]) >= 3, f"{name}'s focus outline {on['color']} is too faint on white"


# ---------------------------------------------------------------- 4. languages

def test_language_switch_keeps_the_page_and_its_filters(new_context, live_server, site):
    page = new_context().new_page()
    page.goto(live_server.url + "/kk/appeals?category=water")
    page.click("nav.langs a[hreflang=ru]")
    page.wait_for_url(live_server.url + "/ru/appeals?category=water")
    assert page.evaluate("document.documentElement.lang") == "ru"
    assert page.locator("nav.langs a[hreflang=ru]").inner_text() == "Русский"
    assert page.locator("#category").input_value() == "water"


@pytest.mark.parametrize("locale, cookie, landing", [
    ("ru-RU", None, "ru"),   # the browser's language
    ("ru-RU", "kk", "kk"),   # the cookie wins over the browser
    ("kk-KZ", "ru", "ru"),
    ("de-DE", None, "kk"),   # neither: Kazakh
])
def test_root_picks_cookie_then_browser_then_kazakh(new_context, live_server, locale, cookie, landing):
    context = new_context(cookie, locale=locale, extra_http_headers={"Accept-Language": locale})
    page = context.new_page()
    page.goto(live_server.url + "/")
    assert page.url == f"{live_server.url}/{landing}/"
    assert page.evaluate("document.documentElement.lang") == landing


# ---------------------------------------------------------------- 5. htmx filters

def result_refs(page):
    return re.findall(r"MG-[A-Z0-9]+", page.locator("#results").inner_text())


def test_filtering_with_htmx_swaps_results_without_a_page_load(new_context, live_server, site):
    page = new_context().new_page()
    page.goto(live_server.url + "/kk/appeals")
    page.wait_for_load_state("networkidle")
    assert sorted(result_refs(page)) == sorted([site["answered"], site["roads"]])
    page.evaluate("window.qatysuMarker = 'still here'")
    with page.expect_request(lambda r: "/kk/appeals?" in r.url and r.headers.get("hx-request") == "true"):
        page.select_option("#category", "water")
    wait_until(page, f"() => !document.getElementById('results').textContent.includes('{site['roads']}')")
    assert result_refs(page) == [site["answered"]]
    assert page.evaluate("window.qatysuMarker") == "still here", "the page was reloaded"
    assert "category=water" in page.url
    assert page.locator("#results").count() == 1  # swapped, not nested


def test_filtering_without_javascript_submits_the_form(new_context, live_server, site):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(live_server.url + "/ru/appeals")
    page.select_option("#category", "roads")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    assert "category=roads" in page.url
    assert result_refs(page) == [site["roads"]]
    assert page.locator("#category").input_value() == "roads"


def test_going_back_to_a_filtered_list_shows_the_whole_page_not_a_fragment(new_context, live_server, site):
    page = new_context().new_page()
    page.goto(live_server.url + "/kk/appeals")
    page.wait_for_load_state("networkidle")
    page.select_option("#category", "water")  # pushes /kk/appeals?category=water
    wait_until(page, f"() => !document.getElementById('results').textContent.includes('{site['roads']}')")
    page.select_option("#category", "roads")  # pushes /kk/appeals?category=roads
    wait_until(page, f"() => !document.getElementById('results').textContent.includes('{site['answered']}')")
    # htmx's history cache is gone (storage full or cleared): the restore must ask for the whole page.
    page.evaluate("sessionStorage.removeItem('htmx-history-cache')")
    page.go_back()
    wait_until(page, f"() => document.body.textContent.includes('{site['answered']}')")
    page.wait_for_load_state("networkidle")
    assert "category=water" in page.url
    assert page.locator("header.top").count() == 1, "a history restore showed a bare fragment"
    assert page.locator("#results").count() == 1 and result_refs(page) == [site["answered"]]


def test_the_appeal_form_counts_letters_marks_what_the_server_refused_and_keeps_a_draft(new_context, live_server):
    page = new_context().new_page()
    page.goto(live_server.url + "/ru/appeals/new")
    page.fill("#text", "Вода")
    expect(page.locator("#text-count")).to_have_text("Букв: 4 из 5000")
    page.fill("#text", "я" * 5001)  # nothing is cut: the count turns red and the phone says why
    expect(page.locator("#text-count.error")).to_have_text("Букв: 5001 из 5000")
    assert len(page.input_value("#text")) == 5001
    page.fill("#text", "😡" * 12)
    page.click("main form button[type=submit]")
    expect(page.locator("#text-error-phone")).to_have_text("Напишите это словами.")

    # Switching language on a half-filled form keeps what was typed.
    page.select_option("#category", "water")
    page.fill("#text", "В селе третий день нет питьевой воды.")
    page.fill("#name", "Сауле")
    page.click("nav.langs a[hreflang=kk]")
    page.wait_for_url(re.compile(r"/kk/appeals/new"))
    expect(page.locator("#text")).to_have_value("В селе третий день нет питьевой воды.")
    expect(page.locator("#name")).to_have_value("Сауле")

    # A number only the server can judge: after the refused post, focus is on what to fix.
    page.select_option("#settlement", "akshymyrau")
    page.fill("#phone", "12345")
    page.check("#consent")
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    expect(page.locator(".js-error-summary")).to_be_focused()
    expect(page.locator("#phone[aria-invalid=true]")).to_be_visible()


TAP_TARGETS = """() => {
  const small = [];
  const visible = (el) => el.offsetParent !== null && getComputedStyle(el).visibility !== "hidden";
  const inText = (el) => el.tagName === "A" && el.closest("p, li:not(.card), dd, td") && !el.closest(".actions, .card > a");
  document.querySelectorAll("main a, header a, button, select, textarea, input").forEach((el) => {
    if (!visible(el) || inText(el) || el.type === "hidden") return;
    // A tick box or a choice is tapped through its label, which must be the big one.
    const target = (el.type === "checkbox" || el.type === "radio") ? document.querySelector(`label[for="${el.id}"]`) : el;
    const box = target.getBoundingClientRect();
    if (box.height < 44 || box.width < 44) small.push(`${el.outerHTML.slice(0, 60)} ${Math.round(box.width)}x${Math.round(box.height)}`);
  });
  return small;
}"""


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_link_and_control_on_public_pages_is_big_enough_to_tap_at_320_px(new_context, live_server, site, lang):
    page = new_context(viewport={"width": 320, "height": 640}).new_page()
    for path in ("/", "/appeals", "/appeals/new", "/queue", f"/appeals/{site['answered']}", "/appeals/lookup", "/stats"):
        page.goto(f"{live_server.url}/{lang}{path}")
        assert page.evaluate(TAP_TARGETS) == [], path
    page.goto(live_server.url + site["private_link"])  # the author's page, with the rating choices
    assert page.evaluate(TAP_TARGETS) == []
