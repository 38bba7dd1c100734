package org.isoko.logistics;

import org.isoko.logistics.documents.HouseWaybillNumber;
import org.isoko.shared.HubCode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A parcel's house waybill number as the module stores, shows and looks it up: the
 * canonical form of a {@link HouseWaybillNumber} (e.g. ISK-KGL-00012345-42), which the
 * label prints and encodes in its barcode and QR code. Its check digits make a mistyped
 * manual entry fail at once instead of naming another seller's parcel. Always valid.
 */
public record Waybill(String value) {

	public Waybill {
		if (value == null || !HouseWaybillNumber.parse(value).value().equals(value)) {
			throw new IllegalArgumentException("'" + value + "' is not a waybill number in its canonical form");
		}
	}

	/** Reads what a scanner or a person typed (any case, with or without dashes). */
	@JsonCreator
	public static Waybill of(String text) {
		return new Waybill(HouseWaybillNumber.parse(text).value());
	}

	static Waybill of(HubCode origin, long serial) {
		return new Waybill(new HouseWaybillNumber(origin, serial).value());
	}

	public HouseWaybillNumber number() {
		return HouseWaybillNumber.parse(value);
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	@Override
	public String toString() {
		return value;
	}
}
