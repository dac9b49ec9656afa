"""Staff of the akimat: sign-in, queues, the appeal workflow, the audit log."""
import datetime
import unicodedata
from urllib.parse import unquote, urlsplit

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for

from db.models import Appeal, AuditLog, Department
from rules.times import local_today
from services import appeals
from services.audit import audit
from views import exports, posted_values
from web import auth
from web.auth import current_user, role_required
from web.i18n import remember_language
from web.labels import REFUSAL
from web.lookups import get_appeal_or_404
from web.paging import Page
from web.security import limiter, remote_address

bp = Blueprint("staff", __name__, url_prefix="/staff")
QUEUES = ("new", "mine", "overdue", "all")
APPEAL_ROLES = ("moderator", "officer")


@bp.app_context_processor
def _staff_user():
    return {"staff_user": current_user}


def local_path(target):
    """The target if it is a path on this site, else None.

    Browsers drop tabs and newlines anywhere in a URL and read a backslash as a
    slash, so "/\t/evil.com" or "/\\evil.com" would take them to another site;
    the checks look at the text as given and once percent-decoded.
    """
    if not isinstance(target, str):
        return None
    for text in (target, unquote(target)):
        if "\\" in text or any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text):
            return None
        parts = urlsplit(text)
        if parts.scheme or parts.netloc or not text.startswith("/") or text.startswith("//"):
            return None
    return target


def safe_next(target):
    """Where to go after signing in or choosing a language: a local path, or the queues."""
    return local_path(target) or url_for("staff.queue_GET")


@bp.get("/login")
def login_GET():
    return render_template("staff/login.html", next=request.args.get("next", ""))


@bp.post("/login")
@limiter.limit("10 per minute")
def login_POST():
    """Sign in; a wrong login or password gives one message for both."""
    user = auth.authenticate(request.form.get("login", ""), request.form.get("password", ""))
    if user is None:
        audit(None, "staff.login_failed", request.form.get("login", "")[:80], address=remote_address())
        return render_template("staff/login.html", failed=True, next=request.form.get("next", ""),
                               login=request.form.get("login", "")), 401
    auth.sign_in(user)
    audit(user, "staff.login", user.login, address=remote_address())
    return redirect(safe_next(request.form.get("next")), 303)


@bp.post("/logout")
def logout_POST():
    auth.sign_out()
    return redirect(url_for("staff.login_GET"), 303)


@bp.get("/")
@role_required(*APPEAL_ROLES, "outreach")
def queue_GET():
    """The queues: new, my department, overdue, all, with the days left on each."""
    user = current_user()
    if user.role == "outreach":
        return redirect(url_for("outreach.home_GET"))
    default = "mine" if user.role == "officer" else "new"
    queue = request.args.get("queue", default)
    if queue not in QUEUES:
        abort(404)
    today = local_today()
    only = user.department_id if user.role == "officer" else None
    query = Appeal.staff_queue(queue, user.department_id, today, only_department=only)
    total = Appeal.staff_queue_total(queue, user.department_id, today, only_department=only)
    page = Page.of(query, "staff_queue", total=total)
    return render_template("staff/queue.html", queue=queue, queues=QUEUES, today=today,
                           items=page.items, total=page.total, page=page.number, pages=page.pages)


def staff_appeal_or_404(ref):
    """An appeal this user may work on: an officer sees only their department's."""
    appeal = get_appeal_or_404(ref)
    user = current_user()
    if user.role == "officer" and appeal.department_id != user.department_id:
        abort(403)
    return appeal


def render_appeal(appeal, status=200, posted=None, values=None, errors=None, **extra):
    """The staff page of one appeal; posted names the form whose values and errors come back."""
    lang = g.lang
    departments = [(d.code, d.name(lang)) for d in Department.select().order_by(Department.id)]
    return render_template("staff/appeal.html", appeal=appeal, today=local_today(),
                           department_options=departments, forward_due=appeals.forward_deadline(appeal),
                           events=appeal.timeline(public_only=False), posted=posted,
                           values=values or {}, errors=errors or {}, **extra), status


def refuse(appeal, form, code, field=None):
    """The page again, status 422: the posted values kept, the reason beside its field (or on top)."""
    values = posted_values()
    errors = {field: str(REFUSAL.get(code, code))} if field else {}
    return render_appeal(appeal, 422, posted=form, values=values, errors=errors,
                         refused=None if field else code)


