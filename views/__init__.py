"""Blueprints, one per area. Public areas live under a language prefix."""
from flask import Blueprint, abort, current_app, g, request


def language_blueprint(name, import_name):
    """A blueprint whose every URL starts with /<lang>/ and sets the page's language."""
    bp = Blueprint(name, import_name, url_prefix="/<lang>")

    @bp.url_value_preprocessor
    def _pull_lang(endpoint, values):
        lang = values.pop("lang", None)
        if lang not in current_app.config["LANGUAGES"]:
            abort(404)
        g.lang = lang
        g.lang_from_url = True

    @bp.url_defaults
    def _add_lang(endpoint, values):
        values.setdefault("lang", g.get("lang", "kk"))

    return bp


def posted_values():
    """The posted form's fields less its CSRF token: what a refused form shows again."""
    return {name: value for name, value in request.form.items() if name != "csrf_token"}


def register_blueprints(app):
    from views import appeals, open311, outreach, pages, staff, sync, transparency
    from web.security import csrf
    for module in (pages, appeals, staff, outreach, open311, sync, transparency):
        app.register_blueprint(module.bp)
    app.register_blueprint(transparency.api)
    # Machine clients authenticate with keys or tokens, never with a session cookie.
    csrf.exempt(open311.bp)
    csrf.exempt(sync.bp)
    app.register_blueprint(pages.root)
    pages.register_errors(app)
