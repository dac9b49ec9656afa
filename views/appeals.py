"""Citizen appeals: the form, the public list, one appeal, the author's private page."""
import time
import uuid

from flask import current_app, g, redirect, render_template, request, url_for
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup

from db.models import Appeal, AppealTally, Category, District, OutreachEvent, Settlement
from rules.times import local_today
from services.appeals import rate_answer
from submissions import KINDS, Context
from submissions.appeal import submit_appeal
from submissions.common import normalise_ref, reference
from views import language_blueprint, posted_values
from web.auth import current_user
from web.labels import STATUS, messages_for
from web.lookups import as_id, get_followed_appeal_or_404, get_published_appeal_or_404
from web.paging import Page
from web.security import form_post_key, form_post_limit, limiter, lookup_limit, public_post_limit, show_form_again

bp = language_blueprint("appeals", __name__)
RATINGS = ("solved", "not_solved", "formal")


class PerLanguage:
    """A value made per language and kept a minute: reference data changes only at `db upgrade`."""
    LIFETIME = 60.0

    def __init__(self, make):
        self.make, self.values = make, {}

    def get(self):
        kept = self.values.get(g.lang)
        now = time.monotonic()
        if kept is None or now - kept[0] > self.LIFETIME:
            kept = self.values[g.lang] = (now, self.make())
        return kept[1]


def _form_choices():
    lang = g.lang
    groups = {}
    for s in Settlement.select(Settlement, District).join(District).order_by(District.id):
        groups.setdefault(s.district.name(lang), []).append((s.code, s.name(lang)))
    return {
        "category_options": [(c.code, c.name(lang)) for c in Category.ordered()],
        "settlement_options": [(d, sorted(items, key=lambda i: i[1])) for d, items in groups.items()],
        "status_options": [(code, str(label)) for code, label in STATUS.items()],
    }


_choices = PerLanguage(_form_choices)


def form_choices():
    """Options for the category and settlement lists; settlements grouped by district."""
    return _choices.get()


def render_form(values=None, errors=None, status=200, notice=None):
    values = values or {}
    values.setdefault("submission_key", str(uuid.uuid4()))
    return render_template("appeals/new.html", values=values, errors=messages_for(errors or {}, "appeal"),
                           kind=KINDS["appeal"],
                           notice=notice, **form_choices()), status


# What a blank form holds in place of its CSRF token and submission key while it is kept.
TOKEN_MARK, KEY_MARK = "\x00csrf-token\x00", "\x00submission-key\x00"


def _blank_form():
    """The blank form split where the token starts: a head alike for all, and a short tail.

    None when the page is not in that shape (the token and key not last), and then
    every request renders the form in full.
    """
    token = generate_csrf()
    html = render_form({"submission_key": KEY_MARK})[0]
    if html.count(token) != 1 or html.count(KEY_MARK) != 1:
        return None
    html = html.replace(token, TOKEN_MARK)
    split = html.index(TOKEN_MARK)
    head, tail = html[:split].encode(), html[split:]
    if KEY_MARK not in tail or len(tail) > 1024:
        return None
    return head, tail


_blank_forms = PerLanguage(_blank_form)


@bp.get("/appeals/new")
def new_GET():
    """The blank appeal form; an outreach worker's visit adds the paper-form number."""
    event = as_id(request.args.get("event"))
    blank = None if request.args else _blank_forms.get()
    if blank is None:
        return render_form({"outreach_event": str(event)} if event else None)
    # The same page for everyone but its last bytes: rendered and compressed once (web/compression.py).
    head, tail = blank
    tail = tail.replace(TOKEN_MARK, generate_csrf()).replace(KEY_MARK, str(uuid.uuid4()))
    response = current_app.make_response(head + tail.encode())
    response.shared_head = len(head)
    return response


def render_form_again(reason):
    """The posted form with its values and a new token, nothing stored: its session had ended, or
    this address sent too many."""
    return render_form(posted_values(), status=400 if reason == "expired" else 429, notice=reason)


@bp.post("/appeals")
@limiter.limit(form_post_limit, key_func=form_post_key)
@show_form_again(render_form_again)
def create_POST():
    """Store the appeal (once per submission_key) and show its reference."""
    values = request.form.to_dict()
    ctx = Context(source="web", lang=g.lang, secret_key=current_app.config["SECRET_KEY"])
    worker = current_user()
    if worker is not None and worker.role == "outreach":
        # Collected by a signed-in outreach worker on a resident's behalf, with no JavaScript.
        ctx.source, ctx.worker = "outreach", worker
        ctx.outreach_event = OutreachEvent.of_worker(request.form.get("outreach_event"), worker)
    outcome = submit_appeal(values, values.get("submission_key"), ctx)
    if outcome.status in ("created", "duplicate"):
        return redirect(url_for(".track_GET", ref=outcome.ref, secret=outcome.secret, sent=1), 303)
    if outcome.errors.get("key") == "conflict":
        values["submission_key"] = str(uuid.uuid4())
        return render_form(values, {}, 409, notice="conflict")
    if "key" in outcome.errors:
        values["submission_key"] = str(uuid.uuid4())
    return render_form(values, outcome.errors, 422)


