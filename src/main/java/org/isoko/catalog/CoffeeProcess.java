package org.isoko.catalog;

/**
 * How coffee cherries were turned into green beans; it shapes the cup, so buyers filter
 * by it.
 */
public enum CoffeeProcess {

	FULLY_WASHED, SEMI_WASHED, NATURAL, HONEY

}
