package org.isoko.customs.eac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;

import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.eac.EntryMessage.Charges;
import org.isoko.customs.eac.EntryMessage.Document;
import org.isoko.customs.eac.EntryMessage.DocumentCode;
import org.isoko.customs.eac.EntryMessage.HouseWaybill;
import org.isoko.customs.eac.EntryMessage.Item;
import org.junit.jupiter.api.Test;

/**
 * The entry contract's XML: an export and an import entry and the receipts are read back
 * field for field, signed with the CEB signature they verify, a tampered one does not,
 * and what is not an entry is refused.
 */
class EntryXmlUnitTests {

	static final Instant AT = Instant.parse("2026-12-11T08:30:00Z");

	static final KeyPair KEYS = keys();

	static EntryMessage importEntry() {
		return new EntryMessage("G-1", EntryMessage.Procedure.IM4, "IM-NBO-1", 2, "KE-NBO", "Isoko Ltd", "TRK-1234",
				"3", "RW", "KE", AT,
				List.of(new HouseWaybill("ISK-KGL-00000001-1", "ORD-1", "Abahuzamugambi Coffee Cooperative", "KE", 2100,
						2150,
						List.of(new Item(1, "090111", "Green coffee, 1 kg bag", 2, 123_450, "KES"),
								new Item(2, "090121", "Roasted coffee & <tea>", 1, 9_900, "KES")),
						List.of(new Document(DocumentCode.COMMERCIAL_INVOICE, true, "CI-ISK-KGL-00000001-1"),
								new Document(DocumentCode.CERTIFICATE_OF_ORIGIN, false, null)),
						new Charges("KES", 30_863, 24_691, 4_000))));
	}

	@Test
	void anImportEntryIsReadBackFieldForField() {
		EntryMessage entry = importEntry();
		String xml = CebXml.toText(EntryXml.write(entry));
		assertThat(xml).contains("urn:isoko:eac:entry:1")
			.contains("<eac:Procedure>IM4</eac:Procedure>")
			.contains("code=\"861\"")
			.contains("currency=\"KES\"");
		assertThat(EntryXml.read(xml)).isEqualTo(entry);
	}

	@Test
	void anExportEntryHasNoCharges() {
		EntryMessage entry = new EntryMessage("G-2", EntryMessage.Procedure.EX1, "EX-KGL-1", 0, "RW-KGL", "Isoko Ltd",
				"176-12345675", "4", "RW", "CN", AT,
				List.of(new HouseWaybill("W1", "O1", "Coop", "CN", 1000, 1050,
						List.of(new Item(1, "090111", "Coffee", 1, 15_000, "RWF")),
						List.of(new Document(DocumentCode.PACKING_LIST, true, "PL-W1")), null)));
		EntryMessage read = EntryXml.read(CebXml.toText(EntryXml.write(entry)));
		assertThat(read).isEqualTo(entry);
		assertThat(read.waybills().get(0).charges()).isNull();
	}

	@Test
	void aSignedEntryVerifiesAndATamperedOneDoesNot() {
		String signed = CebSignature.sign(EntryXml.write(importEntry()), KEYS);
		assertThat(CebSignature.verify(signed, KEYS.getPublic())).isTrue();
		assertThat(EntryXml.read(signed)).isEqualTo(importEntry());
		String tampered = signed.replace(">123450<", ">1<");
		assertThat(tampered).isNotEqualTo(signed);
		assertThat(CebSignature.verify(tampered, KEYS.getPublic())).isFalse();
		assertThat(CebSignature.verify(signed, keys().getPublic())).isFalse();
	}

	@Test
	void receiptsAreReadBackWithTheirReleaseNumberOrReason() {
		EntryReceipt released = new EntryReceipt("R-1", "EX-KGL-1", 1, EntryReceipt.Status.RELEASED, "RW-EXN-2026-0001",
				null, AT);
		EntryReceipt queried = new EntryReceipt("R-2", "EX-KGL-1", 0, EntryReceipt.Status.QUERIED, null,
				"Documents missing: W1: certificate of origin", AT);
		EntryReceipt inFrench = new EntryReceipt("R-3", "EX-KGL-1", 0, EntryReceipt.Status.QUERIED, null,
				"Certificat d'origine manquant", "fr", AT);
		for (EntryReceipt r : List.of(released, queried, inFrench)) {
			String signed = CebSignature.sign(EntryXml.writeReceipt(r), KEYS);
			assertThat(CebSignature.verify(signed, KEYS.getPublic())).isTrue();
			assertThat(EntryXml.readReceipt(signed)).isEqualTo(r);
		}
	}

	@Test
	void theReasonsLanguageIsItsXmlLangAndOnlyAWellFormedTagIsKept() {
		EntryReceipt queried = new EntryReceipt("R-4", "IM-NBO-1", 0, EntryReceipt.Status.QUERIED, null,
				"Invoice unreadable", "en", AT);
		String xml = CebXml.toText(EntryXml.writeReceipt(queried));
		assertThat(xml).contains("xml:lang=\"en\"");
		assertThat(EntryXml.readReceipt(xml.replace("xml:lang=\"en\"", "xml:lang=\"zh-Hans-CN\"")).reasonLanguage())
			.isEqualTo("zh-Hans-CN");
		assertThat(EntryXml.readReceipt(xml.replace("xml:lang=\"en\"", "xml:lang=\"not a tag!\"")).reasonLanguage())
			.isNull();
		assertThat(EntryXml.readReceipt(xml.replace(" xml:lang=\"en\"", "")).reasonLanguage()).isNull();
	}

	@Test
	void whatIsNotAnEntryIsRefused() {
		String receipt = CebXml
			.toText(EntryXml.writeReceipt(new EntryReceipt("R", "X", 0, EntryReceipt.Status.ACCEPTED, null, null, AT)));
		assertThatThrownBy(() -> EntryXml.read(receipt)).isInstanceOf(CebFormatException.class);
		String entry = CebXml.toText(EntryXml.write(importEntry()));
		assertThatThrownBy(() -> EntryXml.readReceipt(entry)).isInstanceOf(CebFormatException.class);
		assertThatThrownBy(() -> EntryXml.read(entry.replace(">IM4<", ">XX9<"))).isInstanceOf(CebFormatException.class);
		assertThatThrownBy(() -> EntryXml.read(entry.replace(">2100<", ">two<")))
			.isInstanceOf(CebFormatException.class);
		assertThatThrownBy(() -> EntryXml.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
			.isInstanceOf(CebFormatException.class);
	}

	static KeyPair keys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
