"""Compile the committed .po catalogs into .mo files when they are missing or stale."""
import os
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


def compile_catalogs(directory):
    """Build each translations/<lang>/LC_MESSAGES/messages.mo from its .po, atomically."""
    for po in Path(directory).glob("*/LC_MESSAGES/messages.po"):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with open(po, "rb") as f:
            catalog = read_po(f, locale=po.parent.parent.name)
        tmp = mo.with_suffix(f".mo.{os.getpid()}")
        with open(tmp, "wb") as f:
            write_mo(f, catalog)
        os.replace(tmp, mo)  # several workers may compile at once; the last rename wins whole
