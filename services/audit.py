"""The audit log: every staff action, who did it, on what, from where."""
import json

from db.models import AuditLog


def audit(actor, action, target="", detail=None, address=""):
    """Record one staff action; detail is any JSON-able dict (dates written as text)."""
    AuditLog.create(user=actor, action=action, target=target, address=address or "",
                    detail=json.dumps(detail or {}, ensure_ascii=False, default=str))
