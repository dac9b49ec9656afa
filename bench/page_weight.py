"""Bytes on the wire for each page type: HTML plus its stylesheet, brotli and gzip, against 14,600.

Run: .venv/bin/python bench/page_weight.py   (a demo database on loopback, served by gunicorn)
"""
import re
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _server import server  # noqa: E402

LIMIT = 14600
PAGES = ["/{lang}/", "/{lang}/appeals/new", "/{lang}/appeals", "/{lang}/queue", "/{lang}/offline",
         "/{lang}/appeals/lookup?ref=MG-AAAAAAAA", "/staff/login"]


def fetch(url, encoding=None):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        return error.read()


def main():
    with server(demo=True) as (base, _):
        first_public = re.search(rb'href="(/kk/appeals/MG-[A-Z0-9]+)"', fetch(base + "/kk/appeals"))
        pages = PAGES + ([first_public.group(1).decode().replace("/kk/", "/{lang}/")] if first_public else [])
        print(f"{'page':45} {'br':>7} {'gzip':>7} {'plain':>7}")
        worst = 0
        for template in pages:
            for lang in ("kk", "ru"):
                path = template.format(lang=lang)
                plain = fetch(base + path)
                css = re.findall(rb'<link rel="stylesheet" href="([^"]+)"', plain)
                sizes = []
                for encoding in ("br", "gzip"):
                    total = len(fetch(base + path, encoding))
                    total += sum(len(fetch(base + href.decode(), encoding)) for href in css)
                    sizes.append(total)
                worst = max(worst, *sizes)
                print(f"{path:45} {sizes[0]:>7} {sizes[1]:>7} {len(plain):>7}")
                if "{lang}" not in template:
                    break
        print(f"heaviest: {worst} bytes of {LIMIT} ({'within' if worst <= LIMIT else 'OVER'} one first flight)")


if __name__ == "__main__":
    main()
