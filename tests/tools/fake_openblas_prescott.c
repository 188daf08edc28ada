/* Preloaded into kernels-bench, it plays an OpenBLAS that does not know
 * the CPU: its detection gives "Prescott" unless OPENBLAS_CORETYPE names a
 * core, as OpenBLAS 0.3.21 does on Sapphire Rapids. */
#include <stdlib.h>

__attribute__((visibility("default"))) const char *openblas_get_corename(void);

const char *openblas_get_corename(void)
{
    const char *forced = getenv("OPENBLAS_CORETYPE");
    return forced && *forced ? forced : "Prescott";
}
