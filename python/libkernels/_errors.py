"""kn_status values as Python exceptions carrying kn_last_error()'s sentence.

Each class is also the built-in exception a Python user would catch for
that kind of failure: a bad argument is a ValueError, a parse error a
ValueError, an unavailable backend or a device failure a RuntimeError, an
allocation failure a MemoryError, an int64 overflow an OverflowError.
"""
from ._lib import lib

KN_OK = 0
KN_ERR_INVALID_ARG = 1
KN_ERR_UNAVAILABLE = 2
KN_ERR_NO_MEMORY = 3
KN_ERR_PARSE = 4
KN_ERR_OVERFLOW = 5
KN_ERR_NOT_FOUND = 6
KN_ERR_DEVICE = 7
KN_ERR_LIMIT = 8


class KernelsError(Exception):
    """A libkernels call failed. str(e) is kn_last_error()'s sentence
    (e.g. "kn_julia: p->width must be positive (got -3)"); e.status is the
    kn_status name (e.g. "KN_ERR_INVALID_ARG")."""

    def __init__(self, message, status="KN_ERR_INVALID_ARG"):
        super().__init__(message)
        self.status = status


class InvalidArgumentError(KernelsError, ValueError):
    """KN_ERR_INVALID_ARG: a bad size, value, alignment or overlap."""


class UnavailableError(KernelsError, RuntimeError):
    """KN_ERR_UNAVAILABLE: the backend asked for is not built or not usable here."""


class KernelsMemoryError(KernelsError, MemoryError):
    """KN_ERR_NO_MEMORY: an allocation failed; nothing was changed."""


class ParseError(KernelsError, ValueError):
    """KN_ERR_PARSE: malformed firewall text or expression; the message names
    the line or column, what was found and what was expected."""


class KernelsOverflowError(KernelsError, OverflowError):
    """KN_ERR_OVERFLOW: an exact integer result does not fit int64."""


class NotFoundError(KernelsError, LookupError):
    """KN_ERR_NOT_FOUND: a search found no answer in its range."""


class DeviceError(KernelsError, RuntimeError):
    """KN_ERR_DEVICE: an OpenCL or CUDA runtime call failed."""


class LimitError(KernelsError, RuntimeError):
    """KN_ERR_LIMIT: a work budget ran out before an answer."""


_BY_STATUS = {
    KN_ERR_INVALID_ARG: InvalidArgumentError,
    KN_ERR_UNAVAILABLE: UnavailableError,
    KN_ERR_NO_MEMORY: KernelsMemoryError,
    KN_ERR_PARSE: ParseError,
    KN_ERR_OVERFLOW: KernelsOverflowError,
    KN_ERR_NOT_FOUND: NotFoundError,
    KN_ERR_DEVICE: DeviceError,
    KN_ERR_LIMIT: LimitError,
}


def error_for(status):
    """The exception for a failed call's status. Must run on the thread that
    made the call, before any other libkernels call: kn_last_error() is
    per thread and overwritten by the next failure."""
    message = lib.kn_last_error().decode("utf-8", "replace")
    name = lib.kn_status_str(status).decode()
    return _BY_STATUS.get(status, KernelsError)(message, name)


def check(status):
    if status:
        raise error_for(status)
