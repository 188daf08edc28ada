"""libkernels over dask.array: the same bits as the single-process call on
the whole array, for any chunking.

    import dask.array as da, libkernels.dask as kd
    x = da.random.random(10_000_000, chunks=123_457)
    kd.norm_square(x).compute() == libkernels.norm_square(x.compute())   # True, bit for bit
    kd.evaluate("2*x + 1", x=x)                                           # a dask array

dask.array.sum re-associates the sum with the chunking. Here each chunk
gives its piece of the canonical sum (kernels.h, "Pieces of a distributed
array": the canonical tree nodes of the whole blocks it holds and the terms
of the blocks it shares with its neighbours), and one task combines the
pieces in the canonical tree (kn_sum_pieces_combine). Multi-dimensional
arrays are taken flat, in C order, as libkernels does. norm_square of an
integer or bool array is exact, as libkernels.norm_square's: each chunk's
exact int64 sum of squares, added (an int, or KernelsOverflowError with
libkernels.norm_square's message past 2**63 - 1); sum and dot take floats.

evaluate runs libkernels.evaluate on each chunk through map_blocks: element
by element results do not depend on where the chunks are cut.
"""
import ctypes
from ctypes import c_double, c_int, c_size_t, c_uint32, c_uint64, c_void_p

import dask
import dask.array as da
import numpy as np

import libkernels

from ._common import ctx_handle
from ._errors import KernelsOverflowError, error_for
from ._lib import lib

__all__ = ["norm_square", "sum", "dot", "evaluate"]

_SUM_BLOCK = 2048      # KN_SUM_BLOCK
_NODES_MAX = 128       # KN_SUM_NODES_MAX
_SQUARES, _VALUES, _PRODUCTS = 0, 1, 2  # kn_sum_kind


class _SumNode(ctypes.Structure):
    """kn_sum_node."""
    _fields_ = [("block", c_uint64), ("level", c_uint32), ("total", c_double)]


class _SumPiece(ctypes.Structure):
    """kn_sum_piece."""
    _fields_ = [("lo", c_uint64), ("n_global", c_uint64), ("n", c_size_t), ("n_nodes", c_size_t),
                ("nodes", _SumNode * _NODES_MAX), ("head_block", c_uint64), ("tail_block", c_uint64),
                ("n_head", c_size_t), ("n_tail", c_size_t),
                ("head", c_double * _SUM_BLOCK), ("tail", c_double * _SUM_BLOCK)]


lib.kn_sum_piece_f64.restype = c_int
lib.kn_sum_piece_f64.argtypes = [c_void_p, c_int, c_void_p, c_void_p, c_size_t, c_uint64, c_uint64, c_void_p]
lib.kn_sum_pieces_combine.restype = c_int
lib.kn_sum_pieces_combine.argtypes = [c_void_p, c_size_t, c_void_p]


def _piece(kind, lo, n_global, backend, x, y=None):
    """The chunk's piece (elements [lo, lo + x.size) of n_global), as bytes
    so that it travels between dask workers."""
    x = np.ascontiguousarray(x, dtype=np.float64).reshape(-1)
    if y is not None:
        y = np.ascontiguousarray(y, dtype=np.float64).reshape(-1)
    piece = _SumPiece()
    st = lib.kn_sum_piece_f64(ctx_handle(backend), kind, x.ctypes.data, None if y is None else y.ctypes.data,
                              x.size, lo, n_global, ctypes.byref(piece))
    if st:
        raise error_for(st)
    return bytes(piece)


def _combine(pieces):
    array = (_SumPiece * len(pieces))()
    for i, p in enumerate(pieces):
        ctypes.memmove(ctypes.byref(array, i * ctypes.sizeof(_SumPiece)), p, ctypes.sizeof(_SumPiece))
    out = c_double()
    st = lib.kn_sum_pieces_combine(array, len(pieces), ctypes.byref(out))
    if st:
        raise error_for(st)
    return np.float64(out.value)


def _flat(arr, name):
    if not isinstance(arr, da.Array):
        raise TypeError(f"libkernels.dask.{name}: expected a dask.array.Array, got {type(arr).__name__}")
    if arr.dtype.kind == "c":
        raise TypeError(f"libkernels.dask.{name}: complex input (dtype {arr.dtype}) is not supported")
    if arr.dtype.kind not in "biuf":
        raise TypeError(f"libkernels.dask.{name}: input of dtype {arr.dtype} is not a number array")
    return arr.reshape(-1) if arr.ndim != 1 else arr


