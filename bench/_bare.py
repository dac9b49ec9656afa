"""The ceiling: a bare Flask page on the same gunicorn settings (bench/throughput.py)."""
from flask import Flask

app = Flask(__name__)


@app.get("/")
@app.get("/healthz")
def hello():
    return "<!doctype html><title>ok</title><p>ok"
