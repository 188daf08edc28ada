"""Shared fixtures: the golden cases of tests/goldens.h and the backends."""
import os
import re

import pytest

import libkernels

GOLDENS_H = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "goldens.h")


def _goldens():
    """The #define values of tests/goldens.h, the table every C test reads."""
    with open(GOLDENS_H, encoding="utf-8") as f:
        return {m.group(1): m.group(2) for m in re.finditer(r"^#define (KN_GOLDEN_\w+) (.+)$", f.read(), re.M)}


@pytest.fixture(scope="session")
def goldens():
    return _goldens()


AVAILABLE = [b.name for b in libkernels.backends() if b.available]


@pytest.fixture(params=AVAILABLE)
def backend(request):
    return request.param
