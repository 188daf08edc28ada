/* Output of kernels-bench: a table for people, --json or --csv for
 * machines (nothing else on stdout then), and an optional SVG chart. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

static int json_rows;

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; s && *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') fprintf(f, "\\%c", ch);
        else if (ch == '\n') fputs("\\n", f);
        else if (ch == '\t') fputs("\\t", f);
        else if (ch < 0x20) fprintf(f, "\\u%04x", ch);
        else fputc(ch, f);
    }
    fputc('"', f);
}

/* A number, or null for "none" (negative) and non-finite values. */
static void json_num(FILE *f, double v, int none_if_negative)
{
    if (!isfinite(v) || (none_if_negative && v < 0)) fputs("null", f);
    else fprintf(f, "%.9g", v);
}

static void csv_str(FILE *f, const char *s)
{
    if (s && !strpbrk(s, ",\"\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; s && *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void csv_num(FILE *f, double v)
{
    if (isfinite(v) && v >= 0) fprintf(f, "%.9g", v);
}

static const char *fmt_ms(double s, char *buf, size_t len)
{
    double ms = s * 1e3;
    if (ms >= 100) snprintf(buf, len, "%.1f", ms);
    else if (ms >= 1) snprintf(buf, len, "%.3f", ms);
    else if (ms >= 0.001) snprintf(buf, len, "%.4f", ms);
    else snprintf(buf, len, "%.2e", ms);
    return buf;
}

static const char *fmt_bytes(size_t b, char *buf, size_t len)
{
    if (b >= (size_t)1 << 30 && b % ((size_t)1 << 30) == 0) snprintf(buf, len, "%zu GiB", b >> 30);
    else if (b >= (size_t)1 << 20) snprintf(buf, len, "%.4g MiB", (double)b / (1 << 20));
    else snprintf(buf, len, "%.4g KiB", (double)b / 1024);
    return buf;
}

/* Milliseconds in at most 7 characters, for the compact view's columns. */
static const char *fmt_ms_short(double s, char *buf, size_t len)
{
    double ms = s * 1e3;
    if (ms >= 100) snprintf(buf, len, "%.1f", ms);
    else if (ms >= 1) snprintf(buf, len, "%.2f", ms);
    else if (ms >= 0.001) snprintf(buf, len, "%.4f", ms);
    else snprintf(buf, len, "%.1e", ms);
    return buf;
}

/* The compact view fits this many columns. */
enum { VIEW_WIDTH = 120 };

/* The library backends timed (the compact view's columns). */
static const char *const *view_columns;
static int view_ncolumns;

/* "label      text", cut to VIEW_WIDTH columns in the compact view. */
static void header_line(const bench_opts *o, const char *label, const char *text)
{
    int room = VIEW_WIDTH - 11;
    if (o->full || (int)strlen(text) <= room) printf("%-10s %s\n", label, text);
    else printf("%-10s %.*s...\n", label, room - 3, text);
}

static int row_ran(const bench_row *r)
{
    return r->median_s > 0 && strcmp(r->check, "FAIL") != 0 && strcmp(r->check, "ERROR") != 0 &&
           strcmp(r->check, "n/a") != 0;
}

/* Index of the fastest library backend among the rows of one kernel and
 * size (baselines are not candidates), -1 if none ran. */
static int fastest_row(const bench_row *rows, int n)
{
    int best = -1;
    for (int i = 0; i < n; i++)
        if (!rows[i].is_baseline && row_ran(&rows[i]) && (best < 0 || rows[i].median_s < rows[best].median_s)) best = i;
    return best;
}

/* Rows of one kernel and size are consecutive: the length of the group at
 * rows[0]. */
static int case_length(const bench_row *rows, int n)
{
    int k = 1;
    while (k < n && rows[k].kernel == rows[0].kernel && strcmp(rows[k].size, rows[0].size) == 0) k++;
    return k;
}

/* What calls with ctx NULL run: NULL and *b set, or the library's reason. */
static const char *default_context_error(kn_backend *b)
{
    *b = kn_ctx_backend(NULL);
    if (*b != KN_AUTO) return NULL;
    int64_t x = 1, sum;
    return kn_norm_square_i64(NULL, &x, 1, &sum) ? kn_last_error() : "unusable";
}

static const char *env_backend(void)
{
    const char *env = getenv("KERNELS_BACKEND");
    return env && *env ? env : "(unset)";
}

/* ------------------------------------------------------------------ */
/* Header                                                              */
/* ------------------------------------------------------------------ */

static void json_machine(const bench_machine *m)
{
    printf("  \"machine\": {\"cpu\": ");
    json_str(stdout, m->cpu);
    printf(", \"cores\": %d, \"threads\": %d, \"threads_from\": ", m->cores, m->threads);
    json_str(stdout, m->threads_from);
    printf(", \"date\": ");
    json_str(stdout, m->date);
    printf(", \"l1d_bytes\": %zu, \"l2_bytes\": %zu, \"l3_bytes\": %zu, \"l2_level_max_bytes\": %zu, "
           "\"l3_level_max_bytes\": %zu,\n    \"backends\": [",
           m->l1d, m->l2, m->l3, m->l2_max, m->l3_max);
    for (int b = KN_SCALAR; b < KN_BACKEND_COUNT; b++) {
        printf("%s{\"name\": \"%s\", \"available\": %s, \"info\": ", b > KN_SCALAR ? ", " : "", kn_backend_name((kn_backend)b),
               kn_backend_available((kn_backend)b) ? "true" : "false");
        json_str(stdout, kn_backend_info((kn_backend)b));
        printf("}");
    }
    printf("],\n    \"baselines\": [");
    for (int bl = 0; bl < BL_COUNT; bl++) {
        printf("%s{\"name\": \"%s\", \"available\": %s, \"info\": ", bl ? ", " : "", bench_baseline_name(bl),
               bench_baseline_available(bl) ? "true" : "false");
        json_str(stdout, bench_baseline_info(bl));
        printf("}");
    }
    kn_backend def;
    const char *why = default_context_error(&def);
    printf("],\n    \"default_context\": {\"KERNELS_BACKEND\": ");
    if (getenv("KERNELS_BACKEND")) json_str(stdout, getenv("KERNELS_BACKEND"));
    else printf("null");
    printf(", \"backend\": ");
    if (why) printf("null, \"error\": "), json_str(stdout, why);
    else printf("\"%s\"", kn_backend_name(def));
    printf("}, \"auto\": ");
    json_str(stdout, kn_backend_info(KN_AUTO));
    printf(",\n    \"expressions\": {");
    for (size_t k = 0, first = 1; k < bench_nworkloads; k++) {
        if (!bench_workloads[k].expression) continue;
        printf("%s\"%s\": ", first ? "" : ", ", bench_workloads[k].name);
        json_str(stdout, bench_workloads[k].expression);
        first = 0;
    }
    printf("},\n    \"firewall_inputs\": ");
    json_str(stdout, bench_firewall_source());
    printf(", \"libkernels_version\": \"%d.%d.%d\"},\n", KN_VERSION_MAJOR, KN_VERSION_MINOR, KN_VERSION_PATCH);
}

static void json_probe(const bench_probe *p)
{
    if (!p->ran) {
        printf("  \"probe\": null,\n");
        return;
    }
    static const char *const lv[LV_COUNT] = {"l2", "l3", "dram"};
    printf("  \"probe\": {\"seconds\": %.3f, \"threads\": %d, \"vector\": ", p->seconds, p->threads);
    json_str(stdout, p->isa);
    printf(", \"unit\": \"GB/s\"");
    for (int l = 0; l < LV_COUNT; l++) {
        printf(",\n    \"%s\": {\"bytes\": %zu, \"read_1t\": %.3f, \"read_nt\": %.3f, \"copy_1t\": %.3f, \"copy_nt\": %.3f, "
               "\"stream_copy_1t\": %.3f, \"stream_copy_nt\": %.3f, \"triad_1t\": %.3f, \"triad_nt\": %.3f}",
               lv[l], p->bytes[l], p->read[l][0], p->read[l][1], p->copy[l][0], p->copy[l][1], p->stream_copy[l][0],
               p->stream_copy[l][1], p->triad[l][0], p->triad[l][1]);
    }
    printf(",\n    \"fp64_nofma_gflops_1t\": %.3f, \"fp64_nofma_gflops_nt\": %.3f, \"julia_loop_glane_iters_1t\": %.3f, "
           "\"julia_loop_glane_iters_nt\": %.3f, \"julia_step_glane_iters_1t\": %.3f, \"julia_step_glane_iters_nt\": %.3f},\n",
           p->flops[0], p->flops[1], p->julia[0], p->julia[1], p->julia_step[0], p->julia_step[1]);
}

static const char *const csv_header =
    "kernel,size,size_value,level,backend,baseline,threads,repeats,inner,median_ms,min_ms,max_ms,throughput,unit,"
    "speedup_vs_scalar,limit,limit_name,pct_of_limit,check,value,detail,bytes,iterations";

/* GB/s, or "-" where the probe did not measure it. */
static const char *fmt_gbs(double v, char *buf, size_t len)
{
    if (v > 0) snprintf(buf, len, "%5.1f", v);
    else snprintf(buf, len, "    -");
    return buf;
}

static void print_probe(const bench_probe *p)
{
    if (!p->ran) {
        printf("probe      skipped (--no-probe)\n");
        return;
    }
    printf("probe      %.2f s, %s vectors; GB/s (STREAM counting; NT copy: non-temporal stores), 1 / %d threads:\n",
           p->seconds, p->isa, p->threads);
    static const char *const lv[LV_COUNT] = {"L2", "L3", "DRAM"};
    for (int l = 0; l < LV_COUNT; l++) {
        char size[32], where[48], g[8][16];
        snprintf(where, sizeof where, "(%s %s)", fmt_bytes(p->bytes[l], size, sizeof size),
                 l == LV_L2 ? "per thread" : "in all");
        printf("           %-4s %-20s read %s / %s  copy %s / %s  NT copy %s / %s  triad %s / %s\n", lv[l], where,
               fmt_gbs(p->read[l][0], g[0], 16), fmt_gbs(p->read[l][1], g[1], 16), fmt_gbs(p->copy[l][0], g[2], 16),
               fmt_gbs(p->copy[l][1], g[3], 16), fmt_gbs(p->stream_copy[l][0], g[4], 16),
               fmt_gbs(p->stream_copy[l][1], g[5], 16), fmt_gbs(p->triad[l][0], g[6], 16),
               fmt_gbs(p->triad[l][1], g[7], 16));
    }
    printf("           FP64 mul+add, no FMA: %.1f / %.1f GFLOP/s\n", p->flops[0], p->flops[1]);
    printf("           Julia step z*z + c alone (no FMA, no escape test; the limit): %.2f / %.2f G lane-iterations/s\n",
           p->julia_step[0], p->julia_step[1]);
    printf("           Julia loop with its test and count, no lane escaping: %.2f / %.2f G lane-iterations/s\n",
           p->julia[0], p->julia[1]);
}

/* The default context, what auto picks, the expressions timed. */
static void print_choices(const bench_opts *o)
{
    char line[1024];
    kn_backend def;
    const char *why = default_context_error(&def);
    if (why) snprintf(line, sizeof line, "KERNELS_BACKEND=%s: calls with ctx NULL fail: %s", env_backend(), why);
    else snprintf(line, sizeof line, "KERNELS_BACKEND=%s: calls with ctx NULL run %s", env_backend(), kn_backend_name(def));
    header_line(o, "default", line);
    snprintf(line, sizeof line, "%s", kn_backend_info(KN_AUTO));
    header_line(o, "auto", line);
    for (size_t k = 0; k < bench_nworkloads; k++) {
        if (!bench_workloads[k].expression) continue;
        snprintf(line, sizeof line, "%s = %s", bench_workloads[k].name, bench_workloads[k].expression);
        header_line(o, k && bench_workloads[k - 1].expression ? "" : "expr", line);
    }
}

/* The compact table: one line per kernel and size, the library backends
 * side by side, the best baseline, and the fastest backend. */
static void print_case_table_header(void)
{
    printf("\nfastest per kernel and size: median ms per call on each backend; best baseline = quickest plain C or "
           "OpenBLAS\nbaseline; fastest = quickest backend (speed-up vs scalar, %% of the machine's limit)\n");
    printf("%-17s %-16s %-4s", "kernel", "size", "lvl");
    for (int c = 0; c < view_ncolumns; c++) printf(" %7s", view_columns[c]);
    printf(" %-18s %s\n", "best baseline", "fastest");
}

static void print_case_line(const bench_row *rows, int n)
{
    char buf[24];
    printf("%-17s %-16s %-4s", rows[0].kernel, rows[0].size, rows[0].level);
    for (int c = 0; c < view_ncolumns; c++) {
        const char *cell = "-";
        for (int i = 0; i < n; i++) {
            if (rows[i].is_baseline || strcmp(rows[i].backend, view_columns[c]) != 0) continue;
            cell = row_ran(&rows[i]) ? fmt_ms_short(rows[i].median_s, buf, sizeof buf) : rows[i].check;
        }
        printf(" %7s", cell);
    }
    int bl = -1;
    for (int i = 0; i < n; i++)
        if (rows[i].is_baseline && row_ran(&rows[i]) && (bl < 0 || rows[i].median_s < rows[bl].median_s)) bl = i;
    char base[64] = "-";
    if (bl >= 0) snprintf(base, sizeof base, "%s %s", rows[bl].backend, fmt_ms_short(rows[bl].median_s, buf, sizeof buf));
    printf(" %-18s", base);
    int f = fastest_row(rows, n);
    if (f < 0) printf(" -\n");
    else {
        printf(" %s", rows[f].backend);
        if (rows[f].speedup > 0) printf(" %.1fx", rows[f].speedup);
        if (rows[f].pct >= 0) printf(" %.0f%%", rows[f].pct);
        printf("\n");
    }
}

void report_begin(const bench_opts *o, const bench_machine *m, const bench_probe *p, const char *const *columns,
                  int ncolumns)
{
    json_rows = 0;
    view_columns = columns;
    view_ncolumns = ncolumns;
    if (o->csv) {
        printf("%s\n", csv_header);
        fflush(stdout);
        return;
    }
    if (o->json) {
        printf("{\n  \"tool\": \"kernels-bench\",\n");
        json_machine(m);
        json_probe(p);
        printf("  \"options\": {\"quick\": %s, \"repeats\": %d, \"probe\": %s, \"contention\": %s},\n  \"results\": [",
               o->quick ? "true" : "false", o->repeats, o->probe ? "true" : "false", o->contention ? "true" : "false");
        fflush(stdout);
        return;
    }
    char b1[32], b2[32], b3[32], b4[32], b5[32], line[1024];
    printf("kernels-bench (libkernels %d.%d.%d)  %s\n", KN_VERSION_MAJOR, KN_VERSION_MINOR, KN_VERSION_PATCH, m->date);
    snprintf(line, sizeof line, "%s, %d online core%s, %d thread%s for omp (%s)", m->cpu, m->cores,
             m->cores == 1 ? "" : "s", m->threads, m->threads == 1 ? "" : "s", m->threads_from);
    header_line(o, "cpu", line);
    snprintf(line, sizeof line, "L1d %s, L2 %s, L3 %s; a call's working set is \"L2\" up to %s, \"L3\" up to %s",
             fmt_bytes(m->l1d, b1, sizeof b1), fmt_bytes(m->l2, b2, sizeof b2), fmt_bytes(m->l3, b3, sizeof b3),
             fmt_bytes(m->l2_max, b4, sizeof b4), fmt_bytes(m->l3_max, b5, sizeof b5));
    header_line(o, "caches", line);
    for (int b = KN_SCALAR; b < KN_BACKEND_COUNT; b++) {
        snprintf(line, sizeof line, "%s %s", kn_backend_available((kn_backend)b) ? "+" : "-",
                 kn_backend_info((kn_backend)b));
        header_line(o, b == KN_SCALAR ? "backends" : "", line);
    }
    for (int bl = 0; bl < BL_COUNT; bl++) {
        snprintf(line, sizeof line, "%s %s", bench_baseline_available(bl) ? "+" : "-", bench_baseline_info(bl));
        header_line(o, bl == 0 ? "baselines" : "", line);
    }
    print_choices(o);
    if (o->contention) {
        if (o->contention_cpu >= 0)
            snprintf(line, sizeof line, "on: a busy thread spins on cpu %d for the whole run", o->contention_cpu);
        else
            snprintf(line, sizeof line, "on: a busy thread spins for the whole run (not pinned)");
        header_line(o, "contention", line);
    }
    header_line(o, "firewall", bench_firewall_source());
    print_probe(p);
    if (o->full)
        printf("\n%-17s %-16s %-4s %-11s %10s %10s %10s %10s %-8s %9s %7s %s\n", "kernel", "size", "lvl", "backend",
               "median ms", "min ms", "max ms", "throughput", "unit", "vs scalar", "% limit", "check");
    else print_case_table_header();
    fflush(stdout);
}

/* ------------------------------------------------------------------ */
/* Rows                                                                */
/* ------------------------------------------------------------------ */

void report_row(const bench_opts *o, const bench_row *r)
{
    if (o->csv) {
        csv_str(stdout, r->kernel);
        putchar(',');
        csv_str(stdout, r->size);
        printf(",%.9g,%s,", r->size_value, r->level);
        csv_str(stdout, r->backend);
        printf(",%d,%d,%d,%ld,", r->is_baseline, r->threads, r->repeats, r->inner);
        csv_num(stdout, r->median_s * 1e3);
        putchar(',');
        csv_num(stdout, r->min_s * 1e3);
        putchar(',');
        csv_num(stdout, r->max_s * 1e3);
        putchar(',');
        csv_num(stdout, r->throughput);
        printf(",%s,", r->unit);
        csv_num(stdout, r->speedup);
        putchar(',');
        csv_num(stdout, r->limit);
        putchar(',');
        csv_str(stdout, r->limit_name ? r->limit_name : "");
        putchar(',');
        csv_num(stdout, r->pct);
        printf(",%s,", r->check);
        csv_str(stdout, r->value);
        putchar(',');
        csv_str(stdout, r->detail);
        printf(",%.9g,%.9g\n", r->bytes, r->iters);
        fflush(stdout);
        return;
    }
    if (o->json) {
        printf("%s\n    {\"kernel\": ", json_rows++ ? "," : "");
        json_str(stdout, r->kernel);
        printf(", \"size\": ");
        json_str(stdout, r->size);
        printf(", \"size_value\": %.9g, \"level\": \"%s\", \"backend\": ", r->size_value, r->level);
        json_str(stdout, r->backend);
        printf(", \"baseline\": %s, \"threads\": %d, \"repeats\": %d, \"inner\": %ld, \"median_ms\": ",
               r->is_baseline ? "true" : "false", r->threads, r->repeats, r->inner);
        json_num(stdout, r->median_s * 1e3, 0);
        printf(", \"min_ms\": ");
        json_num(stdout, r->min_s * 1e3, 0);
        printf(", \"max_ms\": ");
        json_num(stdout, r->max_s * 1e3, 0);
        printf(", \"throughput\": ");
        json_num(stdout, r->throughput, 0);
        printf(", \"unit\": \"%s\", \"speedup_vs_scalar\": ", r->unit);
        json_num(stdout, r->speedup, 1);
        printf(", \"limit\": ");
        json_num(stdout, r->limit, 1);
        printf(", \"limit_name\": ");
        if (r->limit > 0) json_str(stdout, r->limit_name);
        else printf("null");
        printf(", \"pct_of_limit\": ");
        json_num(stdout, r->pct, 1);
        printf(", \"check\": \"%s\", \"ok\": %s, \"value\": ", r->check,
               strcmp(r->check, "FAIL") != 0 && strcmp(r->check, "ERROR") != 0 ? "true" : "false");
        json_str(stdout, r->value);
        printf(", \"detail\": ");
        json_str(stdout, r->detail);
        printf(", \"bytes\": %.9g, \"iterations\": %.9g}", r->bytes, r->iters);
        fflush(stdout);
        return;
    }
    if (!o->full) return; /* the compact view prints whole cases (report_case) */
    char med[24], lo[24], hi[24], thr[24] = "", sp[24] = "", pct[24] = "";
    if (r->median_s > 0 || r->throughput > 0) {
        fmt_ms(r->median_s, med, sizeof med);
        fmt_ms(r->min_s, lo, sizeof lo);
        fmt_ms(r->max_s, hi, sizeof hi);
        snprintf(thr, sizeof thr, r->throughput >= 100 ? "%.1f" : r->throughput >= 1 ? "%.3f" : "%.4f", r->throughput);
    } else {
        snprintf(med, sizeof med, "-");
        snprintf(lo, sizeof lo, "-");
        snprintf(hi, sizeof hi, "-");
    }
    if (r->speedup > 0) snprintf(sp, sizeof sp, "%.2fx", r->speedup);
    if (r->pct >= 0) snprintf(pct, sizeof pct, "%.0f%%", r->pct);
    printf("%-17s %-16s %-4s %-11s %10s %10s %10s %10s %-8s %9s %7s %s\n", r->kernel, r->size, r->level, r->backend, med, lo,
           hi, thr, r->unit, sp, pct, r->check);
    if (!strcmp(r->check, "FAIL") || !strcmp(r->check, "ERROR") || !strcmp(r->check, "n/a"))
        printf("%-17s   ^ %s%s%s\n", "", r->detail, r->value[0] ? "; got " : "", r->value);
    fflush(stdout);
}

/* Rows that did not give a time: why, under the line of their case. */
static void print_problems(const bench_row *rows, int n)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(rows[i].check, "FAIL") || !strcmp(rows[i].check, "ERROR") || !strcmp(rows[i].check, "n/a"))
            printf("%-17s   ^ %s: %s%s%s\n", "", rows[i].backend, rows[i].detail, rows[i].value[0] ? "; got " : "",
                   rows[i].value);
}

void report_case(const bench_opts *o, const bench_row *rows, int n)
{
    if (o->csv || o->json || o->full) return;
    print_case_line(rows, n);
    print_problems(rows, n);
    fflush(stdout);
}

/* Per kernel, the backend fastest at most of its sizes (ties: the one
 * fastest at the later size); sizes another backend wins follow in
 * parentheses. */
typedef struct {
    const char *kernel;
    int wins[KN_BACKEND_COUNT], last[KN_BACKEND_COUNT], winner;
    char others[256];
} kernel_pick;

static int column_of(const char *backend)
{
    for (int c = 0; c < view_ncolumns; c++)
        if (strcmp(view_columns[c], backend) == 0) return c;
    return -1;
}

static int pick_kernels(const bench_row *rows, int nrows, kernel_pick *picks, int max)
{
    int npicks = 0, ncase = 0;
    for (int i = 0; i < nrows; i += case_length(rows + i, nrows - i), ncase++) {
        int f = fastest_row(rows + i, case_length(rows + i, nrows - i)), c = f < 0 ? -1 : column_of(rows[i + f].backend);
        if (c < 0) continue;
        int k = 0;
        while (k < npicks && picks[k].kernel != rows[i].kernel) k++;
        if (k == npicks) {
            if (npicks == max) continue;
            memset(&picks[npicks], 0, sizeof picks[0]);
            picks[npicks++].kernel = rows[i].kernel;
        }
        picks[k].wins[c]++;
        picks[k].last[c] = ncase + 1;
    }
    for (int k = 0; k < npicks; k++) {
        kernel_pick *p = &picks[k];
        for (int c = 1; c < view_ncolumns; c++)
            if (p->wins[c] > p->wins[p->winner] || (p->wins[c] == p->wins[p->winner] && p->last[c] > p->last[p->winner]))
                p->winner = c;
    }
    for (int i = 0; i < nrows; i += case_length(rows + i, nrows - i)) {
        int f = fastest_row(rows + i, case_length(rows + i, nrows - i)), c = f < 0 ? -1 : column_of(rows[i + f].backend);
        int k = 0;
        while (k < npicks && picks[k].kernel != rows[i].kernel) k++;
        if (c < 0 || k == npicks || c == picks[k].winner) continue;
        size_t l = strlen(picks[k].others);
        snprintf(picks[k].others + l, sizeof picks[k].others - l, "%s%s at %s", l ? ", " : "", view_columns[c],
                 rows[i].size);
    }
    return npicks;
}

/* "use: omp    for julia, norm_square_f64 (simd at 65536), ...", wrapped
 * to the view's width. */
static void print_recommendation(const bench_row *rows, int nrows)
{
    kernel_pick picks[BENCH_MAX_SIZES];
    int npicks = pick_kernels(rows, nrows, picks, BENCH_MAX_SIZES), lines = 0;
    for (int c = 0; c < view_ncolumns; c++) {
        int wins = 0;
        for (int k = 0; k < npicks; k++) wins += picks[k].winner == c;
        if (!wins) continue;
        int col = printf("%s%-6s for", lines++ ? "     " : "use: ", view_columns[c]), items = 0;
        for (int k = 0; k < npicks; k++) {
            if (picks[k].winner != c) continue;
            char item[320];
            int len = picks[k].others[0] ? snprintf(item, sizeof item, "%s (%s)", picks[k].kernel, picks[k].others)
                                         : snprintf(item, sizeof item, "%s", picks[k].kernel);
            if (items && col + 2 + len > VIEW_WIDTH) col = printf(",\n%16s", "") - 2;
            else if (items) col += printf(",");
            col += printf(" %s", item);
            items++;
        }
        printf("\n");
    }
    int wins[KN_BACKEND_COUNT] = {0}, top = 0;
    for (int k = 0; k < npicks; k++) wins[picks[k].winner]++;
    for (int c = 1; c < view_ncolumns; c++)
        if (wins[c] > wins[top]) top = c;
    kn_backend def;
    const char *why = default_context_error(&def);
    int dc = why ? -1 : column_of(kn_backend_name(def));
    if (why) printf("default: KERNELS_BACKEND=%s makes every call with ctx NULL fail", env_backend());
    else
        printf("default: calls with ctx NULL run %s (KERNELS_BACKEND=%s), the fastest for %d of %d kernels here",
               kn_backend_name(def), env_backend(), dc < 0 ? 0 : wins[dc], npicks);
    if (npicks && (dc < 0 || wins[top] > wins[dc]))
        printf(";\n         KERNELS_BACKEND=%s would be the fastest for %d (or per call: kn_ctx_create)", view_columns[top],
               wins[top]);
    printf("\n");
}

static void json_fastest(const bench_row *rows, int nrows)
{
    printf(",\n  \"fastest\": [");
    for (int i = 0, first = 1; i < nrows; i += case_length(rows + i, nrows - i)) {
        int f = fastest_row(rows + i, case_length(rows + i, nrows - i));
        if (f < 0) continue;
        const bench_row *r = &rows[i + f];
        printf("%s\n    {\"kernel\": ", first ? "" : ",");
        json_str(stdout, r->kernel);
        printf(", \"size\": ");
        json_str(stdout, r->size);
        printf(", \"level\": \"%s\", \"backend\": ", r->level);
        json_str(stdout, r->backend);
        printf(", \"median_ms\": ");
        json_num(stdout, r->median_s * 1e3, 0);
        printf(", \"speedup_vs_scalar\": ");
        json_num(stdout, r->speedup, 1);
        printf(", \"pct_of_limit\": ");
        json_num(stdout, r->pct, 1);
        printf("}");
        first = 0;
    }
    printf("\n  ]");
}

void report_end(const bench_opts *o, const bench_row *rows, int nrows, int failures, double seconds)
{
    if (o->csv) return;
    if (o->json) {
        printf("\n  ]");
        json_fastest(rows, nrows);
        printf(",\n  \"rows\": %d, \"failures\": %d, \"seconds\": %.3f\n}\n", nrows, failures, seconds);
        return;
    }
    if (o->full) {
        print_case_table_header();
        for (int i = 0; i < nrows; i += case_length(rows + i, nrows - i))
            print_case_line(rows + i, case_length(rows + i, nrows - i));
    }
    printf("\n%d row%s in %.1f s, %d check%s failed. Checks: exact = bit-identical to the golden value and/or "
           "scalar;\nok~ = within the stated rounding tolerance (other summation order); ref = the reference itself; "
           "- = not checked.\n"
           "%% limit: of the probe's figure for the row's level and threads (read or copy bandwidth, the bare Julia "
           "step);\nabove 100%% means the probe ran slower than the kernel (a busy machine).%s\n\n",
           nrows, nrows == 1 ? "" : "s", seconds, failures, failures == 1 ? "" : "s",
           o->full ? "" : " --full: every row with min/max.");
    print_recommendation(rows, nrows);
}

/* ------------------------------------------------------------------ */
/* SVG chart: one panel per kernel, groups per size, one bar per        */
/* backend (throughput), the limit marked as a red tick over each bar.  */
/* ------------------------------------------------------------------ */

static void svg_text(FILE *f, const char *s)
{
    for (; *s; s++) {
        if (*s == '<') fputs("&lt;", f);
        else if (*s == '>') fputs("&gt;", f);
        else if (*s == '&') fputs("&amp;", f);
        else fputc(*s, f);
    }
}

int report_plot(const char *path, const bench_row *rows, int nrows, char *err, size_t len)
{
    FILE *f = fopen(path, "w");
    if (!f) return snprintf(err, len, "cannot write %s", path), -1;
    /* backends in order of first appearance, for colours */
    const char *names[16];
    int nnames = 0;
    for (int i = 0; i < nrows; i++) {
        int k = 0;
        while (k < nnames && strcmp(names[k], rows[i].backend) != 0) k++;
        if (k == nnames && nnames < 16) names[nnames++] = rows[i].backend;
    }
    static const char *const colours[] = {"#7f7f7f", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e",
                                          "#8c564b", "#17becf", "#bcbd22", "#e377c2", "#d62728"};
    const int PH = 220, top = 40, bar = 14;
    int panels = 0, W = 960;
    for (int i = 0, x = 60; i < nrows; i++) { /* width: the widest panel */
        int new_panel = i == 0 || strcmp(rows[i].kernel, rows[i - 1].kernel) != 0;
        panels += new_panel;
        if (new_panel) x = 60;
        else if (strcmp(rows[i].size, rows[i - 1].size) != 0) x += 16;
        x += bar + 2;
        if (x + 30 > W) W = x + 30;
    }
    int H = top + panels * (PH + 50) + 20;
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
               "font-size=\"11\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
            W, H);
    fprintf(f, "<text x=\"10\" y=\"18\" font-size=\"14\">kernels-bench: median throughput per backend "
               "(red tick: machine limit from the probe)</text>\n");
    for (int k = 0; k < nnames; k++) {
        fprintf(f, "<rect x=\"%d\" y=\"26\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"35\">", 10 + k * 95,
                colours[k % 10], 24 + k * 95);
        svg_text(f, names[k]);
        fprintf(f, "</text>\n");
    }
    int y0 = top + 10;
    for (int i = 0; i < nrows;) {
        int j = i;
        double mx = 0;
        while (j < nrows && !strcmp(rows[j].kernel, rows[i].kernel)) {
            if (rows[j].throughput > mx) mx = rows[j].throughput;
            if (rows[j].limit > mx) mx = rows[j].limit;
            j++;
        }
        if (mx <= 0) mx = 1;
        fprintf(f, "<text x=\"10\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">", y0 + 12);
        svg_text(f, rows[i].kernel);
        fprintf(f, " (%s)</text>\n", rows[i].unit);
        int base = y0 + 20 + PH, x = 60;
        fprintf(f, "<line x1=\"55\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", base, W - 10, base);
        fprintf(f, "<text x=\"50\" y=\"%d\" text-anchor=\"end\">%.3g</text>\n", y0 + 26, mx);
        fprintf(f, "<text x=\"50\" y=\"%d\" text-anchor=\"end\">0</text>\n", base);
        for (int g = i; g < j;) {
            int h = g, gx = x;
            while (h < j && !strcmp(rows[h].size, rows[g].size)) {
                int k = 0;
                while (k < nnames && strcmp(names[k], rows[h].backend) != 0) k++;
                double v = rows[h].throughput > 0 ? rows[h].throughput : 0;
                int bh = (int)(v / mx * PH);
                fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>", x, base - bh, bar, bh,
                        colours[k % 10]);
                svg_text(f, rows[h].backend);
                fprintf(f, " %.4g %s, %s</title></rect>\n", v, rows[h].unit, rows[h].check);
                if (rows[h].limit > 0) {
                    int lh = (int)(rows[h].limit / mx * PH);
                    fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"red\" stroke-width=\"2\"/>\n", x - 1,
                            base - lh, x + bar + 1, base - lh);
                }
                if (!strcmp(rows[h].check, "FAIL") || !strcmp(rows[h].check, "ERROR"))
                    fprintf(f, "<text x=\"%d\" y=\"%d\" fill=\"red\">!</text>\n", x + 4, base - bh - 3);
                x += bar + 2;
                h++;
            }
            fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", (gx + x) / 2, base + 14);
            svg_text(f, rows[g].size);
            fprintf(f, "</text>\n");
            x += 16;
            g = h;
        }
        y0 += PH + 50;
        i = j;
    }
    fprintf(f, "</svg>\n");
    int bad = ferror(f);
    if (fclose(f) || bad) return snprintf(err, len, "error writing %s", path), -1;
    return 0;
}
