"""Citizen appeals: the form, the public list, one appeal, the author's private page."""
import uuid

from flask import current_app, g, redirect, render_template, request, url_for

from db.models import Appeal, Category, District, OutreachEvent, Settlement
from rules.times import local_today
from services.appeals import rate_answer
from submissions import KINDS, Context
from submissions.appeal import submit_appeal
from submissions.common import normalise_ref
from views import language_blueprint
from web.auth import current_user
from web.labels import STATUS, messages_for
from web.lookups import as_id, get_followed_appeal_or_404, get_published_appeal_or_404
from web.paging import Page
from web.security import (
    form_post_key,
    form_post_limit,
    limiter,
    lookup_limit,
    public_post_limit,
    show_form_again,
)

bp = language_blueprint("appeals", __name__)
RATINGS = ("solved", "not_solved", "formal")


def form_choices():
    """Options for the category and settlement lists; settlements grouped by district."""
    lang = g.lang
    groups = {}
    for s in Settlement.select(Settlement, District).join(District).order_by(District.id):
        groups.setdefault(s.district.name(lang), []).append((s.code, s.name(lang)))
    return {
        "category_options": [(c.code, c.name(lang)) for c in Category.ordered()],
        "settlement_options": [(d, sorted(items, key=lambda i: i[1])) for d, items in groups.items()],
        "status_options": [(code, str(label)) for code, label in STATUS.items()],
    }


def render_form(values=None, errors=None, status=200, notice=None):
    values = values or {}
    values.setdefault("submission_key", str(uuid.uuid4()))
    return render_template("appeals/new.html", values=values, errors=messages_for(errors or {}, "appeal"),
                           kind=KINDS["appeal"],
                           notice=notice, **form_choices()), status


@bp.get("/appeals/new")
def new_GET():
    """The blank appeal form; an outreach worker's visit adds the paper-form number."""
    event = as_id(request.args.get("event"))
    return render_form({"outreach_event": str(event)} if event else None)


def render_form_again(reason):
    """The posted form with its values and a new token, nothing stored: its session had ended, or
    this address sent too many."""
    values = request.form.to_dict()
    values.pop("csrf_token", None)
    return render_form(values, status=400 if reason == "expired" else 429, notice=reason)


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


@bp.get("/appeals")
def list_GET():
    """Published appeals, filtered and paged; htmx asks for the results alone."""
    filters = list_filters()
    query = Appeal.published_list()
    if filters["category"]:
        query = query.join(Category).where(Category.code == filters["category"])
    if filters["settlement"]:
        query = query.switch(Appeal).join(Settlement).where(Settlement.code == filters["settlement"])
    if filters["status"]:
        query = query.where(Appeal.status == filters["status"])
    page = Page.of(query, "appeals", total=query.count())
    context = dict(items=page.items, page=page.number, pages=page.pages, total=page.total,
                   filters=filters, today=local_today())
    if request.headers.get("HX-Request"):
        response = current_app.make_response(render_template("partials/appeals_results.html", **context))
    else:
        response = current_app.make_response(render_template("appeals/list.html", **context,
                                                             **form_choices()))
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
