/**
 * The consolidation plan: which received parcels go on which departure. Plain Java, no
 * Spring and no database, so that it can be tested on thousands of random cases and timed
 * on a drop's worth of parcels.
 */
@NullMarked
package org.isoko.logistics.planning;

import org.jspecify.annotations.NullMarked;
