"""Compression that reuses its work: identical bodies once, a shared head once per page.

Brotli at a high level costs milliseconds a page, more than making the page.
Two things make most of that cost go away without a byte more on the wire:

- Pages that many people get alike (the public list, a published appeal) are
  the same bytes until the data changes: their compressed form is kept by the
  body's hash, so a change in the data is a new body and never a stale page.
- A page that differs only in its last few hundred bytes (the blank appeal
  form: its CSRF token and submission key) is sent as a head compressed once,
  flushed to a byte boundary, then the tail. For gzip the compressor's state
  after the head is copied and finishes the tail; Python's brotli cannot copy
  its state, so the tail goes in an uncompressed meta-block (RFC 7932 §9.2),
  which any decoder reads, and the stream ends with an empty last meta-block.
"""
import hashlib
import threading
import zlib
from collections import OrderedDict

import brotli


class LRU:
    """A small least-recently-used map, safe for gunicorn's threads."""

    def __init__(self, size):
        self.size, self.items, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self.lock:
            value = self.items.get(key)
            if value is not None:
                self.items.move_to_end(key)
            return value

    def put(self, key, value):
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


def brotli_compressor(config):
    return brotli.Compressor(mode=config["COMPRESS_BR_MODE"], quality=config["COMPRESS_BR_LEVEL"],
                             lgwin=config["COMPRESS_BR_WINDOW"], lgblock=config["COMPRESS_BR_BLOCK"])


def gzip_compressor(config):
    return zlib.compressobj(config["COMPRESS_LEVEL"], zlib.DEFLATED, 31)  # 31: a gzip wrapper


def compress_whole(data, algorithm, config):
    if algorithm == "br":
        c = brotli_compressor(config)
        return c.process(data) + c.finish()
    c = gzip_compressor(config)
    return c.compress(data) + c.flush()


def uncompressed_meta_blocks(data):
    """data as brotli meta-blocks stored as they are: ISLAST 0, MNIBBLES 4, MLEN-1, ISUNCOMPRESSED 1."""
    out = bytearray()
    for start in range(0, len(data), 1 << 16):
        chunk = data[start:start + (1 << 16)]
        out += ((len(chunk) - 1) << 3 | 1 << 19).to_bytes(3, "little")  # 20 bits, padded to 3 bytes
        out += chunk
    return bytes(out)


LAST_EMPTY_META_BLOCK = b"\x03"  # ISLAST 1, ISLASTEMPTY 1


class Compressor:
    """Compresses response bodies for one app, remembering what it may reuse."""

    def __init__(self, config, size=256):
        self.config = config
        self.bodies = LRU(size)
        self.heads = LRU(32)

    def whole(self, data, algorithm):
        key = (algorithm, hashlib.blake2b(data, digest_size=16).digest())
        return self.bodies.get(key) or self.bodies.put(key, compress_whole(data, algorithm, self.config))

    def spliced(self, head, tail, algorithm):
        """head + tail compressed, the head's work done once per distinct head."""
        key = (algorithm, hashlib.blake2b(head, digest_size=16).digest())
        start = self.heads.get(key)
        if start is None:
            # Done once per head, so at the formats' best: that wins back the tail's few raw bytes.
            best = dict(self.config, COMPRESS_BR_LEVEL=11, COMPRESS_LEVEL=9)
            if algorithm == "br":
                c = brotli_compressor(best)
                start = c.process(head) + c.flush()  # byte-aligned, the stream left open
            else:
                c = gzip_compressor(best)
                start = (c.compress(head), c)
            self.heads.put(key, start)
        if algorithm == "br":
            return start + uncompressed_meta_blocks(tail) + LAST_EMPTY_META_BLOCK
        output, c = start
        c = c.copy()
        return output + c.compress(tail) + c.flush()
