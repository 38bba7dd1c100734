package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.isoko.customs.eac.EntryMessage;
import org.isoko.customs.eac.EntryMessage.Document;
import org.isoko.customs.eac.EntryMessage.DocumentCode;
import org.isoko.customs.eac.EntryMessage.HouseWaybill;
import org.junit.jupiter.api.Test;

/**
 * What the simulated authority queries: each house waybill's missing documents, named.
 */
class EacCustomsSimulatorUnitTests {

	@Test
	void anEntryIsQueriedForEachHouseWaybillsMissingDocuments() {
		HouseWaybill complete = waybill("W1", new Document(DocumentCode.COMMERCIAL_INVOICE, true, "CI-W1"),
				new Document(DocumentCode.CERTIFICATE_OF_ORIGIN, true, "CO-1"));
		HouseWaybill lacking = waybill("W2", new Document(DocumentCode.COMMERCIAL_INVOICE, true, "CI-W2"),
				new Document(DocumentCode.CERTIFICATE_OF_ORIGIN, false, null),
				new Document(DocumentCode.QUALITY_CERTIFICATE, false, null));
		assertThat(EacCustomsSimulator.missing(entry(complete))).isEmpty();
		assertThat(EacCustomsSimulator.missing(entry(complete, lacking)))
			.containsExactly("W2: certificate of origin, quality certificate");
	}

	static HouseWaybill waybill(String number, Document... documents) {
		return new HouseWaybill(number, "O", "Coop", "CN", 1000, 1050, List.of(), List.of(documents), null);
	}

	static EntryMessage entry(HouseWaybill... waybills) {
		return new EntryMessage("G", EntryMessage.Procedure.EX1, "EX-1", 0, "RW-KGL", "Isoko", "M", "4", "RW", "CN",
				Instant.EPOCH, List.of(waybills));
	}

}
