/* What the API entry points share: the context to run on, backend lookup. */
#ifndef KN_CORE_DISPATCH_H
#define KN_CORE_DISPATCH_H

#include "backend.h"

/* The context a call runs on: ctx itself, or the default context (created
 * on first use); fails with the default context's error if it has none. */
kn_status kn_ctx_resolve(kn_ctx *ctx, kn_ctx **out);

/* Records "<fn>: <arg> is NULL" and returns KN_ERR_INVALID_ARG. */
kn_status kn_null_arg(const char *fn, const char *arg);

/* KN_OK if p is a multiple of align; else records "<fn>: <arg> is not
 * aligned to <align> bytes (address <p>)" and returns KN_ERR_INVALID_ARG.
 * The kernels read and write through typed pointers, and a misaligned one
 * is undefined behaviour in C (and faults on some CPUs and devices). */
kn_status kn_check_aligned(const char *fn, const char *arg, const void *p, size_t align);

const char *kn_backend_unavailable_reason(kn_backend b);
kn_backend kn_backend_best(void);

#endif
