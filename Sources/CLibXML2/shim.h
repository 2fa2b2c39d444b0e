#ifndef OSCE_KG_CLIBXML2_SHIM_H
#define OSCE_KG_CLIBXML2_SHIM_H

// libxml2's HTML parser and tree API, for HTMLReader (the only module that
// imports CLibXML2). No logic lives here.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#endif
