package org.isoko.logistics.documents;

import java.time.LocalDate;
import java.util.Locale;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;

/** Sample documents' data: a Kigali seller's coffee going to a buyer in Hangzhou. */
final class DocumentSamples {

	static final Locale ZH = Locale.forLanguageTag("zh");

	static final Locale RW = Locale.forLanguageTag("rw");

	static final Hub KIGALI = new Hub(HubCode.of("KGL"), "Kigali");

	static final Hub HANGZHOU = new Hub(HubCode.of("HGH"), "杭州 Hangzhou");

	static final Party SELLER = Party.of("Inzozi Coffee Ltd", CountryCode.of("RW"), "KN 5 Rd, Kiyovu", "Kigali")
		.withPhone("+250 788 123 456")
		.withTaxId("TIN 102345678");

	static final Party BUYER = Party.of("王小明", CountryCode.of("CN"), "西湖区文三路 90 号", "杭州市 310012")
		.withPhone("+86 138 0013 8000");

	private DocumentSamples() {
	}

	static HouseWaybillNumber waybill(long serial) {
		return new HouseWaybillNumber(KIGALI.code(), serial);
	}

	static LabelData label(Locale seller, Locale destination) {
		return new LabelData(waybill(12345), "RW-4821-7730", SELLER, BUYER, KIGALI, HANGZHOU, 2_350, 2,
				LocalDate.of(2026, 12, 6), seller, destination);
	}

}
