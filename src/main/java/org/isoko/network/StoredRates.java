package org.isoko.network;

import java.time.LocalDate;
import java.util.Optional;

import org.isoko.shared.CurrencyCode;

/**
 * Where the converter reads stored rates from: the database in the application, a list in
 * unit tests.
 */
interface StoredRates {

	/**
	 * The stored rate of exactly this pair with the latest effective date on or before
	 * {@code on}.
	 */
	Optional<FxRate> latest(CurrencyCode base, CurrencyCode quote, LocalDate on);

}
