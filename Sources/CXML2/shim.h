// libxml2 is built with ICU on Debian, and its encoding.h then includes ICU's headers, which clash
// with the copy of ICU inside Foundation. Nothing of the ICU part is used here (only pointers to
// the encoding handler, never its fields), so it is left out of what Swift sees.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
