"""evaluate's numexpr behaviour, inputs and outputs, errors with the
library's sentences, contexts, threads, and agreement with numpy/numexpr."""
import concurrent.futures
import threading

import numpy as np
import pytest

import libkernels
from conftest import AVAILABLE

module_level_array = np.arange(5.0)


# ------------------------------------------------------------------ evaluate: names, scalars, shapes
def test_evaluate_reads_the_callers_locals():
    a = np.arange(10.0)
    b = np.full(10, 2.0)
    assert np.array_equal(libkernels.evaluate("a * b + 1"), a * b + 1)


def test_evaluate_reads_the_callers_globals_after_locals():
    assert np.array_equal(libkernels.evaluate("module_level_array * 2"), module_level_array * 2)
    module_level_array_local = np.ones(5)  # noqa: F841  (read through the frame)
    assert np.array_equal(libkernels.evaluate("module_level_array_local + module_level_array"), module_level_array + 1)


def test_evaluate_reads_the_frame_inside_a_nested_function():
    def inner():
        c = np.arange(4.0)
        return libkernels.evaluate("c + c")
    assert np.array_equal(inner(), np.arange(4.0) * 2)


def test_evaluate_dicts_take_precedence_over_the_frame():
    x = np.zeros(3)  # noqa: F841
    assert np.array_equal(libkernels.evaluate("x + 1", local_dict={"x": np.ones(3)}), np.full(3, 2.0))
    assert np.array_equal(libkernels.evaluate("x + 1", {}, {"x": np.full(3, 5.0)}), np.full(3, 6.0))


def test_evaluate_unknown_variable_is_a_key_error():
    with pytest.raises(KeyError, match="variable 'nowhere' is not defined"):
        libkernels.evaluate("nowhere + 1", {})


def test_evaluate_broadcasts_python_and_numpy_scalars():
    x = np.arange(6.0)
    k, f, flag, n64 = 3, 0.5, True, np.int64(2)  # noqa: F841
    assert np.array_equal(libkernels.evaluate("x * k + f - flag + n64"), x * 3 + 0.5 - 1 + 2)


def test_evaluate_scalars_only_gives_a_zero_dimensional_array():
    k = 4  # noqa: F841
    r = libkernels.evaluate("k * 2 + pi - pi")
    assert r.shape == () and r.dtype == np.float64 and float(r) == 8.0


def test_evaluate_numbers_with_exponents_are_not_names():
    x = np.arange(3.0)  # noqa: F841
    assert np.array_equal(libkernels.evaluate("x * 1e2 + 2.5E-1 + .5e+1"), np.arange(3.0) * 100 + 0.25 + 5)


def test_evaluate_multidimensional_is_flat_and_reshaped():
    m = np.arange(12.0).reshape(3, 4)
    r = libkernels.evaluate("m * m - 1")
    assert r.shape == (3, 4) and np.array_equal(r, m * m - 1)


def test_evaluate_arrays_of_other_shapes_are_rejected():
    a, b = np.ones(3), np.ones(4)  # noqa: F841
    with pytest.raises(ValueError, match=r"variable 'b' has shape \(4,\), the others \(3,\)"):
        libkernels.evaluate("a + b")
    c = np.ones((3, 1))  # noqa: F841
    with pytest.raises(ValueError, match="only scalars are broadcast"):
        libkernels.evaluate("a + c")


def test_evaluate_converts_other_dtypes_and_non_contiguous_input_once():
    i = np.arange(10, dtype=np.int32)
    f = np.arange(10, dtype=np.float32)
    s = np.arange(20.0)[::2]
    lst = list(range(10))  # noqa: F841
    r = libkernels.evaluate("i + f + s + lst")
    assert r.dtype == np.float64 and np.array_equal(r, i + f.astype(np.float64) + s + np.arange(10))


