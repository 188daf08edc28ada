"""libkernels: numerical kernels with one C API and run-time selected
backends (scalar, simd, omp, opencl, cuda), every backend giving the same
bits, bound with ctypes.

    import numpy as np, libkernels
    data = np.arange(1e6)
    y = libkernels.evaluate("data + data * 5 + 4")        # numexpr's signature
    libkernels.norm_square(data)                          # canonical order, same bits everywhere
    libkernels.julia(1000, 1000, 300).sum()               # 33219980
    with libkernels.Context("simd") as simd:
        libkernels.norm_square(data, backend=simd)

Inputs: a C-contiguous float64 array is used as it is, without a copy;
so is, in evaluate, an aligned float64 array with evenly spaced elements
(read through its stride); anything else (other dtypes, lists, other
non-contiguous views) is converted once with
np.ascontiguousarray(x, dtype=np.float64). Complex input to a real
function is rejected (TypeError). Multi-dimensional arrays are processed
flat, in C order, and results keep their shape.

New results of at least POOL_MIN_BYTES come from a bounded, thread-safe
memory pool (memory_pool(), set_memory_pool_limit(), free_memory_pool()):
a freed result's memory is reused by the next result of its size without
page faults. out= arguments bypass it.

backend: None runs on the process's default context (KERNELS_BACKEND, as in
C); a name ("scalar", "simd", "omp", "opencl", "cuda", "auto") uses a context
made once per name and kept for the process; a Context uses that context.

Failures raise a KernelsError subclass whose message is the library's
kn_last_error() sentence (see libkernels._errors). Every function may be
called from many threads at once: ctypes releases the GIL during the call.
"""
import ctypes
import os
import re
import sys
import threading
from collections import namedtuple

import numpy as np

from . import firewall  # noqa: F401  (libkernels.firewall)
from ._common import Context, as_f64, check_out, ctx_handle
from ._errors import (DeviceError, InvalidArgumentError, KernelsError, KernelsMemoryError,  # noqa: F401
                      KernelsOverflowError, LimitError, NotFoundError, ParseError, UnavailableError,
                      error_for)
from ._lib import BACKEND_COUNT, LIBRARY_PATH, JuliaParams, lib  # noqa: F401
from ._pool import POOL_MIN_BYTES, PoolStats, free_memory_pool, memory_pool, set_memory_pool_limit  # noqa: F401
from ._pool import empty as _pool_empty

__version__ = "0.1.0"

__all__ = ["evaluate", "disassemble", "norm_square", "sum", "dot", "suffix_sums", "prefix_sums", "julia",
           "julia_points", "firewall", "Context", "backends", "default_backend", "get_include", "KernelsError",
           "InvalidArgumentError", "UnavailableError", "KernelsMemoryError", "ParseError", "KernelsOverflowError",
           "NotFoundError", "DeviceError", "LimitError", "lib", "LIBRARY_PATH", "memory_pool",
           "set_memory_pool_limit", "free_memory_pool", "PoolStats", "POOL_MIN_BYTES"]

_c_double = ctypes.c_double
_c_int64 = ctypes.c_int64
_c_ssize_t = ctypes.c_ssize_t
_byref = ctypes.byref
_ndarray = np.ndarray
_f64 = np.dtype(np.float64)

# ------------------------------------------------------------------ backends
Backend = namedtuple("Backend", "name available info")


def backends():
    """Every backend the library knows, built or not: a list of
    Backend(name, available, info) with kn_backend_info()'s line, which says
    why an unavailable one is unavailable."""
    return [Backend(lib.kn_backend_name(b).decode(), bool(lib.kn_backend_available(b)),
                    lib.kn_backend_info(b).decode()) for b in range(1, BACKEND_COUNT)]


def default_backend():
    """The name of the backend calls with backend=None run (KERNELS_BACKEND's
    choice), or "auto" if the default context cannot be made."""
    return lib.kn_backend_name(lib.kn_ctx_backend(None)).decode()


