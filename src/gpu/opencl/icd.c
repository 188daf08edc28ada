/* Which OpenCL drivers (ICDs) the loader would load, read from the vendor
 * files the way ocl-icd reads them, without loading any: "auto" and
 * KERNELS_BACKEND=gpu must not load PoCL only to learn that it offers the
 * CPU alone (loading it starts LLVM, which takes tens of MB and installs
 * signal handlers). */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "opencl_internal.h"

#define DEFAULT_VENDOR_DIR "/etc/OpenCL/vendors"

typedef struct {
    int may_offer_gpu;  /* drivers not known to be CPU-only */
    int cpu_only;       /* drivers known to offer the CPU alone */
    char cpu_libs[512]; /* their library names, comma-separated */
} icd_census;

/* PoCL, and Intel's CPU runtime, known by their libraries' names. */
static int cpu_only_library(const char *lib)
{
    static const char *const prefixes[] = {"libpocl", "libintelocl"};
    const char *base = strrchr(lib, '/');
    base = base ? base + 1 : lib;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (strncasecmp(base, prefixes[i], strlen(prefixes[i])) == 0) return 1;
    return 0;
}

static void count_library(icd_census *c, const char *lib)
{
    if (!cpu_only_library(lib)) {
        c->may_offer_gpu++;
        return;
    }
    c->cpu_only++;
    size_t used = strlen(c->cpu_libs);
    snprintf(c->cpu_libs + used, sizeof c->cpu_libs - used, "%s%s", used ? ", " : "", lib);
}

/* A vendor file names the driver's library on its first line. */
static void count_vendor_file(icd_census *c, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return;
    char line[1024];
    if (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0]) count_library(c, line);
    }
    fclose(f);
}

static int is_vendor_file_name(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".icd") == 0;
}

static void count_vendor_dir(icd_census *c, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    for (struct dirent *e = readdir(d); e; e = readdir(d)) {
        if (!is_vendor_file_name(e->d_name)) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        count_vendor_file(c, path);
    }
    closedir(d);
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* OCL_ICD_VENDORS as ocl-icd reads it: a folder of vendor files, one vendor
 * file (a bare name is looked for in the vendor folder first), or a driver
 * library. *where gets what the census read, for messages. */
static void count_vendors_env(icd_census *c, const char *vendors, const char *dir, char *where, size_t cap)
{
    snprintf(where, cap, "%s", vendors);
    if (is_dir(vendors)) {
        count_vendor_dir(c, vendors);
    } else if (is_vendor_file_name(vendors)) {
        struct stat st;
        if (!strchr(vendors, '/')) {
            char in_dir[4096];
            snprintf(in_dir, sizeof in_dir, "%s/%s", dir, vendors);
            if (stat(in_dir, &st) == 0) snprintf(where, cap, "%s", in_dir);
        }
        count_vendor_file(c, where);
    } else {
        snprintf(where, cap, "OCL_ICD_VENDORS");
        count_library(c, vendors);
    }
}

int kn_cl_icd_gpu_possible(const char *vendors, const char *vendor_path, char *why, size_t cap)
{
    icd_census c = {0, 0, ""};
    const char *dir = vendor_path && vendor_path[0] ? vendor_path : DEFAULT_VENDOR_DIR;
    char where[4096];
    if (vendors && vendors[0]) {
        count_vendors_env(&c, vendors, dir, where, sizeof where);
    } else {
        snprintf(where, sizeof where, "%s", dir);
        count_vendor_dir(&c, dir);
    }
    if (c.may_offer_gpu) return 1;
    if (c.cpu_only)
        snprintf(why, cap,
                 "opencl: no GPU: the OpenCL drivers listed in %s (%s) run on the CPU only (KERNELS_BACKEND=opencl "
                 "uses them)",
                 where, c.cpu_libs);
    else
        snprintf(why, cap, "opencl: no GPU: no OpenCL driver is listed in %s", where);
    return 0;
}
