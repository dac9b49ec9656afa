"""CSRF, rate limits (shared counters, the client's address behind trusted proxies), compression and headers."""
import ipaddress

from flask import current_app, request
from flask.sessions import SecureCookieSessionInterface
from flask_compress import Compress
from flask_compress.flask_compress import _choose_algorithm
from flask_limiter import Limiter, RateLimitExceeded
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import BadRequest, TooManyRequests
from werkzeug.middleware.proxy_fix import ProxyFix

from web import auth, ratelimit_storage  # noqa: F401  (ratelimit_storage registers sqlite:// with limits)
from web.access_log import MaskPrivateLinks
from web.compression import Compressor


class CompressEveryPage(Compress):
    """Flask-Compress leaves non-2xx responses alone; a 422 form or a 404 page saves the same bytes."""

    def after_request(self, response):
        status = response.status_code
        if status < 400:
            self.compress_reusing(response)
            return super().after_request(response)
        response.status_code = 200
        try:
            return super().after_request(response)
        finally:
            response.status_code = status

    def compress_reusing(self, response):
        """br and gzip through web.compression, which reuses earlier work; Flask-Compress then
        sees the Content-Encoding and only adds Vary."""
        if (response.mimetype not in self.compress_mimetypes_set or response.is_streamed
                or response.status_code < 200 or "Content-Encoding" in response.headers):
            return
        algorithm = _choose_algorithm(self.enabled_algorithms, request.headers.get("Accept-Encoding", ""))
        if algorithm not in ("br", "gzip"):
            return
        compressor = current_app.extensions["compressor"]
        data = response.get_data()
        head = getattr(response, "shared_head", 0)  # set by a view whose body starts alike for all
        if head:
            body = compressor.spliced(data[:head], data[head:], algorithm)
        else:
            body = compressor.whole(data, algorithm)
        response.direct_passthrough = False
        response.set_data(body)
        response.headers["Content-Encoding"] = algorithm


LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]"}


def cookie_secure(app):
    """Whether cookies go over HTTPS only: as configured, except to a browser on this machine over http.

    A request addressed to a loopback name over plain http is a laptop, a test or a
    conformance run on the machine itself; the site's real address always keeps the flag.
    """
    if not app.config["SESSION_COOKIE_SECURE"] or request.is_secure:
        return bool(app.config["SESSION_COOKIE_SECURE"])
    return request.host.rsplit(":", 1)[0] not in LOOPBACK_HOSTS


class SessionInterface(SecureCookieSessionInterface):
    def get_cookie_secure(self, app):
        return cookie_secure(app)


def remote_address():
    """The client's own address as the audit log records it (the trusted proxies' word, when configured)."""
    return request.remote_addr or ""


def client_address():
    """The address a rate limit counts by: the client's own, an IPv6 one by its /64.

    One phone or home gets a whole IPv6 /64 and may take any address in it.
    """
    address = remote_address()
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def address_key():
    return "addr:" + client_address()


csrf = CSRFProtect()
limiter = Limiter(key_func=address_key)
compress = CompressEveryPage()

# No inline script or style anywhere: the policy says so, and the browser enforces it.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' '{style_hash}'",  # the one inline stylesheet, by its hash
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
])


# Endpoints that take more than MAX_CONTENT_LENGTH (a day's saved queue file), by their config key;
# the form around the file gets 64 KiB more.
LARGE_BODIES = {"outreach.upload_POST": "QUEUE_FILE_MAX_BYTES"}


def init_app(app):
    app.session_interface = SessionInterface()
    app.logger.addFilter(MaskPrivateLinks())
    proxies = app.config.get("TRUSTED_PROXIES", 0)
    if proxies:
        # Only when configured: otherwise anyone could name any address in X-Forwarded-For.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)

    @app.before_request
    def _large_body_limit():
        # Before the CSRF check, which reads the form and so meets the size limit first; and only
        # for someone the view will let in, so that nobody else makes us read 16 MiB.
        config_key = LARGE_BODIES.get(request.endpoint)
        if config_key and auth.may_open(auth.current_user(), app.view_functions[request.endpoint]):
            request.max_content_length = app.config[config_key] + 64 * 1024

    csrf.init_app(app)

    def form_again(reason, otherwise):
        # A post refused before its view ran: the form's own view may show it again with the
        # person's values; every other request gets the ordinary error page.
        render = getattr(app.view_functions.get(request.endpoint), "form_again", None)
        return render(reason) if render is not None else app.handle_http_exception(otherwise)

    @app.errorhandler(CSRFError)
    def _csrf_failed(error):
        # Its session ended (a phone's browser closed, a cookie lost) and the token with it.
        return form_again("expired", BadRequest(error.description))

    @app.errorhandler(RateLimitExceeded)
    def _rate_limited(error):
        return form_again("too_many", TooManyRequests(error.description))

    limiter.init_app(app)
    compress.init_app(app)
    app.extensions["compressor"] = Compressor(app.config)

    policy = CONTENT_SECURITY_POLICY.format(style_hash=app.extensions["inline_style_hash"])

    @app.after_request
    def _headers(response):
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers["X-Content-Type-Options"] = "nosniff"
        # Lets the service worker tell our answers from a captive portal's page.
        response.headers["X-Qatysu"] = "1"
        response.headers["X-Frame-Options"] = "DENY"
        # Private follow links carry a secret in the URL: never leak it to another site.
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if request.is_secure:
            response.headers["Strict-Transport-Security"] = "max-age=31536000"
        if response.mimetype == "text/html":
            response.headers.setdefault("Cache-Control", "no-cache")
        return response


def show_form_again(render):
    """Declare how a view's form comes back when its post is refused before the view runs.

    render(reason) answers with the form, the posted values and a fresh CSRF token;
    reason is "expired" (the CSRF token failed: status 400) or "too_many" (a rate
    limit: 429). Nothing a person wrote is lost to an ended session or a busy
    village address, with or without JavaScript; with it, the service worker keeps
    such a post in the phone's queue, as for any 400 or 429.
    """
    def decorator(view):
        view.form_again = render
        return view
    return decorator


def _collecting_worker():
    """The signed-in outreach worker posting a public form on a resident's behalf, or None."""
    user = auth.current_user()
    return user if user is not None and user.role == "outreach" else None


def form_post_key():
    """A public form: residents count by address (CONTRACT); an outreach worker at a village meeting
    by account, as their phone counts by its token (SYNC.md), so a meeting is never stopped."""
    worker = _collecting_worker()
    return f"user:{worker.id}" if worker is not None else address_key()


def form_post_limit():
    worker = _collecting_worker()
    return current_app.config["OUTREACH_POST_LIMIT" if worker is not None else "PUBLIC_POST_LIMIT"]


def public_post_limit():
    return current_app.config["PUBLIC_POST_LIMIT"]


def lookup_limit():
    return current_app.config["LOOKUP_LIMIT"]
