#include <stdio.h>
#include <xlsxwriter.h>
/* zlib (which libxlsxwriter links): the workbook is inflated again as it is written (PackageFollower). */
#include <zlib.h>

/* libxlsxwriter 1.1.4 prints its own error lines with fprintf(stderr, ...) (the LXW_ERROR macros;
   Debian's build has no option to turn them off). XLSXWriter points C's stderr at a buffer around
   its calls and reports its own errors instead. Swift 6 cannot assign the C global itself. */
static inline FILE *cxlsxwriter_swap_stderr(FILE *replacement) {
    FILE *previous = stderr;
    stderr = replacement;
    return previous;
}
