/**
 * Logistics: parcels from the seller's door to the buyer's — labels, hub intake,
 * consolidation into consignments, tracking. Its printed documents (label, manifest,
 * commercial invoice, packing list) are made by the plain-Java
 * {@code org.isoko.logistics.documents} package.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "network", "catalog", "ordering" })
@NullMarked
package org.isoko.logistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
