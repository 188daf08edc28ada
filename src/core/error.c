#include "error.h"

#include <stdarg.h>
#include <stdio.h>

#define KN_ERROR_MAX 2048

static _Thread_local char last_error[KN_ERROR_MAX];

kn_status kn_fail(kn_status s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return s;
}

const char *kn_last_error(void) { return last_error; }

const char *kn_status_str(kn_status s)
{
    switch (s) {
    case KN_OK: return "KN_OK";
    case KN_ERR_INVALID_ARG: return "KN_ERR_INVALID_ARG";
    case KN_ERR_UNAVAILABLE: return "KN_ERR_UNAVAILABLE";
    case KN_ERR_NO_MEMORY: return "KN_ERR_NO_MEMORY";
    case KN_ERR_PARSE: return "KN_ERR_PARSE";
    case KN_ERR_OVERFLOW: return "KN_ERR_OVERFLOW";
    case KN_ERR_NOT_FOUND: return "KN_ERR_NOT_FOUND";
    case KN_ERR_DEVICE: return "KN_ERR_DEVICE";
    case KN_ERR_LIMIT: return "KN_ERR_LIMIT";
    }
    return "unknown status";
}
