/* Contexts, the default context and KERNELS_BACKEND / KERNELS_VERBOSE. */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dispatch.h"
#include "error.h"

#define LIST_MAX 16

/* One KERNELS_BACKEND entry: a backend, and whether only a GPU device of
 * it counts ("gpu"). */
typedef struct {
    kn_backend b;
    int gpu_only;
} choice;

/* Appends the entries a KERNELS_BACKEND name stands for. */
static kn_status expand_token(const char *tok, choice *list, int *n, char *why, size_t cap)
{
    int b = kn_backend_lookup(tok);
    if (b == KN_NAME_GPU) {
        list[(*n)++] = (choice){KN_CUDA, 1};
        list[(*n)++] = (choice){KN_OPENCL, 1};
        return KN_OK;
    }
    if (b == KN_NAME_UNKNOWN) {
        snprintf(why, cap,
                 "KERNELS_BACKEND: unknown backend '%s'; valid names are auto, scalar, simd, omp, opencl, cuda, gpu "
                 "(or a comma list of them)",
                 tok);
        return KN_ERR_INVALID_ARG;
    }
    list[(*n)++] = (choice){b == KN_AUTO ? kn_backend_best() : (kn_backend)b, 0};
    return KN_OK;
}

/* Every name is checked before any is used, so a typo late in the list is
 * reported even when an earlier backend is available. */
static kn_status backend_from_env(const char *env, kn_backend *out, char *why, size_t cap)
{
    choice list[2 * LIST_MAX];
    int n = 0, tokens = 0;
    char buf[256];
    size_t len = strlen(env);
    if (len >= sizeof buf) {
        snprintf(why, cap, "KERNELS_BACKEND is too long (%zu characters)", len);
        return KN_ERR_INVALID_ARG;
    }
    memcpy(buf, env, len + 1);
    char *tok = buf;
    while (isspace((unsigned char)*tok)) tok++;
    if (*tok) /* blank means unset: auto */
        for (;;) {
            char *comma = strchr(tok, ','), *e;
            if (comma) *comma = '\0';
            while (isspace((unsigned char)*tok)) tok++;
            for (e = tok + strlen(tok); e > tok && isspace((unsigned char)e[-1]);) *--e = '\0';
            if (++tokens > LIST_MAX) {
                snprintf(why, cap, "KERNELS_BACKEND lists more than %d names", LIST_MAX);
                return KN_ERR_INVALID_ARG;
            }
            if (!*tok) {
                snprintf(why, cap, "KERNELS_BACKEND='%s' has an empty name in its list", env);
                return KN_ERR_INVALID_ARG;
            }
            kn_status st = expand_token(tok, list, &n, why, cap);
            if (st) return st;
            if (!comma) break;
            tok = comma + 1;
        }
    if (n == 0) {
        *out = kn_backend_best();
        return KN_OK;
    }
    char reasons[1536] = "";
    size_t used = 0;
    for (int i = 0; i < n; i++) {
        const char *r = list[i].gpu_only ? kn_backend_gpu_unavailable_reason(list[i].b)
                                         : kn_backend_unavailable_reason(list[i].b);
        if (!r) {
            *out = list[i].b;
            return KN_OK;
        }
        if (used < sizeof reasons)
            used += (size_t)snprintf(reasons + used, sizeof reasons - used, "%s%s", i ? "; " : "", r);
    }
    snprintf(why, cap, "KERNELS_BACKEND='%s': no listed backend is available: %s", env, reasons);
    return KN_ERR_UNAVAILABLE;
}

kn_status kn_auto_backend(kn_backend *out, char *why, size_t cap)
{
    const char *env = getenv("KERNELS_BACKEND");
    return backend_from_env(env ? env : "", out, why, cap);
}

static kn_status ctx_init(kn_ctx *ctx, kn_backend b)
{
    if (b == KN_AUTO) {
        char why[KN_ERROR_MAX];
        kn_status st = kn_auto_backend(&b, why, sizeof why);
        if (st) return kn_fail(st, "%s", why);
    } else if ((unsigned)b >= KN_BACKEND_COUNT) {
        return kn_fail(KN_ERR_INVALID_ARG, "b is not a kn_backend value (got %d)", (int)b);
    } else {
        const char *why = kn_backend_unavailable_reason(b);
        if (why) return kn_fail(KN_ERR_UNAVAILABLE, "backend unavailable: %s", why);
    }
    ctx->ops = kn_backend_ops_get(b);
    ctx->state = NULL;
    ctx->prims_ctx = ctx;
    return ctx->ops->ctx_init ? ctx->ops->ctx_init(ctx) : KN_OK;
}

/* KERNELS_VERBOSE=1: one line per context the application makes. */
static void say_using(const kn_ctx *ctx)
{
    const char *verbose = getenv("KERNELS_VERBOSE");
    if (verbose && strcmp(verbose, "1") == 0)
        fprintf(stderr, "libkernels: using %s\n", ctx->ops->info()); // NOLINT(clang-analyzer-core.NullDereference): a made context has its ops
}

kn_status kn_ctx_new(kn_ctx **ctx, kn_backend b)
{
    *ctx = NULL;
    kn_ctx *c = malloc(sizeof *c);
    if (!c) return kn_fail(KN_ERR_NO_MEMORY, "out of memory");
    kn_status st = ctx_init(c, b);
    if (st) {
        free(c);
        return st;
    }
    *ctx = c;
    return KN_OK;
}

kn_status kn_ctx_create(kn_ctx **ctx, kn_backend b)
{
    if (!ctx) return kn_fail(KN_ERR_INVALID_ARG, "kn_ctx_create: ctx is NULL");
    kn_status st = kn_ctx_new(ctx, b);
    if (st) {
        kn_error_saved why;
        kn_error_save(&why);
        return kn_fail(st, "kn_ctx_create: %s", why.text);
    }
    say_using(*ctx);
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
static char default_error[KN_ERROR_MAX];
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void default_init(void)
{
    default_status = ctx_init(&default_ctx, KN_AUTO);
    if (default_status) snprintf(default_error, sizeof default_error, "%s", kn_last_error());
    else say_using(&default_ctx);
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
