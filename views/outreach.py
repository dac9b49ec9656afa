"""Outreach workers register phones and start village events; staff review what came from the field."""
import datetime

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for

from db.models import Appeal, Device, OutreachEvent, Settlement, SyncLog, User
from rules.times import local_today
from services import statistics, sync
from services.audit import audit
from submissions import Context
from views import posted_values
from web import auth
from web.auth import current_user, role_required
from web.labels import error_sentence
from web.lookups import id_or_404
from web.security import remote_address

bp = Blueprint("outreach", __name__, url_prefix="/staff")


def render_home(status=200, posted=None, errors=None, **extra):
    """The outreach page; posted names the form sent back with its values and errors (status 422)."""
    user = current_user()
    values = posted_values() if posted else {}
    settlements = [(s.code, s.name(g.lang)) for s in Settlement.select().order_by(Settlement.name_kk)]
    return render_template(
        "staff/outreach.html", status=status, posted=posted, values=values,
        errors={f: error_sentence(None, f, code) for f, code in (errors or {}).items()},
        devices=Device.select().where(Device.user == user).order_by(Device.created_at.desc()),
        events=OutreachEvent.select().where(OutreachEvent.user == user).order_by(OutreachEvent.held_on.desc()),
        settlement_options=settlements, today=local_today(), **extra), status


@bp.get("/outreach")
@role_required("outreach")
def home_GET():
    """The outreach worker's page: this phone, today's event, and a queue file upload."""
    return render_home()


@bp.post("/outreach/devices")
@role_required("outreach")
def device_POST():
    """Register the phone in hand; its token is shown once and kept on the phone by the page's script."""
    label = request.form.get("label", "").strip()
    if not label or len(label) > 80:
        return render_home(422, "device", {"label": "required" if not label else "too_long"})
    device, token = auth.issue_device_token(current_user(), label)
    audit(current_user(), "device.registered", str(device.id), {"label": label}, remote_address())
    return render_home(201, new_device=device, new_token=token)


@bp.post("/outreach/events")
@role_required("outreach")
def event_POST():
    """Start a visit: the NGO, the village and the day; appeals collected carry it."""
    settlement = Settlement.get_or_none(Settlement.code == request.form.get("settlement", ""))
    ngo = request.form.get("ngo", "").strip()
    try:
        held_on = datetime.date.fromisoformat(request.form.get("held_on", ""))
    except ValueError:
        held_on = None
    errors = {name: code for name, code in (
        ("ngo", "required" if not ngo else "too_long" if len(ngo) > 120 else None),
        ("settlement", "unknown" if settlement is None else None),
        ("held_on", "invalid" if held_on is None else None)) if code}
    if errors:
        return render_home(422, "event", errors)
    event = OutreachEvent.create(user=current_user(), ngo=ngo, settlement=settlement, held_on=held_on)
    audit(current_user(), "outreach.event_started", str(event.id),
                   {"ngo": ngo, "settlement": settlement.code}, remote_address())
    return redirect(url_for("outreach.home_GET", event=event.id), 303)


@bp.post("/upload")
@role_required("outreach", "moderator", "officer")
def upload_POST():
    """A saved queue file (the same JSON as a sync request), stored exactly once like a sync."""
    file = request.files.get("queue")
    try:
        if file is None:
            raise sync.BadBody(400, "no file")
        # A day's queue can be thousands of items: the file may be larger than one sync request.
        max_bytes = current_app.config["QUEUE_FILE_MAX_BYTES"]
        body = sync.read_body(file.read(max_bytes + 1), max_bytes=max_bytes,
                                       max_items=current_app.config["QUEUE_FILE_MAX_ITEMS"])
    except sync.BadBody as bad:
        return render_template("staff/upload_result.html", error=bad.message, results=[]), \
            (bad.status if bad.status != 400 else 422)
    user = current_user()
    sender = Context(source="outreach" if user.role == "outreach" else "offline",
                                  worker=user if user.role == "outreach" else None, via="upload",
                                  secret_key=current_app.config["SECRET_KEY"])
    results = sync.store_items(body, sender)
    audit(user, "queue.uploaded", body.get("device", ""), {"items": len(results)}, remote_address())
    # Each refusal in the words of its own kind's form.
    kinds = [item.get("kind") if isinstance(item, dict) else None for item in body["items"]]
    return render_template("staff/upload_result.html", error=None,
                           results=[dict(r, kind=k) for r, k in zip(results, kinds)])


@bp.get("/devices")
@role_required("admin")
def devices_GET():
    """Every registered phone, with a button to revoke it."""
    devices = Device.select(Device, User).join(User).order_by(Device.created_at.desc())
    return render_template("staff/devices.html", devices=devices)


@bp.post("/devices/<int:device_id>/revoke")
@role_required("admin")
def revoke_POST(device_id):
    """Stop a lost or misused phone at once: its token is refused from the next request."""
    device = Device.get_or_none(Device.id == device_id)
    if device is None:
        abort(404)
    auth.revoke_device(device)
    audit(current_user(), "device.revoked", str(device.id), {"label": device.label}, remote_address())
    return redirect(url_for("outreach.devices_GET"), 303)


@bp.get("/field")
@role_required("moderator")
def field_GET():
    """What arrived from each device, worker and event: counts and flagged items."""
    return render_template(
        "staff/field.html",
        devices=Device.select(Device, User).join(User), workers=User.select().where(User.role == "outreach"),
        events=OutreachEvent.select(), by_device=statistics.field_counts(Appeal.device),
        by_worker=statistics.field_counts(Appeal.worker),
        by_event=statistics.field_counts(Appeal.outreach_event),
        log_by_device=statistics.log_counts(SyncLog.device), log_by_worker=statistics.log_counts(SyncLog.worker),
        phones=statistics.field_counts(Appeal.sync_device),
        log_by_phone=statistics.log_counts(SyncLog.sync_device))


@bp.get("/field/items")
@role_required("moderator")
def field_items_GET():
    """The appeals and refused items of one device, worker, event or phone."""
    filters = {"device": (Appeal.device, SyncLog.device), "worker": (Appeal.worker, SyncLog.worker),
               "event": (Appeal.outreach_event, SyncLog.outreach_event),
               "phone": (Appeal.sync_device, SyncLog.sync_device)}
    name = next((k for k in filters if request.args.get(k)), None)
    if name is None:
        abort(404)
    value = request.args[name] if name == "phone" else id_or_404(request.args[name])
    appeal_column, log_column = filters[name]
    appeals = Appeal.select().where(appeal_column == value).order_by(Appeal.received_at.desc()).limit(500)
    log = SyncLog.select().where(log_column == value).order_by(SyncLog.at.desc()).limit(500)
    return render_template("staff/field_items.html", name=name, value=value, appeals=appeals, log=log,
                           today=local_today())
