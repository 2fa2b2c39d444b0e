#ifndef OSCE_KG_CRAPTOR2_SHIM_H
#define OSCE_KG_CRAPTOR2_SHIM_H

#include <raptor2.h>

/// `raptor_new_world()` is a macro (it passes RAPTOR_VERSION to
/// `raptor_new_world_internal`), which Swift does not import. Remove this
/// wrapper if raptor ever exports a plain function.
static inline raptor_world *osce_kg_raptor_new_world(void) {
    return raptor_new_world_internal(RAPTOR_VERSION);
}

#endif
