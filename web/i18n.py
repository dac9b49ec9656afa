"""Languages: every public page under /kk/, /ru/ or /en/; formatting for the page's locale."""
from flask import current_app, g, request, url_for
from flask_babel import Babel, format_currency, format_date, format_datetime, get_locale
from markupsafe import Markup

from rules.kazakh import dative
from web import translations_build
from web.security import cookie_secure

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
COOKIE = "lang"


def best_language(app):
    """The cookie's language, else the browser's, else Kazakh."""
    languages = app.config["LANGUAGES"]
    chosen = request.cookies.get(COOKIE)
    if chosen in languages:
        return chosen
    return request.accept_languages.best_match(languages) or "kk"


def long_date(day, until=False):
    """A date in words, as a person writes it: «23 декабря 2026», «2026 жылғы 23 желтоқсан».

    Russian's long form ends in "г.", which doubles a sentence's full stop; Kazakh's
    «2026 ж. 23 желтоқсан» is a clerk's abbreviation. until: the date a thing is due
    by, which Kazakh puts in the dative («23 желтоқсанға дейін»).
    """
    language = get_locale().language
    if language == "kk":
        month = format_date(day, "MMMM")
        return f"{day.year} жылғы {day.day} {dative(month) if until else month}"
    return format_date(day, "d MMMM y" if language == "ru" else "long")


def switch_language_url(code):
    """The same page in another language: a public page swaps its prefix, others set the cookie."""
    if g.get("lang_from_url") and request.endpoint:
        query = request.query_string.decode()
        url = url_for(request.endpoint, **{**(request.view_args or {}), "lang": code})
        return url + ("?" + query if query else "")
    return url_for("staff.language_GET", code=code, next=request.full_path.rstrip("?"))


def remember_language(response, code):
    """Keep the person's language for a year, for pages without a prefix (staff, errors, "/")."""
    response.set_cookie(COOKIE, code, max_age=365 * 86400, samesite="Lax",
                        secure=cookie_secure(current_app))
    return response


def init_app(app):
    translations_build.compile_catalogs(app.config["BABEL_TRANSLATION_DIRECTORIES"])

    def select_locale():
        return g.get("lang") or best_language(app)

    Babel(app, locale_selector=select_locale)

    @app.before_request
    def _language_outside_prefix():
        # Staff and error pages have no prefix: they follow the cookie or browser.
        if "lang" not in g:
            g.lang = best_language(app)

    @app.after_request
    def _remember_language(response):
        # The service worker's own fetches (X-Qatysu-Background) are not the person choosing a language.
        if g.get("lang_from_url") and request.cookies.get(COOKIE) != g.lang \
                and not request.headers.get("X-Qatysu-Background"):
            remember_language(response, g.lang)
        return response

    app.jinja_env.globals.update(LANGUAGE_NAMES=LANGUAGE_NAMES, switch_language_url=switch_language_url)
    app.jinja_env.filters.update(
        date=lambda d: long_date(d) if d else "",
        date_until=lambda d: long_date(d, until=True) if d else "",
        date_tag=lambda d, until=False: Markup('<time datetime="{}">{}</time>').format(
            d.isoformat(), long_date(d, until)),
        datetime=lambda d, fmt="medium": format_datetime(d, fmt) if d else "",
        tenge=lambda n: format_currency(n, "KZT", format="#,##0 ¤", currency_digits=False),
    )
