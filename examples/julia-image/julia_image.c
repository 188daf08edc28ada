/* Writes the Julia set as a PNG, computed by whichever backend
 * KERNELS_BACKEND selects:
 *   julia-image [out.png] [width] [height] [max_iter]                     */
#include <math.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>

#include <kernels.h>

/* A smooth violet colour map over log(1 + n); points that never escape
 * are black. */
static void colour(int32_t n, int32_t max_iter, png_byte rgb[3])
{
    if (n >= max_iter) {
        rgb[0] = rgb[1] = rgb[2] = 0;
        return;
    }
    double t = log1p((double)n) / log1p((double)max_iter);
    rgb[0] = (png_byte)(255.0 * pow(t, 0.55));
    rgb[1] = (png_byte)(255.0 * pow(t, 1.1) * 0.85);
    rgb[2] = (png_byte)(255.0 * (0.35 + 0.65 * sin(3.14159265358979 * t)));
}

static int write_png(const char *path, const int32_t *counts, int w, int h, int32_t max_iter)
{
    FILE *f = fopen(path, "wb");
    if (!f) return perror(path), 1;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    png_bytep row = malloc((size_t)w * 3);
    if (!png || !info || !row || setjmp(png_jmpbuf(png))) {
        fprintf(stderr, "julia-image: cannot write %s\n", path);
        png_destroy_write_struct(&png, &info);
        free(row);
        fclose(f);
        return 1;
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int j = 0; j < h; j++) {
        for (int i = 0; i < w; i++) colour(counts[(size_t)j * w + i], max_iter, row + 3 * i);
        png_write_row(png, row);
    }
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    free(row);
    return fclose(f) != 0;
}

int main(int argc, char **argv)
{
    const char *out = argc > 1 ? argv[1] : "julia.png";
    int w = argc > 2 ? atoi(argv[2]) : 1000, h = argc > 3 ? atoi(argv[3]) : 1000;
    int32_t max_iter = argc > 4 ? atoi(argv[4]) : 300;
    kn_julia_params p = {-1.8, 1.8, -1.8, 1.8, -0.62772, -0.42193, w, h, max_iter};
    int32_t *counts = malloc((size_t)(w > 0 ? w : 1) * (size_t)(h > 0 ? h : 1) * sizeof *counts);
    if (!counts) return fprintf(stderr, "julia-image: out of memory\n"), 1;
    kn_status st = kn_julia(NULL, &p, counts);
    if (st) {
        fprintf(stderr, "julia-image: %s: %s\n", kn_status_str(st), kn_last_error());
        free(counts);
        return 1;
    }
    long long sum = 0;
    for (size_t k = 0; k < (size_t)w * (size_t)h; k++) sum += counts[k];
    int rc = write_png(out, counts, w, h, max_iter);
    if (!rc) printf("%s: %dx%d, max_iter %d, sum of counts %lld, backend %s\n", out, w, h, (int)max_iter, sum,
                    kn_backend_name(kn_ctx_backend(NULL)));
    free(counts);
    return rc;
}
