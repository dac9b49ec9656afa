"""CSRF, rate limits, compression and the security headers every response carries."""
from flask import current_app, request
from flask_compress import Compress
from flask_compress.flask_compress import _choose_algorithm
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect

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


csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address)
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
    @app.before_request
    def _large_body_limit():
        # Before the CSRF check, which reads the form and so meets the size limit first.
        if request.endpoint in LARGE_BODIES:
            request.max_content_length = app.config[LARGE_BODIES[request.endpoint]] + 64 * 1024

    csrf.init_app(app)
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


def public_post_limit():
    from flask import current_app
    return current_app.config["PUBLIC_POST_LIMIT"]


def lookup_limit():
    from flask import current_app
    return current_app.config["LOOKUP_LIMIT"]