def get_include():
    """The folder holding kernels.h inside the installed package (for C code
    built against the libkernels.so the package carries)."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "include")


# ------------------------------------------------------------------ reductions
def _real_input(x, name):
    """x as a flat C-contiguous float64 or int64 array (int64 for integer and
    bool input), converting only what is not already so."""
    if type(x) is _ndarray and x.dtype == _f64 and x.flags.c_contiguous:
        return x
    a = np.asarray(x)
    kind = a.dtype.kind
    if kind in "iub":
        if kind == "u" and a.size and a.max() > np.iinfo(np.int64).max:
            raise OverflowError(f"{name}: a value does not fit int64 (largest {a.max()})")
        return np.ascontiguousarray(a, dtype=np.int64)
    return as_f64(a, name)


def norm_square(x, backend=None):
    """sum(x[i]*x[i]). float input (converted to float64): a float in the
    canonical order (the same bits on every backend). Integer or bool input
    (converted to int64): the exact int, or KernelsOverflowError (an
    OverflowError) if it exceeds 2**63 - 1."""
    a = _real_input(x, "norm_square")
    if a.dtype == _f64:
        out = _c_double()
        st = lib.kn_norm_square_f64(ctx_handle(backend), a.ctypes.data, a.size, _byref(out))
    else:
        out = _c_int64()
        st = lib.kn_norm_square_i64(ctx_handle(backend), a.ctypes.data, a.size, _byref(out))
    if st:
        raise error_for(st)
    return out.value


def sum(x, backend=None):  # noqa: A001  (numpy's name)
    """sum(x[i]) as a float, x converted to float64, in the norm-square's
    canonical order."""
    a = as_f64(x, "sum")
    out = _c_double()
    st = lib.kn_sum_f64(ctx_handle(backend), a.ctypes.data, a.size, _byref(out))
    if st:
        raise error_for(st)
    return out.value


def dot(x, y, backend=None):
    """sum(x[i]*y[i]) as a float (rounded products, no FMA), x and y
    converted to float64 and of the same shape."""
    a = as_f64(x, "dot")
    b = as_f64(y, "dot")
    if a.shape != b.shape:
        raise ValueError(f"dot: x and y must have the same shape (got {a.shape} and {b.shape})")
    out = _c_double()
    st = lib.kn_dot_f64(ctx_handle(backend), a.ctypes.data, b.ctypes.data, a.size, _byref(out))
    if st:
        raise error_for(st)
    return out.value


def _scan(fn, name, x, out, backend):
    a = as_f64(x, name)
    if out is None:
        out = _pool_empty(a.shape, _f64)
    else:
        check_out(out, a.shape, name)
    st = fn(ctx_handle(backend), a.ctypes.data, a.size, out.ctypes.data)
    if st:
        raise error_for(st)
    return out


def suffix_sums(x, out=None, backend=None):
    """Exclusive suffix sums: out[i] = x[i+1] + ... + x[n-1], out[n-1] = 0,
    in the canonical order (kn_suffix_sums_f64). out may be x itself (in
    place, when x is C-contiguous float64)."""
    return _scan(lib.kn_suffix_sums_f64, "suffix_sums", x, out, backend)


def prefix_sums(x, out=None, backend=None):
    """Inclusive prefix sums (numpy's cumsum): out[i] = x[0] + ... + x[i], in
    the canonical order (kn_prefix_sums_f64). out may be x itself."""
    return _scan(lib.kn_prefix_sums_f64, "prefix_sums", x, out, backend)


# ------------------------------------------------------------------ Julia
_INT32 = (-2**31, 2**31 - 1)


def _int32(value, name):
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool):
        raise TypeError(f"julia: {name} must be an int (got {type(value).__name__})")
    if not _INT32[0] <= value <= _INT32[1]:
        raise ValueError(f"julia: {name} must fit int32 (got {value})")
    return int(value)


def julia(width, height, max_iter, c=complex(-0.62772, -0.42193), bounds=(-1.8, 1.8, -1.8, 1.8), backend=None):
    """Escape-time counts of z <- z*z + c on a width x height grid over
    bounds = (x_min, x_max, y_min, y_max): an int32 array of shape (height,
    width), row 0 at y_max. The defaults with 1000, 1000, 300 sum to
    33219980 on every backend."""
    w, h, m = _int32(width, "width"), _int32(height, "height"), _int32(max_iter, "max_iter")
    c = complex(c)
    x_min, x_max, y_min, y_max = (float(v) for v in bounds)
    p = JuliaParams(x_min, x_max, y_min, y_max, c.real, c.imag, w, h, m)
    # A bad size is the library's to report (with its sentence), so it gets
    # a one-element buffer rather than a failed allocation here.
    counts = _pool_empty((h, w) if w > 0 and h > 0 else (1,), np.int32)
    st = lib.kn_julia(ctx_handle(backend), _byref(p), counts.ctypes.data)
    if st:
        raise error_for(st)
    return counts


def julia_points(z, c, max_iter, backend=None):
    """Escape counts of z <- z*z + c starting at each point of z (complex,
    converted to complex128), with c a complex array of z's shape or one
    complex number for every point: an int32 array of z's shape."""
    z = np.asarray(z)
    if z.dtype.kind not in "biufc":
        raise TypeError(f"julia_points: z must be numeric (got dtype {z.dtype})")
    z_re = np.ascontiguousarray(z.real, dtype=np.float64)
    z_im = np.ascontiguousarray(z.imag, dtype=np.float64) if z.dtype.kind == "c" else np.zeros(z.shape)
    if np.ndim(c) == 0:
        c = complex(c)
        c_re, c_im = np.full(z.shape, c.real), np.full(z.shape, c.imag)
    else:
        c = np.asarray(c)
        if c.shape != z.shape:
            raise ValueError(f"julia_points: c must be one complex number or have z's shape {z.shape} (got {c.shape})")
        c_re = np.ascontiguousarray(c.real, dtype=np.float64)
        c_im = np.ascontiguousarray(c.imag, dtype=np.float64) if c.dtype.kind == "c" else np.zeros(c.shape)
    counts = _pool_empty(z.shape, np.int32)
    st = lib.kn_julia_points(ctx_handle(backend), z.size, z_re.ctypes.data, z_im.ctypes.data, c_re.ctypes.data,
                             c_im.ctypes.data, _int32(max_iter, "max_iter"), counts.ctypes.data)
    if st:
        raise error_for(st)
    return counts


# ------------------------------------------------------------------ expressions
# A number (so that the 'e5' of 1e5 is not taken for a name), or a name.
_TOKEN = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|([A-Za-z_]\w*)(\s*\()?")
_CONSTANTS = frozenset(("pi", "e"))


class _Program:
    """A compiled kn_expr and the variable names it binds, freed with the
    last reference (a thread evaluating it holds one)."""
    __slots__ = ("handle", "names", "__weakref__")

    def __init__(self, ex, names):
        handle = ctypes.c_void_p()
        encoded = [n.encode() for n in names]
        c_names = (ctypes.c_char_p * max(1, len(names)))(*encoded)
        st = lib.kn_expr_compile(ex.encode(), len(names), c_names, _byref(handle))
        if st:
            raise error_for(st)
        self.handle = handle.value
        self.names = names

    def __del__(self, free=lib.kn_expr_free):
        if getattr(self, "handle", None):
            free(self.handle)


def _variable_names(ex):
    """The variables of ex in order of first appearance: every name that is
    not called as a function and is not a constant (pi, e)."""
    names = []
    for m in _TOKEN.finditer(ex):
        name = m.group(1)
        if name and not m.group(2) and name not in _CONSTANTS and name not in names:
            names.append(name)
    return tuple(names)


_programs = {}
_programs_lock = threading.Lock()
_PROGRAM_CACHE_SIZE = 256


def _program(ex):
    prog = _programs.get(ex)
    if prog is None:
        if not isinstance(ex, str):
            raise TypeError(f"evaluate: the expression must be a str (got {type(ex).__name__})")
        prog = _Program(ex, _variable_names(ex))
        with _programs_lock:
            if len(_programs) >= _PROGRAM_CACHE_SIZE:
                _programs.pop(next(iter(_programs)))
            _programs[ex] = prog
    return prog


def _lookup(name, local_dict, global_dict):
    if name in local_dict:
        return local_dict[name]
    if name in global_dict:
        return global_dict[name]
    raise KeyError(f"evaluate: variable '{name}' is not defined in the given or the caller's namespace")


_SCALAR_TYPES = (float, int, bool, np.floating, np.integer, np.bool_)


def _flat_stride(a):
    """The element stride of a float64 array's elements in C order when they
    are evenly spaced and aligned (any contiguous array, a 1-d view such as
    x[::2] or x[::-1], a column of a matrix), else None."""
    if a.ctypes.data % 8:
        return None
    stride = None
    for extent, step in zip(reversed(a.shape), reversed(a.strides)):
        if extent == 1:
            continue
        if stride is None:
            if step % 8:
                return None
            stride, next_step = step // 8, step * extent
        elif step != next_step:
            return None
        else:
            next_step = step * extent
    return 1 if stride is None else stride


def _bind(name, v, out):
    """A variable's value as (array, element stride), or (float, 0) for a
    scalar: aligned float64 arrays are used in place through their strides
    (a broadcast one, such as np.broadcast_to(v, shape), with stride 0);
    other arrays are converted once; a strided array that may overlap out
    is copied (the library refuses such an overlap)."""
    if type(v) is _ndarray and v.dtype == _f64:
        if v.ndim == 0:
            return float(v), 0
        if v.flags.c_contiguous and v.flags.aligned:
            return v, 1
        stride = _flat_stride(v)
        if stride is not None and (out is None or not np.may_share_memory(v, out)):
            return v, stride
        return v.copy(order="C"), 1  # aligned, unlike np.ascontiguousarray of a contiguous array
    if isinstance(v, _SCALAR_TYPES):
        return float(v), 0
    a = np.asarray(v)
    if a.dtype.kind == "c":
        raise TypeError(f"evaluate: variable '{name}' is complex; libkernels evaluates real numbers only")
    if a.dtype.kind not in "biuf":
        raise TypeError(f"evaluate: variable '{name}' has dtype {a.dtype}, not a number")
    if a.ndim == 0:
        return float(a), 0
    return _bind(name, np.ascontiguousarray(a, dtype=np.float64), out)


def evaluate(ex, local_dict=None, global_dict=None, out=None, backend=None):
    """numexpr.evaluate: the expression ex (kn_expr_compile's language, which
    is numexpr's for real numbers) over arrays, as a new float64 array or in
    out. Variables are looked up in local_dict then global_dict; when these
    are None, in the caller's locals and globals. Arrays must all have the
    same shape (multi-dimensional ones are evaluated flat in C order).
    Python and numpy scalars and 0-d arrays are runtime parameters: bound to
    every element (kn_expr_eval_strided's stride 0), never copied into an
    array, never recompiled. float64 arrays whose elements are evenly spaced
    (contiguous, x[::2], x[::-1], a matrix column) are read in place through
    their stride; other arrays are converted once to C-contiguous float64.
    out must be a C-contiguous float64 array of that shape; it may be one of
    the inputs (in place). A new result comes from the memory pool (see
    memory_pool()). Compiled programs are cached by expression text."""
    prog = _programs.get(ex) or _program(ex)
    names = prog.names
    if names and (local_dict is None or global_dict is None):
        frame = sys._getframe(1)
        if local_dict is None:
            local_dict = frame.f_locals
        if global_dict is None:
            global_dict = frame.f_globals
    k = len(names)
    ptrs = (ctypes.c_void_p * max(1, k))()
    strides = (_c_ssize_t * max(1, k))()
    params = (_c_double * max(1, k))()
    keep = []  # the arrays the pointers point into, alive until the call returns
    shape = None
    for i, name in enumerate(names):
        value, stride = _bind(name, _lookup(name, local_dict, global_dict), out)
        if type(value) is float:
            params[i] = value
            ptrs[i] = ctypes.addressof(params) + i * 8
            continue
        if shape is None:
            shape = value.shape
        elif value.shape != shape:
            raise ValueError(f"evaluate: variable '{name}' has shape {value.shape}, the others {shape}; "
                             "arrays must have the same shape (only scalars are broadcast)")
        ptrs[i] = value.ctypes.data
        strides[i] = stride
        keep.append(value)
    if shape is None:
        shape = ()
    n = 1
    for d in shape:
        n *= d
    if out is None:
        out = _pool_empty(shape, _f64)
    else:
        check_out(out, shape, "evaluate")
    st = lib.kn_expr_eval_strided(ctx_handle(backend), prog.handle, n, ptrs, strides, out.ctypes.data)
    if st:
        raise error_for(st)
    return out


def disassemble(ex):
    """The compiled program of ex as text (numexpr's disassemble):
    registers and one line per instruction."""
    prog = _program(ex)
    text = ctypes.c_void_p()
    st = lib.kn_expr_disassemble(prog.handle, _byref(text))
    if st:
        raise error_for(st)
    try:
        return ctypes.string_at(text.value).decode()
    finally:
        lib.kn_free(text.value)
