"""Loading libkernels.so and declaring the C API for ctypes.

The library is looked for inside this package (where the wheel puts it),
else at the path in the environment variable LIBKERNELS_LIBRARY. Every
function object gets its argtypes and restype once, here, so calls convert
nothing they do not have to; pointers travel as plain integers (c_void_p).
ctypes releases the GIL for the duration of each call.
"""
import ctypes
import os

from ctypes import c_char_p, c_double, c_int, c_int32, c_int64, c_size_t, c_uint64, c_void_p

_HERE = os.path.dirname(os.path.abspath(__file__))


def _library_path():
    packaged = os.path.join(_HERE, "libkernels.so")
    if os.path.exists(packaged):
        return packaged
    from_env = os.environ.get("LIBKERNELS_LIBRARY")
    if from_env:
        return from_env
    raise ImportError(
        "libkernels: libkernels.so is not in the package folder " + _HERE +
        " (install the package with `pip install --no-build-isolation ./python`) and"
        " LIBKERNELS_LIBRARY is not set (set it to the path of a built libkernels.so)")


def _load():
    path = _library_path()
    try:
        return ctypes.CDLL(path), path
    except OSError as e:
        raise ImportError(f"libkernels: cannot load {path}: {e}") from e


lib, LIBRARY_PATH = _load()


class JuliaParams(ctypes.Structure):
    """kn_julia_params."""
    _fields_ = [("x_min", c_double), ("x_max", c_double), ("y_min", c_double), ("y_max", c_double),
                ("c_re", c_double), ("c_im", c_double),
                ("width", c_int32), ("height", c_int32), ("max_iter", c_int32)]


# name: (restype, argtypes); kn_status is an int.
_PROTOTYPES = {
    "kn_status_str": (c_char_p, [c_int]),
    "kn_last_error": (c_char_p, []),
    "kn_backend_name": (c_char_p, [c_int]),
    "kn_backend_from_name": (c_int, [c_char_p, c_void_p]),
    "kn_backend_available": (c_int, [c_int]),
    "kn_backend_info": (c_char_p, [c_int]),
    "kn_ctx_create": (c_int, [c_void_p, c_int]),
    "kn_ctx_destroy": (None, [c_void_p]),
    "kn_ctx_backend": (c_int, [c_void_p]),
    "kn_julia": (c_int, [c_void_p, c_void_p, c_void_p]),
    "kn_julia_points": (c_int, [c_void_p, c_size_t, c_void_p, c_void_p, c_void_p, c_void_p, c_int32, c_void_p]),
    "kn_firewall_parse": (c_int, [c_char_p, c_void_p, c_void_p]),
    "kn_firewall_severity": (c_int, [c_void_p, c_void_p, c_size_t, c_int64, c_void_p]),
    "kn_firewall_first_safe_delay": (c_int, [c_void_p, c_void_p, c_size_t, c_int64, c_void_p]),
    "kn_firewall_first_safe_delay_budget": (c_int, [c_void_p, c_void_p, c_size_t, c_int64, c_uint64, c_void_p]),
    "kn_norm_square_f64": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p]),
    "kn_norm_square_i64": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p]),
    "kn_sum_f64": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p]),
    "kn_dot_f64": (c_int, [c_void_p, c_void_p, c_void_p, c_size_t, c_void_p]),
    "kn_suffix_sums_f64": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p]),
    "kn_prefix_sums_f64": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p]),
    "kn_expr_compile": (c_int, [c_char_p, c_size_t, c_void_p, c_void_p]),
    "kn_expr_eval": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p, c_void_p]),
    "kn_expr_eval_strided": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p, c_void_p, c_void_p]),
    "kn_expr_free": (None, [c_void_p]),
    "kn_expr_disassemble": (c_int, [c_void_p, c_void_p]),
    "kn_free": (None, [c_void_p]),
}

for _name, (_restype, _argtypes) in _PROTOTYPES.items():
    _fn = getattr(lib, _name)
    _fn.restype = _restype
    _fn.argtypes = _argtypes

BACKEND_COUNT = 6
INT64_MAX = 2**63 - 1
UINT64_MAX = 2**64 - 1
