"""Contexts and the input and output checks shared by the modules."""
import ctypes
import threading

import numpy as np

from ._errors import error_for
from ._lib import lib

_ndarray = np.ndarray
_f64 = np.dtype(np.float64)


class Context:
    """A kn_ctx bound to one backend: "scalar", "simd", "omp", "opencl",
    "cuda" or "auto" (KERNELS_BACKEND's choice, else the best available).
    Pass it as backend= to any function. Usable as a context manager (the
    kn_ctx is destroyed on exit) or closed with close(); it must not be
    closed while another thread is using it. Raises UnavailableError (a
    RuntimeError) with the library's reason when the backend cannot run
    here, InvalidArgumentError (a ValueError) for an unknown name."""

    def __init__(self, backend="auto"):
        if not isinstance(backend, str):
            raise TypeError(f"Context: backend must be a name such as 'simd' (got {type(backend).__name__})")
        which = ctypes.c_int()
        st = lib.kn_backend_from_name(backend.encode(), ctypes.byref(which))
        if st:
            raise error_for(st)
        handle = ctypes.c_void_p()
        st = lib.kn_ctx_create(ctypes.byref(handle), which.value)
        if st:
            raise error_for(st)
        self._handle = handle.value

    @property
    def backend(self):
        """The backend this context runs (never "auto")."""
        return lib.kn_backend_name(lib.kn_ctx_backend(self.handle)).decode()

    @property
    def handle(self):
        """The kn_ctx pointer as an int, for calling the C functions directly."""
        if self._handle is None:
            raise ValueError("Context: the context is closed")
        return self._handle

    def close(self):
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            lib.kn_ctx_destroy(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def __repr__(self):
        return f"Context({self.backend!r})" if self._handle else "Context(closed)"


# Contexts made for backend="name" arguments: one per name, kept for the
# process (creating one can start a GPU driver, far too slow per call).
_named = {}
_named_lock = threading.Lock()


def ctx_handle(backend):
    """The kn_ctx pointer for a backend= argument: None (the default context,
    ctx NULL), a Context, or a backend name."""
    if backend is None:
        return None
    if isinstance(backend, Context):
        return backend.handle
    ctx = _named.get(backend)
    if ctx is None:
        with _named_lock:
            ctx = _named.get(backend)
            if ctx is None:
                ctx = _named[backend] = Context(backend)
    return ctx.handle


def as_f64(x, name):
    """x as a C-contiguous float64 array: itself when it already is one,
    else converted once (np.ascontiguousarray). Complex and non-numeric
    input is rejected: TypeError."""
    if type(x) is _ndarray and x.dtype == _f64 and x.flags.c_contiguous:
        return x
    a = np.asarray(x)
    if a.dtype.kind == "c":
        raise TypeError(f"{name}: complex input (dtype {a.dtype}) is not supported; pass the real part or abs()")
    if a.dtype.kind not in "biuf":
        raise TypeError(f"{name}: input of dtype {a.dtype} is not a number array")
    return np.ascontiguousarray(a, dtype=np.float64)


def check_out(out, shape, name):
    """out= must be a C-contiguous float64 array of the result's shape:
    converting it would write the result somewhere the caller cannot see."""
    if not isinstance(out, _ndarray):
        raise ValueError(f"{name}: out must be a numpy array (got {type(out).__name__})")
    if out.dtype != _f64:
        raise ValueError(f"{name}: out must have dtype float64 (got {out.dtype})")
    if not out.flags.c_contiguous:
        raise ValueError(f"{name}: out must be C-contiguous")
    if not out.flags.writeable:
        raise ValueError(f"{name}: out is read-only")
    if out.shape != shape:
        raise ValueError(f"{name}: out has shape {out.shape}, the result {shape}")
