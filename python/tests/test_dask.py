"""libkernels.dask: bit-identical to the single-process call for any
chunking (chunks on, next to and far from the 2048-element blocks, single
elements, one chunk), where dask.array's own sum is not."""
import numpy as np
import pytest

da = pytest.importorskip("dask.array")
import libkernels  # noqa: E402
import libkernels.dask as kd  # noqa: E402

N = 300_001
CHUNKINGS = [N, 2048, 2047, 2049, 100_000, 123_457, (1, 2047, 2, 4096, N - 6146), 1000, 65_536]


def _mixed(n, seed):
    rng = np.random.default_rng(seed)
    return rng.uniform(1, 2, n) * np.exp2(rng.integers(-20, 21, n)) * rng.choice([-1.0, 1.0], n)


@pytest.fixture(scope="module")
def data():
    return _mixed(N, 1), _mixed(N, 2)


def _bits(v):
    return np.float64(v).tobytes()


@pytest.mark.parametrize("chunks", CHUNKINGS, ids=str)
def test_reductions_same_bits_any_chunking(data, chunks):
    x, y = data
    dx, dy = da.from_array(x, chunks=chunks), da.from_array(y, chunks=chunks)
    assert _bits(kd.norm_square(dx).compute()) == _bits(libkernels.norm_square(x))
    assert _bits(kd.sum(dx).compute()) == _bits(libkernels.sum(x))
    assert _bits(kd.dot(dx, dy).compute()) == _bits(libkernels.dot(x, y))


def test_dask_own_sum_depends_on_chunking(data):
    """What the module fixes: dask.array.sum's bits change with the chunks."""
    x, _ = data
    sums = {_bits(da.from_array(x, chunks=c).sum().compute()) for c in CHUNKINGS}
    assert len(sums) > 1
    assert {_bits(kd.sum(da.from_array(x, chunks=c)).compute()) for c in CHUNKINGS} == {_bits(libkernels.sum(x))}


def test_dot_rechunks_y_and_2d_is_flat(data):
    x, y = data
    dx, dy = da.from_array(x, chunks=5000), da.from_array(y, chunks=7777)
    assert _bits(kd.dot(dx, dy).compute()) == _bits(libkernels.dot(x, y))
    m = x[:300_000].reshape(600, 500)
    assert _bits(kd.norm_square(da.from_array(m, chunks=(77, 130))).compute()) == _bits(libkernels.norm_square(m))


def test_empty_and_backend(data):
    x, _ = data
    assert kd.sum(da.from_array(np.zeros(0), chunks=1)).compute() == 0.0
    dx = da.from_array(x, chunks=33_333)
    assert _bits(kd.sum(dx, backend="scalar").compute()) == _bits(libkernels.sum(x))


def test_evaluate_map_blocks(data):
    x, y = data
    got = kd.evaluate("2*a + b*b - 4", a=da.from_array(x, chunks=10_007), b=da.from_array(y, chunks=4096))
    want = libkernels.evaluate("2*a + b*b - 4", local_dict={"a": x, "b": y})
    assert isinstance(got, da.Array)
    assert got.compute().tobytes() == want.tobytes()
    scaled = kd.evaluate("a * k", a=da.from_array(x, chunks=999), k=3.0).compute()
    assert scaled.tobytes() == (x * 3.0).tobytes()


def test_errors(data):
    x, y = data
    with pytest.raises(TypeError, match="expected a dask.array.Array"):
        kd.sum(x)
    with pytest.raises(ValueError, match="different lengths"):
        kd.dot(da.from_array(x, chunks=1000), da.from_array(y[:10], chunks=5))
    with pytest.raises(ValueError, match="no dask array"):
        kd.evaluate("a + 1", a=1.0)


@pytest.mark.parametrize("chunks", [1000, 2047, 65_536, 300_001], ids=str)
def test_norm_square_int_is_exact(chunks):
    """As libkernels.norm_square: the exact int for integer input, not a
    float64 sum."""
    rng = np.random.default_rng(5)
    x = rng.integers(-(2**20), 2**20, 300_001) + 2**22  # squares past 2**53: float64 would round
    got = kd.norm_square(da.from_array(x, chunks=chunks)).compute()
    assert got == libkernels.norm_square(x)
    assert isinstance(got, (int, np.integer))
    b = np.array([True, False, True] * 1000)
    assert kd.norm_square(da.from_array(b, chunks=7)).compute() == libkernels.norm_square(b) == 2000


def test_norm_square_int_overflow():
    x = np.full(4, 2**31 + 1, dtype=np.int64)  # each square fits int64, their sum does not
    with pytest.raises(OverflowError) as single:
        libkernels.norm_square(x)
    with pytest.raises(OverflowError) as chunked:
        kd.norm_square(da.from_array(x, chunks=1)).compute()
    assert str(chunked.value) == str(single.value)
    assert type(chunked.value) is type(single.value)
    big = np.full(3, 2**32, dtype=np.int64)  # one square already overflows
    with pytest.raises(OverflowError, match="the sum of squares of the 3 elements exceeds INT64_MAX"):
        kd.norm_square(da.from_array(big, chunks=2)).compute()


def test_evaluate_rejects_numpy_array(data):
    x, y = data
    with pytest.raises(TypeError, match="'b' is a ndarray of shape \\(300001,\\), not a dask array or a scalar"):
        kd.evaluate("a + b", a=da.from_array(x, chunks=1000), b=y)
    assert kd.evaluate("a * k", a=da.from_array(x[:10], chunks=3), k=np.float64(2.0)).compute().tobytes() == \
        (x[:10] * 2.0).tobytes()
