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

/* Gives the last error the name of the public function that was called:
 * code shared by several entry points names one of them (`from`), and the
 * entry point renames a leading "from:" to "to:". Returns s. */
kn_status kn_fail_as(kn_status s, const char *from, const char *to);

/* This thread's last error, copied out and back, so that a query which runs
 * code that may record errors (kn_backend_info, kn_backend_available)
 * leaves it as it was. */
typedef struct {
    char text[KN_ERROR_MAX];
} kn_error_saved;
void kn_error_save(kn_error_saved *saved);
void kn_error_restore(const kn_error_saved *saved);

/* A copy of s kept for the life of the process, one per distinct text, for
 * strings handed out as static (reasons, info lines); a fixed sentence if
 * memory runs out. Thread-safe. */
const char *kn_intern(const char *s);

#ifdef __cplusplus
}
#endif

#endif
