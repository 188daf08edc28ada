"""The memory pool of result arrays (what CuPy and PyTorch do for theirs).

A new array's memory costs a page fault per 4 KiB page (per 2 MiB huge
page) the first time it is written: writing a fresh 80 MB result took 15 to
25 ms here where the kernel itself takes 6. So results of at least
POOL_MIN_BYTES come from blocks of anonymous memory (mmap, huge pages
advised) that the pool keeps: when the last array (or view) using a block
is freed, the block goes back to the pool, and the next result of the same
size in pages gets it, its pages already mapped. Smaller results come from
numpy (malloc reuses its heap for them without faults).

Bounds: the pool never holds more than its limit in blocks, in use and kept
together (default min(1 GiB, 1/8 of the RAM)); a result that would pass it
first evicts kept blocks, and if it still does not fit it is an ordinary
numpy array. Thread-safe: blocks are handed out under a lock; a freed
block is only appended to a deque by the thread that frees it (never
taking the lock: the garbage collector may free one while this thread is
inside the pool), and taken back under the lock on the next request.
"""
import collections
import ctypes
import mmap
import os
import threading
import weakref
from collections import namedtuple

import numpy as np

POOL_MIN_BYTES = 128 << 10  # glibc's first mmap threshold: larger mallocs may fault
_PAGE = mmap.PAGESIZE
# Where a result starts in its block: 16 bytes past a page boundary, where
# glibc puts numpy's large arrays (after its chunk header). An expression
# whose result sits at another offset within the page than its inputs ran
# 20% slower here (data + data*5 + 4 at 1e7: 14.0 ms page-aligned, 11.5 ms
# at 16), its stores and loads falsely aliasing in the core's 4 KiB
# address check.
_RESULT_OFFSET = 16

PoolStats = namedtuple("PoolStats", "limit in_use_bytes kept_bytes kept_blocks hits misses bypassed")
PoolStats.__doc__ = """The pool's state: its limit (bytes), the bytes of blocks in use by live
arrays, the bytes and number of blocks kept for reuse, and how many
pooled requests reused a kept block (hits), mapped a new one (misses) or
got an ordinary numpy array because the limit was reached (bypassed)."""


def _default_limit():
    try:
        ram = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return 1 << 30
    return min(1 << 30, ram // 8)


def block_bytes(nbytes):
    """The size of the block that holds a result of nbytes (whole pages)."""
    return -(-(nbytes + _RESULT_OFFSET) // _PAGE) * _PAGE


class _Pool:
    def __init__(self, limit):
        self._lock = threading.Lock()
        self._limit = limit
        self._kept = {}  # bytes -> [mmap, ...]
        self._kept_bytes = 0
        self._kept_blocks = 0
        self._in_use = 0
        self._leases = {}  # id of a weakref to a lease -> (the weakref, mmap, bytes)
        self._returned = collections.deque()  # (mmap, bytes) freed since the last request
        self._hits = self._misses = self._bypassed = 0

    # -- called by whichever thread frees the last array of a block
    def _on_free(self, ref):
        _, block, size = self._leases.pop(id(ref))
        self._returned.append((block, size))

    # -- the rest under self._lock
    def _take_back(self):
        while self._returned:
            block, size = self._returned.popleft()
            self._in_use -= size
            if self._in_use + self._kept_bytes + size <= self._limit:
                self._kept.setdefault(size, []).append(block)
                self._kept_bytes += size
                self._kept_blocks += 1

    def _evict(self, need):
        """Drops kept blocks, largest first, until `need` more bytes fit."""
        for size in sorted(self._kept, reverse=True):
            blocks = self._kept[size]
            while blocks and self._in_use + self._kept_bytes + need > self._limit:
                blocks.pop()
                self._kept_bytes -= size
                self._kept_blocks -= 1
            if not blocks:
                del self._kept[size]

    def _block(self, size):
        """A block of `size` bytes for a new lease, or None past the limit."""
        with self._lock:
            self._take_back()
            blocks = self._kept.get(size)
            if blocks:
                block = blocks.pop()
                if not blocks:
                    del self._kept[size]
                self._kept_bytes -= size
                self._kept_blocks -= 1
                self._hits += 1
            else:
                if self._in_use + self._kept_bytes + size > self._limit:
                    self._evict(size)
                if self._in_use + size > self._limit:
                    self._bypassed += 1
                    return None
                block = mmap.mmap(-1, size)
                if hasattr(mmap, "MADV_HUGEPAGE"):
                    block.madvise(mmap.MADV_HUGEPAGE)
                self._misses += 1
            self._in_use += size
            return block

    def empty(self, shape, dtype):
        dtype = np.dtype(dtype)
        count = 1
        for d in shape:
            count *= d
        nbytes = count * dtype.itemsize
        if nbytes < POOL_MIN_BYTES:
            return np.empty(shape, dtype)
        size = block_bytes(nbytes)
        block = self._block(size)
        if block is None:
            return np.empty(shape, dtype)
        # The lease is the one object every array over the block refers to
        # (numpy keeps it as the arrays' base); its death frees the block.
        lease = (ctypes.c_char * size).from_buffer(block)
        ref = weakref.ref(lease, self._on_free)
        self._leases[id(ref)] = (ref, block, size)
        return np.frombuffer(lease, dtype, count, _RESULT_OFFSET).reshape(shape)

    def stats(self):
        with self._lock:
            self._take_back()
            return PoolStats(self._limit, self._in_use, self._kept_bytes, self._kept_blocks, self._hits,
                             self._misses, self._bypassed)

    def set_limit(self, limit):
        with self._lock:
            self._take_back()
            self._limit = limit
            self._evict(0)

    def free(self):
        with self._lock:
            self._take_back()
            self._kept.clear()
            self._kept_bytes = self._kept_blocks = 0


_pool = _Pool(_default_limit())
empty = _pool.empty


def memory_pool():
    """The result pool's PoolStats(limit, in_use_bytes, kept_bytes,
    kept_blocks, hits, misses, bypassed)."""
    return _pool.stats()


def set_memory_pool_limit(limit):
    """Sets the most bytes the pool holds, in use and kept together (0:
    every result is an ordinary numpy array); kept blocks beyond it are
    released at once, blocks in use when their arrays are freed."""
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
        raise ValueError(f"set_memory_pool_limit: limit must be an int >= 0 (got {limit!r})")
    _pool.set_limit(limit)


def free_memory_pool():
    """Releases every kept block to the system. Arrays in use stay valid;
    their blocks are kept (within the limit) when they are freed."""
    _pool.free()
