/* Output of kernels-bench: a table for people, --json or --csv for
 * machines (nothing else on stdout then), and an optional SVG chart. */
#include <math.h>
#include <stdio.h>
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
    printf("],\n    \"firewall_inputs\": ");
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
    printf(",\n    \"fp64_nofma_gflops_1t\": %.3f, \"fp64_nofma_gflops_nt\": %.3f, \"julia_glane_iters_1t\": %.3f, "
           "\"julia_glane_iters_nt\": %.3f},\n",
           p->flops[0], p->flops[1], p->julia[0], p->julia[1]);
}

static const char *const csv_header =
    "kernel,size,size_value,level,backend,baseline,threads,repeats,inner,median_ms,min_ms,max_ms,throughput,unit,"
    "speedup_vs_scalar,limit,limit_name,pct_of_limit,check,value,detail,bytes,iterations";

void report_begin(const bench_opts *o, const bench_machine *m, const bench_probe *p)
{
    json_rows = 0;
    if (o->csv) {
        printf("%s\n", csv_header);
        fflush(stdout);
        return;
    }
    if (o->json) {
        printf("{\n  \"tool\": \"kernels-bench\",\n");
        json_machine(m);
        json_probe(p);
        printf("  \"options\": {\"quick\": %s, \"repeats\": %d, \"probe\": %s},\n  \"results\": [", o->quick ? "true" : "false",
               o->repeats, o->probe ? "true" : "false");
        fflush(stdout);
        return;
    }
    char b1[32], b2[32], b3[32], b4[32], b5[32];
    printf("kernels-bench (libkernels %d.%d.%d)  %s\n", KN_VERSION_MAJOR, KN_VERSION_MINOR, KN_VERSION_PATCH, m->date);
    printf("cpu        %s, %d online core%s, %d thread%s for omp (%s)\n", m->cpu, m->cores, m->cores == 1 ? "" : "s",
           m->threads, m->threads == 1 ? "" : "s", m->threads_from);
    printf("caches     L1d %s, L2 %s, L3 %s; a call's working set is \"L2\" up to %s, \"L3\" up to %s\n",
           fmt_bytes(m->l1d, b1, sizeof b1), fmt_bytes(m->l2, b2, sizeof b2), fmt_bytes(m->l3, b3, sizeof b3),
           fmt_bytes(m->l2_max, b4, sizeof b4), fmt_bytes(m->l3_max, b5, sizeof b5));
    for (int b = KN_SCALAR; b < KN_BACKEND_COUNT; b++)
        printf("%-10s %s %s\n", b == KN_SCALAR ? "backends" : "", kn_backend_available((kn_backend)b) ? "+" : "-",
               kn_backend_info((kn_backend)b));
    for (int bl = 0; bl < BL_COUNT; bl++)
        printf("%-10s %s %s\n", bl == 0 ? "baselines" : "", bench_baseline_available(bl) ? "+" : "-", bench_baseline_info(bl));
    printf("firewall   %s\n", bench_firewall_source());
    if (p->ran) {
        printf("probe      %.2f s, %s vectors; GB/s (STREAM counting), 1 thread / %d threads:\n", p->seconds, p->isa,
               p->threads);
        static const char *const lv[LV_COUNT] = {"L2", "L3", "DRAM"};
        for (int l = 0; l < LV_COUNT; l++)
            printf("           %-4s (%9s)  read %6.1f / %6.1f   copy %6.1f / %6.1f   NT-store copy %6.1f / %6.1f   "
                   "triad %6.1f / %6.1f\n",
                   lv[l], fmt_bytes(p->bytes[l], b1, sizeof b1), p->read[l][0], p->read[l][1], p->copy[l][0],
                   p->copy[l][1], p->stream_copy[l][0], p->stream_copy[l][1], p->triad[l][0], p->triad[l][1]);
        printf("           FP64 mul+add, no FMA: %.1f / %.1f GFLOP/s -> Julia limit %.2f / %.2f G lane-iterations/s\n",
               p->flops[0], p->flops[1], p->julia[0], p->julia[1]);
    } else {
        printf("probe      skipped (--no-probe)\n");
    }
    printf("\n%-17s %-16s %-4s %-11s %10s %10s %10s %10s %-8s %9s %7s %s\n", "kernel", "size", "lvl", "backend", "median ms",
           "min ms", "max ms", "throughput", "unit", "vs scalar", "% limit", "check");
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

void report_end(const bench_opts *o, int rows, int failures, double seconds)
{
    if (o->csv) return;
    if (o->json) {
        printf("\n  ],\n  \"rows\": %d, \"failures\": %d, \"seconds\": %.3f\n}\n", rows, failures, seconds);
        return;
    }
    printf("\n%d row%s in %.1f s, %d check%s failed. Checks: exact = bit-identical to the golden value and/or "
           "scalar;\nok~ = within the stated rounding tolerance (other summation order); ref = the reference itself; "
           "- = not checked.\n",
           rows, rows == 1 ? "" : "s", seconds, failures, failures == 1 ? "" : "s");
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