def test_evaluate_rejects_complex_and_non_numbers():
    z = np.ones(3, dtype=complex)  # noqa: F841
    with pytest.raises(TypeError, match="variable 'z' is complex"):
        libkernels.evaluate("z + 1")
    t = np.array(["a", "b"])  # noqa: F841
    with pytest.raises(TypeError, match="variable 't' has dtype <U1, not a number"):
        libkernels.evaluate("t + 1")
    with pytest.raises(TypeError, match="must be a str"):
        libkernels.evaluate(b"x + 1")


def test_evaluate_compiles_each_expression_once():
    x = np.arange(3.0)  # noqa: F841
    libkernels.evaluate("x + 41")
    prog = libkernels._programs["x + 41"]
    libkernels.evaluate("x + 41")
    assert libkernels._programs["x + 41"] is prog


def test_evaluate_out():
    x = np.arange(8.0)
    out = np.empty(8)
    assert libkernels.evaluate("x * 2", out=out) is out and np.array_equal(out, x * 2)
    assert libkernels.evaluate("x + 1", out=x) is x and np.array_equal(x, np.arange(8.0) + 1)  # in place
    m = np.arange(6.0).reshape(2, 3)
    mout = np.empty((2, 3))
    assert libkernels.evaluate("m + 1", out=mout) is mout and np.array_equal(mout, m + 1)


@pytest.mark.parametrize("out, message", [
    (np.empty(8, dtype=np.float32), "out must have dtype float64 (got float32)"),
    (np.empty(16)[::2], "out must be C-contiguous"),
    (np.empty(7), r"out has shape \(7,\), the result \(8,\)"),
    (np.empty((2, 4)), r"out has shape \(2, 4\), the result \(8,\)"),
    ([0.0] * 8, "out must be a numpy array (got list)"),
])
def test_evaluate_bad_out(out, message):
    x = np.arange(8.0)  # noqa: F841
    with pytest.raises(ValueError, match=message.replace("(got", r"\(got").replace("list)", r"list\)")
                       .replace("float32)", r"float32\)")):
        libkernels.evaluate("x * 2", out=out)


def test_evaluate_read_only_out():
    x = np.arange(3.0)  # noqa: F841
    out = np.empty(3)
    out.flags.writeable = False
    with pytest.raises(ValueError, match="out is read-only"):
        libkernels.evaluate("x", out=out)


def test_evaluate_partial_overlap_is_the_librarys_error():
    x = np.arange(10.0)
    with pytest.raises(libkernels.InvalidArgumentError,
                       match=r"^kn_expr_eval_strided: out overlaps vars\[0\] \('x'\) without being the same array"):
        libkernels.evaluate("x + 1", {"x": x[1:]}, out=x[:-1])


def test_evaluate_disassemble():
    text = libkernels.disassemble("data + data*5 + 4")
    assert "; 6 registers: 1 input, 2 constants, 3 temporaries (output r5); 3 instructions" in text
    assert "mul      r3, r0, r1" in text


# ------------------------------------------------------------------ errors with the library's sentence
def test_parse_errors():
    x = np.ones(3)  # noqa: F841
    with pytest.raises(libkernels.ParseError) as e:
        libkernels.evaluate("x +")
    assert str(e.value) == "kn_expr_compile: column 4: expected an operand, found end of expression"
    assert e.value.status == "KN_ERR_PARSE" and isinstance(e.value, ValueError)
    with pytest.raises(ValueError, match="^kn_expr_compile: column 1: function 'sinc' is not supported$"):
        libkernels.evaluate("sinc(x)")
    with pytest.raises(libkernels.ParseError,
                       match="^kn_firewall_parse: line 2, column 3: expected ':' after the depth, found 'x'$"):
        libkernels.firewall.parse("0: 3\n1 x\n")


