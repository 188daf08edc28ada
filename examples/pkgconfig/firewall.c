/* Reads an Advent of Code 2017 day 13 firewall from a file (or the puzzle's
 * example) and prints both answers, on the backend KERNELS_BACKEND selects. */
#include <stdio.h>
#include <stdlib.h>

#include <kernels.h>

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t len = 0, cap = 0, got;
    do {
        if (len + 4096 + 1 > cap && !(buf = realloc(buf, cap = 2 * cap + 4096 + 1))) break;
        got = fread(buf + len, 1, cap - len - 1, f);
        len += got;
    } while (got > 0);
    fclose(f);
    if (buf) buf[len] = '\0';
    return buf;
}

int main(int argc, char **argv)
{
    char *text = argc > 1 ? read_all(argv[1]) : NULL;
    if (argc > 1 && !text) return fprintf(stderr, "cannot read %s\n", argv[1]), 1;
    kn_layer *layers;
    size_t n;
    kn_status st = kn_firewall_parse(text ? text : "0: 3\n1: 2\n4: 4\n6: 4\n", &layers, &n);
    free(text);
    if (st) return fprintf(stderr, "%s: %s\n", kn_status_str(st), kn_last_error()), 1;

    int64_t severity, delay;
    if ((st = kn_firewall_severity(NULL, layers, n, 0, &severity)) ||
        (st = kn_firewall_first_safe_delay(NULL, layers, n, INT64_MAX, &delay))) {
        fprintf(stderr, "%s: %s\n", kn_status_str(st), kn_last_error());
        kn_free(layers);
        return 1;
    }
    printf("backend %s: %zu layers, severity %lld, first safe delay %lld\n", kn_backend_name(kn_ctx_backend(NULL)),
           n, (long long)severity, (long long)delay);
    kn_free(layers);
    return 0;
}
