"""Staff sign-in, roles and device tokens.

Passwords are hashed by Werkzeug (scrypt, salted, or the PASSWORD_HASH_METHOD
configured); tokens are random and kept only as SHA-256 hashes, so a copy of
the database opens nothing. The roles are db.models.staff.ROLES.
"""
import functools
import hashlib
import hmac
import secrets

from flask import abort, current_app, g, has_app_context, redirect, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

from db.models import Device, User
from rules.times import utcnow
from web.config import DEFAULTS


def hash_password(password):
    """A salted hash by the configured method; scrypt (the default) outside an app, as in a script."""
    method = current_app.config["PASSWORD_HASH_METHOD"] if has_app_context() else DEFAULTS["PASSWORD_HASH_METHOD"]
    return generate_password_hash(password, method)


@functools.cache
def _dummy_hash(method):
    """A hash to check against when the login is unknown, so timing does not tell which logins exist.

    Made on first use (scrypt costs a tenth of a second), once per method, so it
    takes as long to check as a real user's hash.
    """
    return generate_password_hash("not-a-password", method)


def authenticate(login, password):
    """The active user with this login and password, or None."""
    user = User.get_or_none(User.login == login)
    if user is None:
        check_password_hash(_dummy_hash(current_app.config["PASSWORD_HASH_METHOD"]), password)
        return None
    if not user.active or not check_password_hash(user.password_hash, password):
        return None
    return user


def sign_in(user):
    session.clear()
    if not user.session_epoch:  # a user from before sessions had epochs
        user.end_sessions()
    session["user_id"] = user.id
    session["epoch"] = user.session_epoch
    session.permanent = False


def sign_out():
    """End the session on the server too: a copy of the cookie made before opens nothing after."""
    user = current_user()
    if user is not None:
        user.end_sessions()
    session.clear()
    g.pop("user", None)


def current_user():
    """The signed-in, active user whose session has not been ended since, or None.

    The epoch is not a secret (the cookie's signature is what cannot be forged);
    it only lets the server withdraw every signature it gave this user.
    """
    if "user" not in g:
        user_id = session.get("user_id")
        user = User.get_or_none(User.id == user_id) if user_id else None
        epoch = session.get("epoch")
        valid = (user is not None and user.active and isinstance(epoch, str) and bool(user.session_epoch)
                 and hmac.compare_digest(epoch, user.session_epoch))
        g.user = user if valid else None
    return g.user


def has_role(user, roles):
    """Admins may do everything; everyone else what their role is named for."""
    return user.role == "admin" or user.role in roles


def may_open(user, view):
    """Whether this user is let through the view's role_required (False for nobody signed in)."""
    return user is not None and has_role(user, getattr(view, "roles", ()))


def role_required(*roles):
    """Only signed-in staff with one of these roles; admins may do everything."""
    def decorator(view):
        @functools.wraps(view)
        def wrapped(*args, **kwargs):
            user = current_user()
            if user is None:
                return redirect(url_for("staff.login_GET", next=request.full_path))
            if not has_role(user, roles):
                abort(403)
            return view(*args, **kwargs)
        wrapped.roles = roles
        return wrapped
    return decorator


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def issue_device_token(user, label):
    """Register a phone for an outreach worker; the token is shown once and stored hashed."""
    token = secrets.token_urlsafe(32)
    device = Device.create(user=user, label=label, token_hash=token_hash(token))
    return device, token


def device_for_token(token):
    """The live device this bearer token belongs to, or None (unknown or revoked)."""
    device = Device.get_or_none(Device.token_hash == token_hash(token))
    if device is None or device.revoked_at is not None or not device.user.active:
        return None
    return device


def revoke_device(device):
    device.revoked_at = utcnow()
    device.save()