def test_invalid_argument_errors():
    with pytest.raises(libkernels.InvalidArgumentError, match=r"^kn_julia: p->width must be at least 1 \(got -3\)$"):
        libkernels.julia(-3, 10, 5)
    with pytest.raises(ValueError, match=r"^kn_julia: p->max_iter must be non-negative \(got -1\)$"):
        libkernels.julia(10, 10, -1)
    with pytest.raises(ValueError, match=r"^kn_julia: p->x_min \(1\) must be less than p->x_max \(0\)$"):
        libkernels.julia(10, 10, 5, bounds=(1, 0, 0, 1))
    with pytest.raises(ValueError, match=r"^kn_firewall_severity: delay must be non-negative \(got -1\)$"):
        libkernels.firewall.severity([[0, 3]], delay=-1)
    misaligned = np.frombuffer(bytearray(80), dtype=np.float64, offset=1, count=9)
    with pytest.raises(libkernels.InvalidArgumentError, match="^kn_norm_square_f64: x is not aligned to 8 bytes"):
        libkernels.norm_square(misaligned)
    with pytest.raises(ValueError, match="must fit int32"):
        libkernels.julia(2**31, 1, 1)


def test_overflow_errors():
    with pytest.raises(libkernels.KernelsOverflowError,
                       match="^kn_norm_square_i64: the sum of squares of the 2 elements exceeds INT64_MAX$") as e:
        libkernels.norm_square(np.array([2**62, 2**62]))
    assert isinstance(e.value, OverflowError) and e.value.status == "KN_ERR_OVERFLOW"
    with pytest.raises(OverflowError, match="^kn_firewall_severity: the severity at delay 0 exceeds INT64_MAX$"):
        libkernels.firewall.severity([[2**62, 3], [2**62 + 1, 1]])
    with pytest.raises(OverflowError, match="a value does not fit int64"):
        libkernels.norm_square(np.array([2**63], dtype=np.uint64))


def test_backend_errors():
    with pytest.raises(libkernels.InvalidArgumentError,
                       match="^kn_backend_from_name: unknown backend 'nope'; valid names are auto, scalar, simd, omp, "
                             "opencl, cuda$"):
        libkernels.Context("nope")
    with pytest.raises(ValueError, match="^kn_backend_from_name: 'gpu' stands for two backends"):
        libkernels.norm_square(np.ones(2), backend="gpu")
    for b in libkernels.backends():
        if not b.available:
            with pytest.raises(libkernels.UnavailableError, match="^kn_ctx_create: backend unavailable: ") as e:
                libkernels.Context(b.name)
            assert isinstance(e.value, RuntimeError) and b.info in str(e.value)


def test_error_is_read_on_the_failing_thread():
    def fail(width):
        try:
            libkernels.julia(width, 1, 1)
        except libkernels.KernelsError as e:
            return str(e)
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        messages = list(pool.map(fail, range(-1, -201, -1)))
    assert messages == [f"kn_julia: p->width must be at least 1 (got {w})" for w in range(-1, -201, -1)]


# ------------------------------------------------------------------ reductions and scans
def test_norm_square_types():
    assert libkernels.norm_square(np.arange(4, dtype=np.int32)) == 14 and type(libkernels.norm_square([1, 2])) is int
    assert libkernels.norm_square(np.array([True, True])) == 2
    assert libkernels.norm_square(np.arange(4, dtype=np.float32)) == 14.0
    assert type(libkernels.norm_square([1.5])) is float
    assert libkernels.norm_square(np.arange(12.0).reshape(3, 4)[:, ::2]) == float(np.sum(np.arange(12.0)[::2] ** 2))
    assert libkernels.norm_square(np.empty(0)) == 0.0
    with pytest.raises(TypeError, match=r"^norm_square: complex input \(dtype complex128\) is not supported"):
        libkernels.norm_square(np.ones(3, dtype=complex))
    with pytest.raises(TypeError, match="^sum: input of dtype <U1 is not a number array$"):
        libkernels.sum(np.array(["x"]))


def test_dot_shapes():
    assert libkernels.dot([1, 2, 3], np.array([4.0, 5.0, 6.0])) == 32.0
    with pytest.raises(ValueError, match=r"^dot: x and y must have the same shape \(got \(3,\) and \(2,\)\)$"):
        libkernels.dot(np.ones(3), np.ones(2))


