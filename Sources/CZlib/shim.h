#ifndef TRIALFACTS_CZLIB_SHIM_H
#define TRIALFACTS_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro in zlib.h, which Swift cannot import. */
static inline int CZlib_inflateInit2(z_streamp stream, int windowBits) {
  return inflateInit2(stream, windowBits);
}
#endif
