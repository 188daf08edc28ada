"""The golden cases of tests/goldens.h on every available backend, and the
same bits from every backend."""
import ast

import numpy as np
import pytest

import libkernels
from conftest import AVAILABLE


def test_julia_golden(goldens, backend):
    counts = libkernels.julia(1000, 1000, 300, backend=backend)
    assert counts.dtype == np.int32 and counts.shape == (1000, 1000)
    assert int(counts.sum()) == int(goldens["KN_GOLDEN_JULIA_SUM"])


def test_julia_default_context(goldens):
    assert int(libkernels.julia(1000, 1000, 300).sum()) == int(goldens["KN_GOLDEN_JULIA_SUM"])


def test_firewall_golden(goldens, backend):
    text = ast.literal_eval(goldens["KN_GOLDEN_FIREWALL_TEXT"])
    layers = libkernels.firewall.parse(text)
    assert layers.dtype == np.int64
    assert layers.tolist() == [[0, 3], [1, 2], [4, 4], [6, 4]]
    assert libkernels.firewall.severity(layers, backend=backend) == int(goldens["KN_GOLDEN_FIREWALL_SEVERITY"])
    assert libkernels.firewall.first_safe_delay(layers, backend=backend) == int(goldens["KN_GOLDEN_FIREWALL_DELAY"])


def test_norm_square_goldens(goldens, backend):
    n = int(goldens["KN_GOLDEN_NORM_N"])
    exact = libkernels.norm_square(np.arange(n, dtype=np.int64), backend=backend)
    assert type(exact) is int and exact == int(goldens["KN_GOLDEN_NORM_I64"])
    value = libkernels.norm_square(np.arange(n, dtype=np.float64), backend=backend)
    assert type(value) is float and value == float(goldens["KN_GOLDEN_NORM_F64"])


def test_sum_dot_goldens(goldens, backend):
    x = np.arange(int(goldens["KN_GOLDEN_NORM_N"]), dtype=np.float64)
    assert libkernels.sum(x, backend=backend) == float(goldens["KN_GOLDEN_SUM_F64"])
    assert libkernels.dot(x, x, backend=backend) == float(goldens["KN_GOLDEN_NORM_F64"])


def test_scan_goldens(goldens, backend):
    x = np.arange(int(goldens["KN_GOLDEN_SUFFIX_N"]), dtype=np.float64)
    suffix = libkernels.suffix_sums(x, backend=backend)
    assert suffix[0] == float(goldens["KN_GOLDEN_SUFFIX_FIRST"]) and suffix.sum() == float(goldens["KN_GOLDEN_SUFFIX_SUM"])
    prefix = libkernels.prefix_sums(x, backend=backend)
    assert prefix[-1] == float(goldens["KN_GOLDEN_PREFIX_LAST"]) and prefix.sum() == float(goldens["KN_GOLDEN_PREFIX_SUM"])


def test_expression_golden(goldens, backend):
    data = np.arange(int(goldens["KN_GOLDEN_EXPR_N"]), dtype=np.float64)
    out = libkernels.evaluate(ast.literal_eval(goldens["KN_GOLDEN_EXPR_SRC"]), backend=backend)
    assert out.sum() == float(goldens["KN_GOLDEN_EXPR_SUM"])
    assert data.size == out.size


def _bits(a):
    """Doubles compared as their bit patterns (so -0.0 != 0.0, NaNs by payload)."""
    a = np.ascontiguousarray(a)
    return a.view(np.uint64) if a.dtype == np.float64 else a


@pytest.mark.skipif(len(AVAILABLE) < 2, reason="one backend only")
def test_same_bits_on_every_backend():
    rng = np.random.default_rng(7)
    x = rng.standard_normal(300001) * 1e3
    y = rng.standard_normal(300001)
    results = {}
    for b in AVAILABLE:
        results[b] = dict(
            norm=np.float64(libkernels.norm_square(x, backend=b)),
            sum=np.float64(libkernels.sum(x, backend=b)),
            dot=np.float64(libkernels.dot(x, y, backend=b)),
            suffix=libkernels.suffix_sums(x, backend=b),
            prefix=libkernels.prefix_sums(x, backend=b),
            expr=libkernels.evaluate("where(x > 0, x * y - 3, sqrt(abs(x)) / (y + 2)) % 7", backend=b),
            julia=libkernels.julia(333, 222, 200, c=0.285 + 0.01j, backend=b),
            points=libkernels.julia_points(x[:5000] * 1e-3 + 1j * y[:5000], -0.8 + 0.156j, 500, backend=b))
    reference = results["scalar"]
    for b, r in results.items():
        for kernel, value in r.items():
            assert np.array_equal(_bits(value), _bits(reference[kernel])), (b, kernel)
