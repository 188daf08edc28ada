/* Thread-local error reporting shared by the core and every backend. */
#ifndef KN_CORE_ERROR_H
#define KN_CORE_ERROR_H

#include "kernels.h"

#if defined(__GNUC__)
#define KN_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define KN_PRINTF(f, a)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The longest sentence kept, in bytes with the terminating NUL. */
#define KN_ERROR_MAX 2048

/* Records a printf-style sentence as this thread's last error; returns s so
 * that callers can write `return kn_fail(KN_ERR_INVALID_ARG, ...)`. */
kn_status kn_fail(kn_status s, const char *fmt, ...) KN_PRINTF(2, 3);

#ifdef __cplusplus
}
#endif

#endif
