/* Parsing of the numeric/keyword environment variables (the table of
 * README.md, "Backends and environment").
 * Errors name the variable and the accepted values. */
#ifndef KN_CORE_ENV_H
#define KN_CORE_ENV_H

#include "kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { KN_SCHED_STATIC, KN_SCHED_DYNAMIC, KN_SCHED_GUIDED } kn_schedule;

/* *out = the variable as an integer in [1, max]; untouched if it is unset
 * or empty. KN_ERR_INVALID_ARG otherwise. */
kn_status kn_env_positive_int(const char *name, int max, int *out);

/* "static", "dynamic" or "guided", optionally ",CHUNK" (CHUNK >= 1);
 * *chunk = 0 when no chunk is given. Untouched if unset or empty. */
kn_status kn_env_schedule(const char *name, kn_schedule *kind, int *chunk);

const char *kn_schedule_name(kn_schedule s);

#ifdef __cplusplus
}
#endif

#endif
