#include "error.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

kn_status kn_fail_as(kn_status s, const char *from, const char *to)
{
    size_t len = strlen(from);
    if (strncmp(last_error, from, len) != 0 || last_error[len] != ':' || strcmp(from, to) == 0) return s;
    char rest[KN_ERROR_MAX];
    memcpy(rest, last_error + len, sizeof rest - len);
    return kn_fail(s, "%s%s", to, rest);
}

void kn_error_save(kn_error_saved *saved) { memcpy(saved->text, last_error, sizeof last_error); }

void kn_error_restore(const kn_error_saved *saved) { memcpy(last_error, saved->text, sizeof last_error); }

struct interned {
    struct interned *next;
    char s[];
};
static struct interned *interned_head;
static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;

const char *kn_intern(const char *s)
{
    pthread_mutex_lock(&intern_lock);
    struct interned *it = interned_head;
    while (it && strcmp(it->s, s) != 0) it = it->next;
    if (!it) {
        size_t len = strlen(s);
        it = malloc(sizeof *it + len + 1);
        if (it) {
            memcpy(it->s, s, len + 1);
            it->next = interned_head;
            interned_head = it;
        }
    }
    pthread_mutex_unlock(&intern_lock);
    return it ? it->s : "out of memory for this description";
}

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
