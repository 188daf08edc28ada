/* What the API entry points share: the context to run on, backend lookup. */
#ifndef KN_CORE_DISPATCH_H
#define KN_CORE_DISPATCH_H

#include "backend.h"

/* The context a call runs on: ctx itself, or the default context (created
 * on first use); fails with the default context's error if it has none. */
kn_status kn_ctx_resolve(kn_ctx *ctx, kn_ctx **out);

/* Records "<fn>: <arg> is NULL" and returns KN_ERR_INVALID_ARG. */
kn_status kn_null_arg(const char *fn, const char *arg);

const char *kn_backend_unavailable_reason(kn_backend b);
kn_backend kn_backend_best(void);

#endif
