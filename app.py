"""Qatysu: create_app() builds the site. Nothing runs at import."""
from flask import Flask

from web import config


def create_app(test_config=None):
    """The application: config, database, languages, security, blueprints, static files."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(config.DEFAULTS)
    app.json.ensure_ascii = False  # Kazakh and Russian text at half the bytes of \u escapes
    # A test configuration stands alone: it reads no environment and makes no secret files in var/.
    app.config.update(config.from_environment() if test_config is None else test_config)

    import db
    from views import register_blueprints
    from web import cli, guards, i18n, labels, security, static_assets

    db.init_app(app)
    static_assets.init_app(app)
    i18n.init_app(app)
    labels.init_app(app)
    security.init_app(app)
    guards.init_app(app)  # after security: it reads the form, which the upload's size limit must precede
    register_blueprints(app)
    cli.init_app(app)
    return app
