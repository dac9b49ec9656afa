"""The test configuration stands alone: no environment read, nothing written into the checkout."""
import os
from pathlib import Path

from conftest import ROOT, make_app

SKIPPED = {".git", "__pycache__", ".venv"}


def files_under(root):
    """Every file of the checkout (tracked or not) with its size and time, bytecode and git aside."""
    found = {}
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if d not in SKIPPED]
        for name in files:
            path = Path(folder, name)
            stat = path.stat()
            found[path.relative_to(root).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return found


def test_a_test_app_writes_nothing_into_the_checkout(tmp_path, monkeypatch):
    from web import config
    # Where a deployment keeps its generated secrets; a test app must not make them.
    monkeypatch.setattr(config, "VAR", tmp_path / "var")
    for name in ("SECRET_KEY", "QATYSU_PEPPER", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    before = files_under(ROOT)

    app = make_app(f"sqlite:///{tmp_path}/site.sqlite3", tmp_path / "app")
    runner = app.test_cli_runner()
    assert runner.invoke(args=["db", "upgrade"]).exit_code == 0
    seeded = runner.invoke(args=["seed-demo"])
    assert seeded.exit_code == 0, seeded.output
    client = app.test_client()
    for page in ("/kk/", "/ru/appeals", "/staff/login", "/sw.js"):
        assert client.get(page).status_code == 200, page

    assert not (tmp_path / "var").exists()
    for key in ("STATIC_BUILD_DIR", "DEMO_LOGINS_FILE", "BABEL_TRANSLATION_DIRECTORIES"):
        assert not Path(app.config[key]).resolve().is_relative_to(ROOT), key
    assert files_under(ROOT) == before


def test_a_test_app_ignores_the_environment(tmp_path, monkeypatch):
    # `make test` exports DEMO=1, and a developer's shell may hold a deployment's settings.
    monkeypatch.setenv("SESSION_COOKIE_SECURE", "1")
    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "redis://deployment.example:6379")
    app = make_app(f"sqlite:///{tmp_path}/site.sqlite3", tmp_path)
    assert app.config["SESSION_COOKIE_SECURE"] is False
    assert app.config["RATELIMIT_STORAGE_URI"] == "memory://"
