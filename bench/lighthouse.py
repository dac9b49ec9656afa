"""Lighthouse 12.2.3 scores for the main pages, plain and under WebPageTest's "Mobile 2G".

Needs Node's npm and Debian's Chromium. Installs lighthouse@12.2.3 into var/lighthouse once.
Run: .venv/bin/python bench/lighthouse.py
Prints performance and accessibility scores, and first contentful paint and time to
interactive under 2G (35 kbps, 1,300 ms round trip, CPU 4x slower) for the appeal form, two
ways: Lighthouse's simulation (pessimistic: it counts every request made before the observed
first paint) and throttling applied in the browser (optimistic about TCP handshakes).
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _server import ROOT, server  # noqa: E402

HOME = ROOT / "var" / "lighthouse"
BINARY = HOME / "node_modules" / ".bin" / "lighthouse"
FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
         "--disable-component-update --disable-sync --no-first-run")
PAGES = ["/kk/", "/kk/appeals/new", "/ru/appeals/new", "/kk/appeals", "/kk/queue"]


def lighthouse(url, two_g=False, applied=False):
    if not BINARY.exists():
        HOME.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--prefix", str(HOME), "lighthouse@12.2.3"], check=True)
    out = Path(tempfile.mkdtemp()) / "report.json"
    args = [str(BINARY), url, "--quiet", "--output=json", f"--output-path={out}",
            "--only-categories=performance,accessibility,best-practices", f"--chrome-flags={FLAGS}"]
    if two_g and applied:  # the browser itself slowed down, closer to WebPageTest's traffic shaping
        args += ["--throttling-method=devtools", "--throttling.requestLatencyMs=1300",
                 "--throttling.downloadThroughputKbps=35", "--throttling.uploadThroughputKbps=32",
                 "--throttling.cpuSlowdownMultiplier=4"]
    elif two_g:  # Lighthouse's own estimate from an unthrottled run (Lantern)
        args += ["--throttling-method=simulate", "--throttling.rttMs=1300",
                 "--throttling.throughputKbps=35", "--throttling.cpuSlowdownMultiplier=4"]
    subprocess.run(args, env=dict(os.environ, CHROME_PATH="/usr/bin/chromium"), check=True,
                   capture_output=True, timeout=300)
    return json.loads(out.read_text())


def main():
    with server(demo=True) as (base, _):
        print(f"{'page':22} {'perf':>5} {'a11y':>5} {'best':>5}")
        for path in PAGES:
            report = lighthouse(base + path)
            scores = [round(report["categories"][c]["score"] * 100)
                      for c in ("performance", "accessibility", "best-practices")]
            print(f"{path:22} {scores[0]:>5} {scores[1]:>5} {scores[2]:>5}")
            failing = [a["id"] for a in report["audits"].values()
                       if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"]
            if failing:
                print("   not passing:", ", ".join(failing[:8]))
        for applied, how in ((False, "simulated"), (True, "applied in the browser")):
            report = lighthouse(base + "/kk/appeals/new", two_g=True, applied=applied)
            audits = report["audits"]
            print(f"appeal form under Mobile 2G ({how}): first contentful paint "
                  f"{audits['first-contentful-paint']['numericValue'] / 1000:.1f} s, "
                  f"time to interactive {audits['interactive']['numericValue'] / 1000:.1f} s")


if __name__ == "__main__":
    main()