def test_scans_out_and_in_place():
    x = np.arange(1.0, 6.0)
    assert np.array_equal(libkernels.prefix_sums(x), np.cumsum(x))
    assert np.array_equal(libkernels.suffix_sums(x), [14.0, 12.0, 9.0, 5.0, 0.0])
    out = np.empty(5)
    assert libkernels.prefix_sums(x, out=out) is out
    assert libkernels.suffix_sums(x, out=x) is x and np.array_equal(x, [14.0, 12.0, 9.0, 5.0, 0.0])
    with pytest.raises(ValueError, match="^suffix_sums: out must be C-contiguous$"):
        libkernels.suffix_sums(np.ones(4), out=np.empty(8)[::2])
    with pytest.raises(ValueError, match=r"^prefix_sums: out has shape \(3,\), the result \(4,\)$"):
        libkernels.prefix_sums(np.ones(4), out=np.empty(3))
    with pytest.raises(libkernels.InvalidArgumentError, match="^kn_prefix_sums_f64: "):
        y = np.arange(10.0)
        libkernels.prefix_sums(y[1:], out=y[:-1])


def test_c_contiguous_float64_input_is_not_copied():
    x = np.arange(4.0)
    assert libkernels._common.as_f64(x, "t") is x
    assert libkernels._common.as_f64(x[::2], "t").flags.c_contiguous


# ------------------------------------------------------------------ Julia and firewall
def test_julia_matches_the_documented_loop():
    w, h, m, c = 7, 5, 40, complex(-0.4, 0.6)
    counts = libkernels.julia(w, h, m, c=c, bounds=(-1.5, 1.5, -1.0, 1.0))
    for j in range(h):
        for i in range(w):
            zr, zi, n = -1.5 + i * (3.0 / w), 1.0 - j * (2.0 / h), 0
            while n < m and zr * zr + zi * zi < 4.0:
                zr, zi, n = (zr * zr - zi * zi) + c.real, 2.0 * zr * zi + c.imag, n + 1
            assert counts[j, i] == n


def test_julia_points_agree_with_the_grid():
    grid = libkernels.julia(40, 30, 100)
    j, i = np.mgrid[0:30, 0:40]
    z = (-1.8 + i * (3.6 / 40)) + 1j * (1.8 - j * (3.6 / 30))
    assert np.array_equal(libkernels.julia_points(z, complex(-0.62772, -0.42193), 100), grid)
    c = np.full(z.shape, complex(-0.62772, -0.42193))
    assert np.array_equal(libkernels.julia_points(z, c, 100), grid)
    with pytest.raises(ValueError, match="c must be one complex number or have z's shape"):
        libkernels.julia_points(z, c[:2], 100)


def test_firewall_details():
    assert libkernels.firewall.parse("").shape == (0, 2)
    assert libkernels.firewall.parse(b"\n 3 :\t7\r\n").tolist() == [[3, 7]]
    layers = [[0, 3], [1, 2], [4, 4], [6, 4]]
    assert libkernels.firewall.severity(np.array(layers, dtype=np.int32), delay=10) == 0
    assert libkernels.firewall.first_safe_delay(layers, max_delay=9) is None
    assert libkernels.firewall.first_safe_delay([[0, 1]]) is None
    with pytest.raises(libkernels.LimitError, match=r"^kn_firewall_first_safe_delay_budget: the budget \(max_candidates = 0\) "
                                                     "ran out at delay 10"):
        libkernels.firewall.first_safe_delay(layers, max_candidates=0)
    assert libkernels.firewall.first_safe_delay(layers, max_candidates=10**6) == 10
    with pytest.raises(ValueError, match="NUL character"):
        libkernels.firewall.parse("0: 3\0")
    with pytest.raises(ValueError, match=r"\(n, 2\) array"):
        libkernels.firewall.severity([1, 2, 3])
    with pytest.raises(OverflowError, match="delay must be in"):
        libkernels.firewall.severity(layers, delay=2**63)


