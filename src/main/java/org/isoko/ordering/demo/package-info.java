/**
 * Ordering's demo data (carts and orders in every state) and the demo payment step that
 * settles at once. Internal to the ordering module.
 */
@NullMarked
package org.isoko.ordering.demo;

import org.jspecify.annotations.NullMarked;
