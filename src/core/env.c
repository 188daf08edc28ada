#include "env.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"

static int is_blank(const char *s)
{
    while (isspace((unsigned char)*s)) s++;
    return *s == '\0';
}

/* Whole-string decimal in [1, max]. */
static int parse_positive(const char *s, int max, int *out)
{
    while (isspace((unsigned char)*s)) s++;
    if (!isdigit((unsigned char)*s)) return 0;
    errno = 0;
    char *end;
    long v = strtol(s, &end, 10);
    while (isspace((unsigned char)*end)) end++;
    if (errno || *end || v < 1 || v > max) return 0;
    *out = (int)v;
    return 1;
}

kn_status kn_env_positive_int(const char *name, int max, int *out)
{
    const char *v = getenv(name);
    if (!v || is_blank(v)) return KN_OK;
    if (parse_positive(v, max, out)) return KN_OK;
    return kn_fail(KN_ERR_INVALID_ARG, "%s='%s' is invalid: expected an integer from 1 to %d", name, v, max);
}

static const char *const sched_names[] = {"static", "dynamic", "guided"};

const char *kn_schedule_name(kn_schedule s) { return sched_names[s]; }

kn_status kn_env_schedule(const char *name, kn_schedule *kind, int *chunk)
{
    const char *v = getenv(name);
    if (!v || is_blank(v)) return KN_OK;
    const char *comma = strchr(v, ',');
    size_t len = comma ? (size_t)(comma - v) : strlen(v);
    while (len && isspace((unsigned char)v[len - 1])) len--;
    const char *word = v;
    while (isspace((unsigned char)*word)) word++, len--;
    for (int k = 0; k < 3; k++) {
        if (strlen(sched_names[k]) != len || strncasecmp(word, sched_names[k], len) != 0) continue;
        int c = 0;
        if (comma && !parse_positive(comma + 1, 1 << 30, &c)) break;
        *kind = (kn_schedule)k;
        *chunk = c;
        return KN_OK;
    }
    return kn_fail(KN_ERR_INVALID_ARG,
                   "%s='%s' is invalid: expected static, dynamic or guided, optionally followed by ,CHUNK "
                   "with CHUNK a positive integer (e.g. 'guided,4')",
                   name, v);
}
