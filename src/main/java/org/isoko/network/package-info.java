/**
 * The hub network: countries, hubs, corridors between hubs, currencies and dated FX
 * rates. All of it is reference data a hub operator edits, so that a new country joins by
 * adding data, not code.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
@NullMarked
package org.isoko.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
