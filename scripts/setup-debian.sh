#!/bin/sh
# Installs the Debian 12 packages libkernels builds, tests and benchmarks with,
# and the Python virtual environment .venv (at the repository's root) that
# the Python package is built, tested and benchmarked in.
# ninja-build lets pip build the Python package in parallel.
# Optional ones (CUDA's nvcc) are used when present and never required.
#   scripts/setup-debian.sh         build, test, benchmark
#   scripts/setup-debian.sh --dev   also clang, libomp, valgrind, cppcheck, clang-tidy
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PKGS="build-essential cmake pkg-config libhwy-dev libcmocka-dev libopenblas-dev \
ocl-icd-opencl-dev opencl-headers pocl-opencl-icd clinfo libpng-dev ninja-build python3-venv \
libsleef-dev libmpfr-dev openmpi-bin libopenmpi-dev"
# --dev: what CI's sanitizer, fuzzing and static-analysis steps add.
if [ "${1:-}" = "--dev" ]; then
  PKGS="$PKGS clang libomp-dev libclang-rt-14-dev valgrind cppcheck clang-tidy"
fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup-debian: installing$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

# The Python package (python/): a virtual environment with scikit-build-core
# (the build backend), numpy (its one dependency), pytest, and numexpr and
# numba (the tests and python -m libkernels.bench compare with them), dask
# (libkernels.dask's helpers and their tests). pip
# runs only when one is missing.
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"
PY_PKGS="scikit-build-core numpy pytest numexpr numba dask"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if ! "$venv/bin/python" -c "import importlib.util as u, sys
sys.exit(any(u.find_spec(m) is None for m in ('scikit_build_core', 'numpy', 'pytest', 'numexpr', 'numba', 'dask')))"; then
  echo "setup-debian: pip-installing into $venv: $PY_PKGS"
  "$venv/bin/python" -m pip install -q $PY_PKGS
fi
