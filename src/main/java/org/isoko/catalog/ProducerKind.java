package org.isoko.catalog;

/**
 * Who produced a lot: the traceability buyers pay for goes down to the washing station or
 * the farm.
 */
public enum ProducerKind {

	COOPERATIVE, WASHING_STATION, FARM, FARMER_GROUP, COMPANY

}
