"""python -m libkernels.demo: the backends, then the Julia and expression
golden cases (tests/goldens.h) on the default context; exit status 1 if a
value differs."""
import sys

import numpy as np

import libkernels

JULIA_GOLDEN = 33219980          # tests/goldens.h KN_GOLDEN_JULIA_SUM
EXPR_GOLDEN = 3000001000000.0    # tests/goldens.h KN_GOLDEN_EXPR_SUM


def main():
    print(f"libkernels {libkernels.__version__} from {libkernels.LIBRARY_PATH}")
    for b in libkernels.backends():
        print(f"  {'yes' if b.available else 'no ':3}  {b.info}")
    print(f"default context (backend=None): {libkernels.default_backend()}")
    julia_sum = int(libkernels.julia(1000, 1000, 300).sum())
    print(f"julia 1000x1000/300 sum of counts: {julia_sum} (golden {JULIA_GOLDEN})")
    data = np.arange(1e6)  # noqa: F841  (evaluate reads it from this frame)
    expr_sum = float(libkernels.evaluate("data + data * 5 + 4").sum())
    print(f"data + data * 5 + 4 over 0..999999, sum: {expr_sum:.0f} (golden {EXPR_GOLDEN:.0f})")
    ok = julia_sum == JULIA_GOLDEN and expr_sum == EXPR_GOLDEN
    print("ok" if ok else "MISMATCH")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