# ------------------------------------------------------------------ contexts
def test_backends_lists_every_backend():
    names = [b.name for b in libkernels.backends()]
    assert names == ["scalar", "simd", "omp", "opencl", "cuda"]
    assert all(b.info.startswith(b.name + ": ") for b in libkernels.backends())
    assert libkernels.backends()[0].available


def test_context_manager_and_backend_argument(backend):
    with libkernels.Context(backend) as ctx:
        assert ctx.backend == backend and repr(ctx) == f"Context({backend!r})"
        assert libkernels.norm_square(np.arange(3.0), backend=ctx) == 5.0
    with pytest.raises(ValueError, match="the context is closed"):
        libkernels.norm_square(np.arange(3.0), backend=ctx)


def test_kernels_backend_selects_the_default_context(tmp_path):
    import subprocess
    import sys
    for name in AVAILABLE:
        r = subprocess.run([sys.executable, "-c", "import libkernels; print(libkernels.default_backend())"],
                           env={"KERNELS_BACKEND": name, "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                           cwd=tmp_path)
        assert r.stdout.strip() == name, r.stderr
    r = subprocess.run([sys.executable, "-c", "import libkernels, numpy\n"
                        "try:\n libkernels.norm_square(numpy.ones(2))\nexcept libkernels.KernelsError as e:\n print(e)"],
                       env={"KERNELS_BACKEND": "bogus"}, capture_output=True, text=True, cwd=tmp_path)
    assert r.stdout.startswith("the default context could not be made: KERNELS_BACKEND: unknown backend 'bogus'; "
                               "valid names are"), r.stdout + r.stderr


# ------------------------------------------------------------------ threads
def test_many_threads_at_once():
    rng = np.random.default_rng(3)
    arrays = [rng.standard_normal(200000) for _ in range(8)]
    expected = [(a * 2 + 1, libkernels.norm_square(a)) for a in arrays]
    start = threading.Barrier(8)

    def work(k):
        start.wait()
        a = arrays[k]
        for _ in range(20):
            r = libkernels.evaluate("a * 2 + 1")
            if not np.array_equal(r, expected[k][0]) or libkernels.norm_square(a) != expected[k][1]:
                return False
        return True
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        assert all(pool.map(work, range(8)))


# ------------------------------------------------------------------ agreement with numpy and numexpr
# IEEE-exact operations: the same bits as numpy's.
EXACT = ["a + b * 5 + 4", "a * b - a / (b + 3)", "where(a > b, a, b) + abs(a)", "sqrt(abs(a)) + floor(b) - ceil(a)",
         "(a > 0) & (b < 1) | (a == b)", "a % 3 - b % -2", "minimum(a, b) + maximum(a, b) + a**2", "2**-1 - -a"]
# The transcendentals (SLEEF's): within 1 ulp of the exact result (numpy's
# own may be 1 ulp off it).
MATH = ["sin(a)", "cos(b)", "tan(a)", "exp(b / 10)", "expm1(b / 10)", "log(abs(a))", "log1p(abs(a))", "log10(abs(b))",
        "arctan2(a, b)", "arctan(a)", "arcsin(b / 16)", "arccos(b / 16)", "sinh(a / 4)", "cosh(a / 4)", "tanh(a)", "a ** 1.5"]
NUMPY = {"where": np.where, "sqrt": np.sqrt, "abs": np.abs, "floor": np.floor, "ceil": np.ceil, "minimum": np.minimum,
         "maximum": np.maximum, "sin": np.sin, "cos": np.cos, "tan": np.tan, "exp": np.exp, "expm1": np.expm1,
         "log": np.log, "log1p": np.log1p, "log10": np.log10, "arctan2": np.arctan2, "arctan": np.arctan,
         "arcsin": np.arcsin, "arccos": np.arccos, "sinh": np.sinh, "cosh": np.cosh, "tanh": np.tanh}


def _inputs():
    rng = np.random.default_rng(11)
    return np.abs(rng.standard_normal(10007) * 4), rng.standard_normal(10007) * 4


def _compare(ours, theirs, ex):
    if ex in EXACT:
        assert np.array_equal(ours.view(np.uint64), theirs.view(np.uint64))
    else:
        np.testing.assert_array_max_ulp(ours, theirs, maxulp=3)


@pytest.mark.parametrize("ex", EXACT + MATH)
def test_agrees_with_numpy(ex):
    a, b = _inputs()
    ours = libkernels.evaluate(ex, {"a": a, "b": b})
    _compare(ours, eval(ex, dict(NUMPY), {"a": a, "b": b}).astype(np.float64), ex)


@pytest.mark.parametrize("ex", EXACT + MATH)
def test_agrees_with_numexpr(ex):
    ne = pytest.importorskip("numexpr")
    a, b = _inputs()
    ours = libkernels.evaluate(ex, {"a": a, "b": b})
    _compare(ours, ne.evaluate(ex, {"a": a, "b": b}).astype(np.float64), ex)


# Every transcendental gives the same bits on every backend, NaNs included
# (the one quiet NaN): SLEEF's finz functions on the CPU, their port on the GPU.
TRANSCENDENTALS = ["sin(a)", "cos(a)", "tan(a)", "arcsin(a)", "arccos(a)", "arctan(a)", "arctan2(a, b)", "sinh(a)",
                   "cosh(a)", "tanh(a)", "arcsinh(a)", "arccosh(a)", "arctanh(a)", "exp(a)", "expm1(a)", "exp2(a)",
                   "log(a)", "log1p(a)", "log10(a)", "log2(a)", "cbrt(a)", "a ** b"]


def _transcendental_inputs():
    rng = np.random.default_rng(16)
    n = 4099
    a = np.concatenate([rng.uniform(-1, 1, n), rng.uniform(-750, 750, n), rng.uniform(-1e6, 1e6, n),
                        rng.integers(0, 2**64, n, dtype=np.uint64).view(np.float64),
                        [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 5e-324, 1.7976931348623157e308]])
    with np.errstate(all="ignore"):
        return a, np.roll(a, 7) * -0.5


@pytest.mark.parametrize("ex", TRANSCENDENTALS)
def test_transcendentals_same_bits_on_every_backend(ex):
    a, b = _transcendental_inputs()
    want = libkernels.evaluate(ex, {"a": a, "b": b}, backend="scalar").view(np.uint64)
    assert len(AVAILABLE) >= 2
    for name in AVAILABLE:
        got = libkernels.evaluate(ex, {"a": a, "b": b}, backend=name).view(np.uint64)
        differ = np.flatnonzero(got != want)
        assert differ.size == 0, f"{ex} on {name}: {differ.size} elements differ from scalar, first at {differ[0]}"
    nans = np.isnan(want.view(np.float64))
    assert nans.any() and np.all(want[nans] == 0x7ff8000000000000)


# ------------------------------------------------------------------ finding the library
def test_library_from_the_package_else_libkernels_library_else_import_error(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    package = os.path.dirname(libkernels.__file__)
    source = tmp_path / "libkernels"
    shutil.copytree(package, source, ignore=shutil.ignore_patterns("*.so", "include", "__pycache__"))
    probe = "import libkernels; print(libkernels.LIBRARY_PATH, int(libkernels.julia(1000, 1000, 300).sum()))"
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    env.pop("LIBKERNELS_LIBRARY", None)
    r = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 1 and "ImportError: libkernels: libkernels.so is not in the package folder" in r.stderr
    assert "LIBKERNELS_LIBRARY is not set" in r.stderr
    env["LIBKERNELS_LIBRARY"] = libkernels.LIBRARY_PATH
    r = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert r.stdout.split() == [libkernels.LIBRARY_PATH, "33219980"], r.stderr
    env["LIBKERNELS_LIBRARY"] = str(tmp_path / "missing.so")
    r = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert f"ImportError: libkernels: cannot load {tmp_path / 'missing.so'}" in r.stderr


def test_the_package_carries_the_header():
    import os
    with open(os.path.join(libkernels.get_include(), "kernels.h"), encoding="utf-8") as f:
        assert "kn_status kn_expr_eval(" in f.read()
