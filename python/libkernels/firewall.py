"""Firewall scanning (Advent of Code 2017, day 13).

Layers are an (n, 2) int64 array of (depth, range) rows, as parse() returns
them; any (n, 2) array-like of integers is converted once.

    layers = libkernels.firewall.parse("0: 3\\n1: 2\\n4: 4\\n6: 4\\n")
    libkernels.firewall.severity(layers)          # 24
    libkernels.firewall.first_safe_delay(layers)  # 10
"""
import ctypes

import numpy as np

from ._common import ctx_handle
from ._errors import KN_ERR_NOT_FOUND, error_for
from ._lib import INT64_MAX, UINT64_MAX, lib

__all__ = ["parse", "severity", "first_safe_delay"]


def parse(text):
    """Parses "depth: range" lines (str or bytes) into an (n, 2) int64 array,
    in input order. Malformed text raises ParseError (a ValueError) whose
    message names the line and column."""
    if isinstance(text, str):
        text = text.encode()
    if not isinstance(text, (bytes, bytearray)):
        raise TypeError(f"firewall.parse: text must be str or bytes (got {type(text).__name__})")
    if b"\0" in text:
        raise ValueError(f"firewall.parse: the text contains a NUL character (at offset {text.index(0)})")
    layers = ctypes.c_void_p()
    n = ctypes.c_size_t()
    st = lib.kn_firewall_parse(bytes(text), ctypes.byref(layers), ctypes.byref(n))
    if st:
        raise error_for(st)
    try:
        return np.ctypeslib.as_array(ctypes.cast(layers.value, ctypes.POINTER(ctypes.c_int64)),
                                     shape=(n.value, 2)).copy() if n.value else np.empty((0, 2), np.int64)
    finally:
        lib.kn_free(layers.value)


def _layers(layers):
    a = np.asarray(layers)
    if a.size == 0:
        return np.empty((0, 2), np.int64)
    if a.ndim != 2 or a.shape[1] != 2:
        raise ValueError(f"firewall: layers must be an (n, 2) array of (depth, range) rows (got shape {a.shape})")
    if a.dtype.kind not in "iu":
        raise TypeError(f"firewall: layers must be integers (got dtype {a.dtype})")
    if a.dtype.kind == "u" and a.max() > INT64_MAX:
        raise OverflowError(f"firewall: a layer value does not fit int64 (largest {a.max()})")
    return np.ascontiguousarray(a, dtype=np.int64)


def _int64(value, name, lowest=-INT64_MAX - 1, highest=INT64_MAX):
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool):
        raise TypeError(f"firewall: {name} must be an int (got {type(value).__name__})")
    if not lowest <= value <= highest:
        raise OverflowError(f"firewall: {name} must be in [{lowest}, {highest}] (got {value})")
    return int(value)


def severity(layers, delay=0, backend=None):
    """The sum of depth*range over the layers that catch a packet leaving at
    `delay`. KernelsOverflowError (an OverflowError) if it does not fit int64."""
    a = _layers(layers)
    out = ctypes.c_int64()
    st = lib.kn_firewall_severity(ctx_handle(backend), a.ctypes.data, len(a), _int64(delay, "delay"),
                                  ctypes.byref(out))
    if st:
        raise error_for(st)
    return out.value


def first_safe_delay(layers, max_delay=None, max_candidates=None, backend=None):
    """The smallest delay in [0, max_delay] (max_delay None: 2**63 - 1) at
    which no layer catches the packet, or None when there is none (the
    library's KN_ERR_NOT_FOUND, which is definitive).

    max_candidates bounds the work (kn_firewall_first_safe_delay_budget): at
    most that many candidate delays are tested; when they run out first,
    LimitError (a RuntimeError) says at which delay. Without it the search
    can take days on adversarial layers (see kernels.h)."""
    a = _layers(layers)
    limit = INT64_MAX if max_delay is None else _int64(max_delay, "max_delay")
    out = ctypes.c_int64()
    ctx = ctx_handle(backend)
    if max_candidates is None:
        st = lib.kn_firewall_first_safe_delay(ctx, a.ctypes.data, len(a), limit, ctypes.byref(out))
    else:
        budget = _int64(max_candidates, "max_candidates", 0, UINT64_MAX)
        st = lib.kn_firewall_first_safe_delay_budget(ctx, a.ctypes.data, len(a), limit, budget, ctypes.byref(out))
    if st == KN_ERR_NOT_FOUND:
        return None
    if st:
        raise error_for(st)
    return out.value