@bp.get("/appeals/<ref>")
@role_required(*APPEAL_ROLES)
def appeal_GET(ref):
    return render_appeal(staff_appeal_or_404(ref))


def act(ref, form, action, **kwargs):
    """Run one workflow action and come back to the appeal, or show the form again with why it was refused."""
    appeal = staff_appeal_or_404(ref)
    try:
        action(appeal, current_user(), address=remote_address(), **kwargs)
    except appeals.ActionRefused as refused:
        return refuse(appeal, form, refused.code, refused.field)
    return redirect(url_for("staff.appeal_GET", ref=appeal.ref), 303)


@bp.post("/appeals/<ref>/publish")
@role_required("moderator")
def publish_POST(ref):
    return act(ref, "publish", appeals.publish, public_text=request.form.get("public_text"))


@bp.post("/appeals/<ref>/hide")
@role_required("moderator")
def hide_POST(ref):
    return act(ref, "hide", appeals.hide)


@bp.post("/appeals/<ref>/redact")
@role_required("moderator")
def redact_POST(ref):
    return act(ref, "publish", appeals.redact, public_text=request.form.get("public_text", ""))


@bp.post("/appeals/<ref>/route")
@role_required("moderator")
def route_POST(ref):
    department = Department.get_or_none(Department.code == request.form.get("department", ""))
    if department is None:
        return refuse(staff_appeal_or_404(ref), "route", "unknown_department", "department")
    return act(ref, "route", appeals.route, department=department)


@bp.post("/appeals/<ref>/forward")
@role_required(*APPEAL_ROLES)
def forward_POST(ref):
    return act(ref, "forward", appeals.forward, body=request.form.get("body", ""),
               reason=request.form.get("reason", ""))


@bp.post("/appeals/<ref>/extend")
@role_required(*APPEAL_ROLES)
def extend_POST(ref):
    try:
        new_due = datetime.date.fromisoformat(request.form.get("due_on", ""))
    except ValueError:
        return refuse(staff_appeal_or_404(ref), "extend", "bad_date", "due_on")
    return act(ref, "extend", appeals.extend, new_due=new_due, reason=request.form.get("reason", ""))


@bp.post("/appeals/<ref>/answer")
@role_required("officer")
def answer_POST(ref):
    """Send the answer; a formal reply is held back once with a warning."""
    appeal = staff_appeal_or_404(ref)
    text = request.form.get("answer", "")
    verdict = appeals.check_answer(text) if text.strip() else None
    if verdict is not None and verdict.formal and request.form.get("confirm_formal") != "1":
        return render_appeal(appeal, 422, posted="answer", values={"answer": text}, verdict=verdict)
    return act(ref, "answer", appeals.answer, text=text, verdict=verdict)


@bp.post("/formal-check")
@role_required("officer")
def formal_check_POST():
    """The detector's warning as a fragment, for htmx while the officer types."""
    text = request.form.get("answer", "")
    verdict = appeals.check_answer(text) if len(text.strip()) >= 20 else None
    return render_template("partials/staff_formal_warning.html", verdict=verdict)


@bp.post("/appeals/<ref>/close")
@role_required(*APPEAL_ROLES)
def close_POST(ref):
    return act(ref, "close", appeals.close, reason=request.form.get("reason", ""))


@bp.get("/audit")
@role_required("admin")
def audit_GET():
    """Every staff action, newest first."""
    page = Page.of(AuditLog.select().order_by(AuditLog.at.desc(), AuditLog.id.desc()), "audit")
    return render_template("staff/audit.html", entries=page.items, page=page.number, more=page.has_next)


@bp.get("/export/appeals.csv")
@role_required("moderator")
def export_appeals_GET():
    """Every appeal as a CSV row (UTF-8 with BOM, for Excel)."""
    audit(current_user(), "export.appeals", address=remote_address())
    return exports.csv_response("appeals.csv", exports.APPEAL_COLUMNS, exports.appeal_rows(),
                                exact=exports.APPEAL_EXACT)


@bp.get("/lang/<code>")
def language_GET(code):
    """Staff pages have no language prefix: the choice is kept in a cookie."""
    if code not in current_app.config["LANGUAGES"]:
        abort(404)
    return remember_language(redirect(safe_next(request.args.get("next")), 303), code)