def list_filters():
    args = request.args
    return {k: args.get(k, "") for k in ("category", "settlement", "status")}


_filter_forms = PerLanguage(dict)  # per language: {(category, settlement, status): the form's HTML}
FILTER_FORMS_KEPT = 1000


def filters_form(filters, known):
    """The list's filter form with these choices made, kept per choice and language when the
    choices are known codes: its three option lists are most of the page's rendering."""
    key = (filters["category"], filters["settlement"], filters["status"])
    forms = _filter_forms.get()
    html = forms.get(key)
    if html is None:
        html = Markup(render_template("partials/appeals_filters.html", filters=filters, **form_choices()))
        if known and len(forms) < FILTER_FORMS_KEPT:
            forms[key] = html
    return html


_cards = PerLanguage(dict)  # per language: {(today, the card's columns): its HTML}
CARDS_KEPT = 5000


@bp.app_template_global()
def appeal_card(appeal, today):
    """One appeal's card (partials/appeal_card.html), rendered once while its columns stay the same.

    A list page shows twenty; rendering them was most of the page's work. The key
    holds every column the card shows, so a changed appeal is a new card.
    """
    key = (today, appeal.id, appeal.ref, appeal.status, appeal.text, appeal.public_text, appeal.due_on,
           appeal.answered_at, appeal.category_id, appeal.settlement_id)
    cards = _cards.get()
    html = cards.get(key)
    if html is None:
        html = Markup(render_template("partials/appeal_card.html", appeal=appeal, today=today))
        if len(cards) >= CARDS_KEPT:
            cards.clear()
        cards[key] = html
    return html


@bp.get("/appeals")
def list_GET():
    """Published appeals, filtered and paged; htmx asks for the results alone."""
    filters = list_filters()
    places = reference.fresh()
    category = places.categories.get(filters["category"]) if filters["category"] else None
    settlement = places.settlements.get(filters["settlement"]) if filters["settlement"] else None
    known = not ((filters["category"] and category is None) or (filters["settlement"] and settlement is None))
    status = filters["status"] or None
    # The total comes from the tally the database keeps, not from counting the rows;
    # a code that names nothing matches nothing.
    total = AppealTally.total(published=True, category=category, settlement=settlement,
                              statuses=(status,) if status else None) if known else 0
    page = Page.of(Appeal.published_cards(category, settlement, status), "appeals", total=total)
    items = page.items if known else []
    context = dict(items=items, page=page.number, pages=page.pages, total=page.total,
                   filters=filters, today=local_today())
    if request.headers.get("HX-Request"):
        response = current_app.make_response(render_template("partials/appeals_results.html", **context))
    else:
        form = filters_form(filters, known and filters["status"] in ("", *STATUS))
        response = current_app.make_response(render_template("appeals/list.html", **context,
                                                             filters_form=form))
    response.headers["Vary"] = "HX-Request, Accept-Encoding"
    return response


@bp.get("/appeals/<ref>")
def show_GET(ref):
    """One published appeal: timeline, department, deadline, answer and rating."""
    appeal = get_published_appeal_or_404(ref)
    return render_template("appeals/show.html", appeal=appeal, today=local_today(), private=False)


@bp.get("/appeals/lookup")
@limiter.limit(lookup_limit)
def lookup_GET():
    """Find an appeal by its reference: the whole page if published, else its status only."""
    ref = (request.args.get("ref") or "").strip()[:40]
    written = normalise_ref(ref)
    appeal = Appeal.get_or_none(Appeal.ref == written) if written else None
    if appeal is not None and appeal.published:
        return redirect(url_for(".show_GET", ref=appeal.ref), 303)
    return render_template("appeals/lookup.html", ref=ref, appeal=appeal, today=local_today()), \
        (200 if appeal or not ref else 404)


@bp.get("/track/<ref>/<secret>")
@limiter.limit(lookup_limit)
def track_GET(ref, secret):
    """The author's private page: everything about their appeal, and the rating form."""
    appeal = get_followed_appeal_or_404(ref, secret)
    return render_template("appeals/show.html", appeal=appeal, today=local_today(), private=True,
                           secret=secret, sent=request.args.get("sent") == "1", ratings=RATINGS)


@bp.post("/track/<ref>/<secret>/rating")
@limiter.limit(public_post_limit)
def rating_POST(ref, secret):
    """The author says whether the answer solved the problem."""
    appeal = get_followed_appeal_or_404(ref, secret)
    rating = request.form.get("rating")
    if rating not in RATINGS or appeal.answer is None:
        return render_template("appeals/show.html", appeal=appeal, today=local_today(), private=True,
                               secret=secret, ratings=RATINGS, rating_error=True), 422
    rate_answer(appeal, rating)
    return redirect(url_for(".track_GET", ref=appeal.ref, secret=secret), 303)
