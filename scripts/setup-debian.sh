#!/bin/sh
# Installs the Debian 12 packages libkernels builds, tests and benchmarks with.
# Optional ones (CUDA's nvcc) are used when present and never required.
#   scripts/setup-debian.sh         build, test, benchmark
#   scripts/setup-debian.sh --dev   also clang, libomp, valgrind, cppcheck, clang-tidy
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PKGS="build-essential cmake pkg-config libhwy-dev libcmocka-dev libopenblas-dev \
ocl-icd-opencl-dev opencl-headers pocl-opencl-icd clinfo libpng-dev"
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