_INT64_MAX = 2**63 - 1


def _chunk_norm_square_int(x, backend):
    """The chunk's exact sum of squares, or None past int64 (then so is the
    whole array's: the squares are not negative)."""
    try:
        return libkernels.norm_square(x, backend=backend)
    except KernelsOverflowError:
        return None


def _add_norm_squares(totals, n_global):
    total = 0
    for t in totals:
        total = None if t is None or total is None else total + t
    if total is None or total > _INT64_MAX:
        raise KernelsOverflowError(f"kn_norm_square_i64: the sum of squares of the {n_global} elements exceeds "
                                   "INT64_MAX", "KN_ERR_OVERFLOW")
    return np.int64(total)


def _norm_square_int(x, backend):
    totals = [dask.delayed(_chunk_norm_square_int, pure=True)(block, backend) for block in x.to_delayed().ravel()]
    total = dask.delayed(_add_norm_squares, pure=True)(totals, x.shape[0])
    return da.from_delayed(total, shape=(), dtype=np.int64)


def _reduce(kind, name, x, y, backend):
    x = _flat(x, name)
    blocks = x.to_delayed().ravel()
    ys = None
    if y is not None:
        y = _flat(y, name)
        if y.shape != x.shape:
            raise ValueError(f"libkernels.dask.{name}: x and y have different lengths ({x.shape[0]} and {y.shape[0]})")
        ys = y.rechunk(x.chunks).to_delayed().ravel()
    n_global, lo, pieces = x.shape[0], 0, []
    for i, (block, length) in enumerate(zip(blocks, x.chunks[0])):
        args = (block,) if ys is None else (block, ys[i])
        pieces.append(dask.delayed(_piece, pure=True)(kind, lo, n_global, backend, *args))
        lo += length
    total = dask.delayed(_combine, pure=True)(pieces)
    return da.from_delayed(total, shape=(), dtype=np.float64)


def norm_square(x, backend=None):
    """sum(x*x) over a dask array, lazily (a 0-d dask array): the bits of
    libkernels.norm_square on the whole array, for any chunking; for an
    integer or bool array its exact int64 (KernelsOverflowError past
    2**63 - 1), as libkernels.norm_square gives."""
    flat = _flat(x, "norm_square")
    if flat.dtype.kind in "iub":
        return _norm_square_int(flat, backend)
    return _reduce(_SQUARES, "norm_square", x, None, backend)


def sum(x, backend=None):  # noqa: A001  (numpy's name)
    """sum(x) over a dask array, lazily: libkernels.sum's bits."""
    return _reduce(_VALUES, "sum", x, None, backend)


def dot(x, y, backend=None):
    """sum(x*y) over two dask arrays of one length (y is rechunked like x),
    lazily: libkernels.dot's bits."""
    return _reduce(_PRODUCTS, "dot", x, y, backend)


def evaluate(ex, backend=None, **arrays):
    """libkernels.evaluate(ex) chunk by chunk (map_blocks), with the
    expression's variables given as keyword arguments: dask arrays of one
    shape (rechunked like the first) or scalars. Returns a float64 dask
    array of that shape. Any other array (numpy's included) is a
    TypeError: wrap it with dask.array.from_array."""
    for n, v in arrays.items():
        if not isinstance(v, da.Array) and np.ndim(v) != 0:
            raise TypeError(f"libkernels.dask.evaluate: '{n}' is a {type(v).__name__} of shape {np.shape(v)}, "
                            "not a dask array or a scalar (wrap it with dask.array.from_array)")
    names = [n for n, v in arrays.items() if isinstance(v, da.Array)]
    if not names:
        raise ValueError("libkernels.dask.evaluate: no dask array among the variables")
    first = arrays[names[0]]
    for n in names[1:]:
        if arrays[n].shape != first.shape:
            raise ValueError(f"libkernels.dask.evaluate: '{n}' has shape {arrays[n].shape}, "
                             f"'{names[0]}' has {first.shape}")
    scalars = {n: v for n, v in arrays.items() if not isinstance(v, da.Array)}

    def run(*blocks):
        local = dict(scalars)
        local.update(zip(names, blocks))
        return libkernels.evaluate(ex, local_dict=local, global_dict={}, backend=backend)

    return da.map_blocks(run, *[arrays[n].rechunk(first.chunks) for n in names], dtype=np.float64)
