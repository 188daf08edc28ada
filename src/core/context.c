/* Contexts, the default context and KERNELS_BACKEND / KERNELS_VERBOSE. */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dispatch.h"
#include "error.h"

#define LIST_MAX 16

/* Appends the backends a KERNELS_BACKEND token stands for. */
static kn_status expand_token(const char *tok, kn_backend *list, int *n)
{
    if (strcasecmp(tok, "gpu") == 0) {
        list[(*n)++] = KN_CUDA;
        list[(*n)++] = KN_OPENCL;
        return KN_OK;
    }
    kn_backend b;
    if (kn_backend_from_name(tok, &b) != KN_OK)
        return kn_fail(KN_ERR_INVALID_ARG,
                       "KERNELS_BACKEND: unknown backend '%s'; valid names are auto, scalar, simd, omp, "
                       "opencl, cuda, gpu (or a comma list of them)",
                       tok);
    list[(*n)++] = b == KN_AUTO ? kn_backend_best() : b;
    return KN_OK;
}

/* Every name is checked before any is used, so a typo late in the list is
 * reported even when an earlier backend is available. */
static kn_status backend_from_env(const char *env, kn_backend *out)
{
    kn_backend list[2 * LIST_MAX];
    int n = 0, tokens = 0;
    char buf[256];
    size_t len = strlen(env);
    if (len >= sizeof buf) return kn_fail(KN_ERR_INVALID_ARG, "KERNELS_BACKEND is too long (%zu characters)", len);
    memcpy(buf, env, len + 1);
    char *tok = buf;
    while (isspace((unsigned char)*tok)) tok++;
    if (*tok) /* blank means unset: auto */
        for (;;) {
            char *comma = strchr(tok, ','), *e;
            if (comma) *comma = '\0';
            while (isspace((unsigned char)*tok)) tok++;
            for (e = tok + strlen(tok); e > tok && isspace((unsigned char)e[-1]);) *--e = '\0';
            if (++tokens > LIST_MAX) return kn_fail(KN_ERR_INVALID_ARG, "KERNELS_BACKEND lists more than %d names", LIST_MAX);
            if (!*tok) return kn_fail(KN_ERR_INVALID_ARG, "KERNELS_BACKEND='%s' has an empty name in its list", env);
            kn_status st = expand_token(tok, list, &n);
            if (st) return st;
            if (!comma) break;
            tok = comma + 1;
        }
    if (n == 0) {
        *out = kn_backend_best();
        return KN_OK;
    }
    char why[1536] = "";
    size_t used = 0;
    for (int i = 0; i < n; i++) {
        const char *r = kn_backend_unavailable_reason(list[i]);
        if (!r) {
            *out = list[i];
            return KN_OK;
        }
        if (used < sizeof why)
            used += (size_t)snprintf(why + used, sizeof why - used, "%s%s", i ? "; " : "", r);
    }
    return kn_fail(KN_ERR_UNAVAILABLE, "KERNELS_BACKEND='%s': no listed backend is available: %s", env, why);
}

static kn_status ctx_init(kn_ctx *ctx, kn_backend b)
{
    if (b == KN_AUTO) {
        const char *env = getenv("KERNELS_BACKEND");
        kn_status st = backend_from_env(env ? env : "", &b);
        if (st) return st;
    } else if ((unsigned)b >= KN_BACKEND_COUNT) {
        return kn_fail(KN_ERR_INVALID_ARG, "kn_ctx_create: b is not a kn_backend value (got %d)", (int)b);
    }
    const char *why = kn_backend_unavailable_reason(b);
    if (why) return kn_fail(KN_ERR_UNAVAILABLE, "backend unavailable: %s", why);
    ctx->ops = kn_backend_ops_get(b);
    ctx->state = NULL;
    if (ctx->ops->ctx_init) {
        kn_status st = ctx->ops->ctx_init(ctx);
        if (st) return st;
    }
    const char *verbose = getenv("KERNELS_VERBOSE");
    if (verbose && strcmp(verbose, "1") == 0) fprintf(stderr, "libkernels: using %s\n", ctx->ops->info());
    return KN_OK;
}

kn_status kn_ctx_create(kn_ctx **ctx, kn_backend b)
{
    if (!ctx) return kn_fail(KN_ERR_INVALID_ARG, "kn_ctx_create: ctx is NULL");
    *ctx = NULL;
    kn_ctx *c = malloc(sizeof *c);
    if (!c) return kn_fail(KN_ERR_NO_MEMORY, "kn_ctx_create: out of memory");
    kn_status st = ctx_init(c, b);
    if (st) {
        free(c);
        return st;
    }
    *ctx = c;
    return KN_OK;
}

void kn_ctx_destroy(kn_ctx *ctx)
{
    if (!ctx) return;
    if (ctx->ops->ctx_fini) ctx->ops->ctx_fini(ctx);
    free(ctx);
}

static kn_ctx default_ctx;
static kn_status default_status;
static char default_error[2048];
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void default_init(void)
{
    default_status = ctx_init(&default_ctx, KN_AUTO);
    if (default_status) snprintf(default_error, sizeof default_error, "%s", kn_last_error());
}

kn_status kn_ctx_resolve(kn_ctx *ctx, kn_ctx **out)
{
    if (ctx) {
        *out = ctx;
        return KN_OK;
    }
    pthread_once(&default_once, default_init);
    if (default_status)
        return kn_fail(default_status, "the default context could not be made: %s", default_error);
    *out = &default_ctx;
    return KN_OK;
}

kn_backend kn_ctx_backend(const kn_ctx *ctx)
{
    kn_ctx *c = NULL;
    return kn_ctx_resolve((kn_ctx *)ctx, &c) == KN_OK && c ? c->ops->id : KN_AUTO;
}
