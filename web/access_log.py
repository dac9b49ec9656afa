"""Logs without the secret of an author's private link.

The link /<lang>/track/<ref>/<secret> opens an appeal with its author's name and
phone; whoever reads the access log (or a Referer in it: our own pages send the
full address to our own static files) must not be able to open it.
"""
import logging
import re

from gunicorn.glogging import Logger

PRIVATE_LINK = re.compile(r"(/track/[^/?#\s\"]+/)[^/?#\s\"]+")
MASK = r"\1[secret]"


def mask(text):
    return PRIVATE_LINK.sub(MASK, text) if isinstance(text, str) else text


class MaskedLogger(Logger):
    """Gunicorn's logger whose access-log atoms (request line, path, Referer, every header) are masked."""

    def atoms(self, resp, req, environ, request_time):
        return {name: mask(value) for name, value in super().atoms(resp, req, environ, request_time).items()}


class MaskPrivateLinks(logging.Filter):
    """For the application's own log: Flask names the path of a request that failed."""

    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = mask(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(mask(arg) for arg in record.args)
        return True
