"""The README's example: C functions called from a numba @njit function
through libkernels.lib's ctypes function objects (argtypes set once)."""
import numpy as np
import pytest

numba = pytest.importorskip("numba")

import libkernels  # noqa: E402

norm_square_f64 = libkernels.lib.kn_norm_square_f64
expr_eval = libkernels.lib.kn_expr_eval


@numba.njit
def norms_of_rows(m):
    out = np.empty(m.shape[0])
    result = np.empty(1)
    for i in range(m.shape[0]):
        row = np.ascontiguousarray(m[i])
        status = norm_square_f64(0, row.ctypes, row.size, result.ctypes)  # 0: ctx NULL, the default context
        if status != 0:
            raise ValueError("kn_norm_square_f64 failed")
        out[i] = result[0]
    return out


def test_numba_calls_the_c_functions():
    m = np.arange(12.0).reshape(3, 4)
    assert np.array_equal(norms_of_rows(m), [libkernels.norm_square(r) for r in m])


def test_numba_evaluates_a_compiled_expression():
    prog = libkernels._program("x * 2 + 1")

    @numba.njit
    def run(handle, x):
        out = np.empty_like(x)
        inputs = np.empty(1, dtype=np.uintp)
        inputs[0] = x.ctypes.data
        status = expr_eval(0, handle, x.size, inputs.ctypes, out.ctypes)
        return status, out

    status, out = run(prog.handle, np.arange(5.0))
    assert status == 0 and np.array_equal(out, np.arange(5.0) * 2 + 1)
