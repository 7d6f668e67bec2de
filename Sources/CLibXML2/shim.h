#ifndef TRIALFACTS_CLIBXML2_SHIM_H
#define TRIALFACTS_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside
   Foundation when both are loaded in one module. We never touch the ICU parts of
   libxml2's structs (only pointers to them), so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* libxml2 declares xmlFree as a global function-pointer variable, which Swift 6
   rejects as shared mutable state; a function wrapper is safe to call. */
static inline void CLibXML2_free(void *p) { xmlFree(p); }

/* Silences libxml2's default error printer for this thread: scraped pages are
   full of markup errors and stderr belongs to the tool's own messages. */
static void CLibXML2_ignoreError(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void CLibXML2_silenceErrors(void) {
  xmlSetGenericErrorFunc(NULL, CLibXML2_ignoreError);
  xmlSetStructuredErrorFunc(NULL, NULL);
}

#endif
