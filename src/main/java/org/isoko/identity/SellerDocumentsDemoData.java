package org.isoko.identity;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration documents of the demo sellers, as one-page PDFs made here with OpenPDF
 * (each says it is a demo, not a real certificate): the cooperative's and the roaster's
 * are checked, the pending tea growers' letter waits for the Kigali operator, after an
 * earlier blurred one they replaced. Idempotent: an organisation with documents is left
 * alone.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class SellerDocumentsDemoData implements ApplicationRunner {

	private static final String OPERATOR = "operator.kigali@isoko.demo";

	private record Demo(String organisation, String uploader, String kind, String title, DocumentReview review,
			@Nullable String reason, boolean replaced) {
	}

	private static final List<Demo> DOCUMENTS = List.of(
			new Demo("Abahuzamugambi Coffee Cooperative", "seller.coop@isoko.demo", "RCA_CERTIFICATE",
					"Cooperative registration certificate", DocumentReview.CHECKED, null, false),
			new Demo("Abahuzamugambi Coffee Cooperative", "seller.coop@isoko.demo", "TIN_CERTIFICATE",
					"Tax identification number certificate", DocumentReview.CHECKED, null, false),
			new Demo("Abahuzamugambi Coffee Cooperative", "seller.coop@isoko.demo", "NAEB_EXPORT_LICENCE",
					"Coffee export licence", DocumentReview.CHECKED, null, false),
			new Demo("Kigali Hills Roasters", "seller.sme@isoko.demo", "RDB_CERTIFICATE",
					"Certificate of domestic company registration", DocumentReview.CHECKED, null, false),
			new Demo("Kigali Hills Roasters", "seller.sme@isoko.demo", "TIN_CERTIFICATE",
					"Tax identification number certificate", DocumentReview.CHECKED, null, false),
			new Demo("Nyamasheke Tea Growers", "seller.pending@isoko.demo", "SECTOR_LETTER",
					"Letter of the sector (first photo)", DocumentReview.REFUSED,
					"The photo is blurred: the stamp and the leaders' names cannot be read", true),
			new Demo("Nyamasheke Tea Growers", "seller.pending@isoko.demo", "SECTOR_LETTER",
					"Letter of the sector recognising the group", DocumentReview.PENDING, null, false));

	private final Organisations organisations;

	private final UserAccounts users;

	private final SellerDocumentStore store;

	private final Clock clock;

	SellerDocumentsDemoData(Organisations organisations, UserAccounts users, SellerDocumentStore store, Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		List<OrganisationId> alreadyThere = DOCUMENTS.stream()
			.map(Demo::organisation)
			.distinct()
			.flatMap(name -> organisations.findByName(name).stream())
			.map(Organisation::id)
			.filter(id -> !store.ofOrganisation(id).isEmpty())
			.toList();
		int n = 0;
		for (Demo demo : DOCUMENTS) {
			n++;
			Organisation organisation = organisations.findByName(demo.organisation()).orElse(null);
			UserAccount uploader = users.findByEmail(demo.uploader()).orElse(null);
			if (organisation == null || uploader == null || alreadyThere.contains(organisation.id())) {
				continue;
			}
			// A second apart, ending now, so the history reads in order and nothing is
			// dated before the organisation registered (or in another context's future).
			Instant uploadedAt = now.minusSeconds(DOCUMENTS.size() - n);
			byte[] pdf = pdf(demo, organisation);
			String hash = DocumentContent.sha256(pdf);
			store.saveFile(hash, pdf);
			SellerDocument document = new SellerDocument(UUID.randomUUID(), organisation.id(), demo.kind(),
					"application/pdf", demo.kind().toLowerCase(java.util.Locale.ROOT) + ".pdf", pdf.length, hash,
					uploader.id(), uploader.email(), uploadedAt, null, null, DocumentReview.PENDING, null, null, null,
					0);
			store.insert(document);
			if (demo.review() != DocumentReview.PENDING) {
				store.updateReview(document.review(demo.review(), demo.reason(), OPERATOR, uploadedAt.plusMillis(300)));
			}
			if (demo.replaced()) {
				store.replaceCurrent(organisation.id(), demo.kind(), uploader.email(), uploadedAt.plusMillis(600));
			}
		}
	}

	private static byte[] pdf(Demo demo, Organisation organisation) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
		Document document = new Document(PageSize.A5, 36, 36, 36, 36);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(demo.title());
			document.addCreator("Isoko demo data");
			document.open();
			document.add(new Paragraph("DEMO DOCUMENT - NOT A REAL CERTIFICATE", new Font(Font.HELVETICA, 9)));
			document.add(new Paragraph(demo.title(), new Font(Font.HELVETICA, 16, Font.BOLD)));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("Issued to: " + organisation.name()));
			document.add(new Paragraph("Country: Rwanda"));
			document.add(new Paragraph("Number: " + demo.kind() + "-" + Math.abs(organisation.name().hashCode())));
			document.add(new Paragraph(" "));
			document.add(new Paragraph(
					"Made by Isoko's demo data so that the hub operator has something to open. It certifies nothing.",
					new Font(Font.HELVETICA, 9, Font.ITALIC)));
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("Cannot write the demo document", e);
		}
		return out.toByteArray();
	}

}
