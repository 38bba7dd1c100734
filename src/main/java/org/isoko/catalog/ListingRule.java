package org.isoko.catalog;

import java.time.LocalDate;

import org.isoko.network.Corridor;
import org.isoko.shared.HsCode;

/**
 * A condition another module puts on offering a lot on a corridor, asked before the
 * catalog lists or resumes a listing. The trade module's: the destination's tariff has a
 * line for the lot's HS code, so that every listing can be quoted. Implementations live
 * in the modules that know the rule; the catalog depends on none of them.
 */
public interface ListingRule {

	/**
	 * @throws org.isoko.shared.InvalidInput naming {@code corridor} and saying why, when
	 * a lot of {@code hsCode} may not be offered on {@code corridor} on {@code day}
	 */
	void check(HsCode hsCode, Corridor corridor, LocalDate day);

}
