/**
 * Catalog: what sellers offer. Products (HS code, unit of sale, weights, texts in several
 * languages), lots of a product (stock, price, provenance down to the washing station or
 * farm, coffee attributes, documents such as a certificate of origin) and listings of a
 * lot on the corridors it is offered on. Also the storefront buyers search. Stock is
 * reserved here, by one conditional update per lot.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "network" })
@NullMarked
package org.isoko.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
