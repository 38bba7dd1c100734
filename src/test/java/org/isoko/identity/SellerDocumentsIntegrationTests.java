package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A seller's registration documents: what is accepted (by content), who may read them,
 * the operator's review and the verification rule.
 */
class SellerDocumentsIntegrationTests extends IdentityTestSupport {

	@Autowired
	UserAccounts users;

	record Seller(UUID id, String email, String token) {
	}

	@Test
	void aSellerUploadsAPdfAJpegAndAPngCheckedByContent() throws Exception {
		Seller seller = registerSeller("COOPERATIVE");
		byte[] pdf = pdf("Cooperative registration certificate");

		String body = upload(seller, seller.token(), "RCA_CERTIFICATE", "scan.bin", pdf).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.fileName").value("scan.pdf"))
			.andExpect(jsonPath("$.sha256").value(DocumentContent.sha256(pdf)))
			.andExpect(jsonPath("$.review").value("PENDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String contentUrl = JsonPath.read(body, "$.contentUrl");
		mvc.perform(bearer(get(contentUrl), seller.token()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(pdf));

		// An image named .pdf is served as what it is.
		upload(seller, seller.token(), "TIN_CERTIFICATE", "tin.pdf", image("jpg")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.fileName").value("tin.jpg"));
		upload(seller, seller.token(), "NAEB_EXPORT_LICENCE", "naeb.png", image("png")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"));

		mvc.perform(bearer(get("/api/v1/organisations/" + seller.id() + "/documents"), seller.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing").isEmpty())
			.andExpect(jsonPath("$.notChecked.length()").value(2))
			.andExpect(jsonPath("$.complete").value(false));
		assertThat(auditCount(AuditActions.SELLER_DOCUMENT_UPLOADED, nameOf(seller))).isEqualTo(3);
	}

	@Test
	void anythingButAReadablePdfJpegOrPngIsRefusedByTheFileFieldAndNothingIsStored() throws Exception {
		Seller seller = registerSeller("COOPERATIVE");
		byte[] tooLarge = Arrays.copyOf(pdf("big"), 10 * 1024 * 1024 + 1);
		byte[][] refused = { "just text, named like a PDF".getBytes(StandardCharsets.UTF_8),
				"%PDF-1.7\nnot really a PDF at all".getBytes(StandardCharsets.US_ASCII), image("gif"), image("bmp"),
				new byte[0], tooLarge, Arrays.copyOf(image("png"), 60), DocumentContentUnitTests.encryptedPdf() };
		long before = count("identity_seller_document");
		for (byte[] bytes : refused) {
			upload(seller, seller.token(), "RCA_CERTIFICATE", "certificate.pdf", bytes)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.errors[0].field").value("file"));
		}
		upload(seller, seller.token(), "NO_SUCH_KIND", "certificate.pdf", pdf("x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		// A kind of another country or organisation kind is not one of this seller's.
		upload(seller, seller.token(), "RDB_CERTIFICATE", "certificate.pdf", pdf("x"))
			.andExpect(status().isBadRequest());
		assertThat(count("identity_seller_document")).isEqualTo(before);
	}

	@Test
	void replacingADocumentKeepsTheEarlierOneWithWhoReplacedItAndWhen() throws Exception {
		Seller seller = registerSeller("COOPERATIVE");
		upload(seller, seller.token(), "RCA_CERTIFICATE", "first.pdf", pdf("first")).andExpect(status().isCreated());
		upload(seller, seller.token(), "RCA_CERTIFICATE", "second.pdf", pdf("second")).andExpect(status().isCreated());

		mvc.perform(bearer(get("/api/v1/organisations/" + seller.id() + "/documents"), seller.token()))
			.andExpect(jsonPath("$.kinds[?(@.kind == 'RCA_CERTIFICATE')].current.fileName").value("second.pdf"))
			.andExpect(jsonPath("$.kinds[?(@.kind == 'RCA_CERTIFICATE')].replaced[0].fileName").value("first.pdf"))
			.andExpect(jsonPath("$.kinds[?(@.kind == 'RCA_CERTIFICATE')].replaced[0].replacedBy").value(seller.email()))
			.andExpect(jsonPath("$.kinds[?(@.kind == 'RCA_CERTIFICATE')].replaced[0].replacedAt").exists());
		assertThat(auditCount(AuditActions.SELLER_DOCUMENT_REPLACED, nameOf(seller))).isEqualTo(1);
	}

	@Test
	void onlyTheSellerItsHubsOperatorsAndAdminsReadTheDocuments() throws Exception {
		Seller seller = registerSeller("COOPERATIVE");
		String body = upload(seller, seller.token(), "RCA_CERTIFICATE", "rca.pdf", pdf("rca")).andReturn()
			.getResponse()
			.getContentAsString();
		String documentId = JsonPath.read(body, "$.id");
		String list = "/api/v1/organisations/" + seller.id() + "/documents";
		String content = list + "/" + documentId + "/content";
		String page = "/documents/" + documentId + ".pdf";

		for (String email : new String[] { "seller.coop@isoko.demo", "buyer.cn@isoko.demo",
				"operator.hangzhou@isoko.demo", "customs.kigali@isoko.demo" }) {
			String token = tokenFor(email);
			mvc.perform(bearer(get(list), token)).andExpect(status().isNotFound());
			mvc.perform(bearer(get(content), token)).andExpect(status().isNotFound());
			mvc.perform(get(page).with(signedIn(email))).andExpect(status().isNotFound());
		}
		for (String email : new String[] { "operator.kigali@isoko.demo", "admin@isoko.demo" }) {
			mvc.perform(bearer(get(list), tokenFor(email))).andExpect(status().isOk());
			mvc.perform(bearer(get(content), tokenFor(email))).andExpect(status().isOk());
			mvc.perform(get(page).with(signedIn(email)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("Content-Disposition", containsString("inline")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}
		mvc.perform(get(page).with(signedIn(seller.email()))).andExpect(status().isOk());
		mvc.perform(get(page)).andExpect(status().is3xxRedirection()); // to sign-in
		mvc.perform(get(content)).andExpect(status().isUnauthorized());

		// Nobody but the organisation's own members uploads: another seller does not
		// even see it, its hub's operator may not.
		upload(seller, tokenFor("seller.coop@isoko.demo"), "RCA_CERTIFICATE", "x.pdf", pdf("x"))
			.andExpect(status().isNotFound());
		upload(seller, tokenFor("operator.kigali@isoko.demo"), "RCA_CERTIFICATE", "x.pdf", pdf("x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOperatorChecksOrRefusesEachDocumentAndVerifiesOnceTheRequiredOnesAreChecked() throws Exception {
		Seller seller = registerSeller("COOPERATIVE");
		String rca = JsonPath.read(upload(seller, seller.token(), "RCA_CERTIFICATE", "rca.pdf", pdf("rca")).andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String tin = JsonPath.read(upload(seller, seller.token(), "TIN_CERTIFICATE", "tin.pdf", pdf("tin")).andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String operator = tokenFor("operator.kigali@isoko.demo");
		String reviews = "/api/v1/organisations/" + seller.id() + "/documents/";

		mvc.perform(bearer(json(post(reviews + tin + "/review"), "{\"decision\":\"REFUSED\"}"), operator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(bearer(json(post(reviews + tin + "/review"), "{\"decision\":\"CHECKED\"}"),
				tokenFor("operator.hangzhou@isoko.demo")))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(json(post(reviews + tin + "/review"), "{\"decision\":\"CHECKED\"}"), seller.token()))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(
				json(post(reviews + tin + "/review"),
						"{\"decision\":\"REFUSED\",\"reason\":\"The TIN does not match the organisation's name\"}"),
				operator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.review").value("REFUSED"))
			.andExpect(jsonPath("$.reviewedBy").value("operator.kigali@isoko.demo"));
		mvc.perform(bearer(json(post(reviews + rca + "/review"), "{\"decision\":\"CHECKED\"}"), operator))
			.andExpect(status().isOk());

		// The refused TIN keeps the verification waiting...
		String verification = "/api/v1/organisations/" + seller.id() + "/verification";
		mvc.perform(bearer(json(post(verification), "{\"decision\":\"VERIFIED\"}"), operator))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("TIN_CERTIFICATE")))
			.andExpect(jsonPath("$.detail").value(not(containsString("RCA_CERTIFICATE"))));
		// ...until the seller sends a new one and the operator checks it.
		String newTin = JsonPath
			.read(upload(seller, seller.token(), "TIN_CERTIFICATE", "tin2.pdf", pdf("tin 2")).andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		mvc.perform(bearer(json(post(reviews + tin + "/review"), "{\"decision\":\"CHECKED\"}"), operator))
			.andExpect(status().isConflict()); // the replaced one
		mvc.perform(bearer(json(post(reviews + newTin + "/review"), "{\"decision\":\"CHECKED\"}"), operator))
			.andExpect(status().isOk());
		mvc.perform(bearer(json(post(verification), "{\"decision\":\"VERIFIED\"}"), operator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verification").value("VERIFIED"));

		assertThat(auditCount(AuditActions.SELLER_DOCUMENT_REFUSED, nameOf(seller))).isEqualTo(1);
		assertThat(auditCount(AuditActions.SELLER_DOCUMENT_CHECKED, nameOf(seller))).isEqualTo(2);
		assertThat(jdbc.sql("SELECT details FROM identity_audit_event WHERE action = 'SELLER_VERIFIED' AND target = :t")
			.param("t", nameOf(seller))
			.query(String.class)
			.single()).doesNotContain("confirmed");
	}

	@Test
	void theSellersPageShowsAnEmptyStateAndARefusedUploadByItsField() throws Exception {
		Seller seller = registerSeller("FARMER_GROUP");
		RequestPostProcessor signedIn = signedIn(seller.email());

		mvc.perform(get("/seller/documents?lang=en").with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-documents\"")))
			.andExpect(content().string(containsString("Letter from the sector recognising the group")));
		MvcResult refused = mvc
			.perform(multipart("/seller/documents")
				.file(new MockMultipartFile("file", "letter.pdf", "application/pdf", image("gif")))
				.param("kind", "SECTOR_LETTER")
				.with(signedIn)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("org.springframework.validation.BindingResult.documentForm"))
			.andReturn();
		mvc.perform(get("/seller/documents?lang=fr").with(signedIn).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("ni un PDF, ni un JPEG, ni un PNG")));

		mvc.perform(multipart("/seller/documents")
			.file(new MockMultipartFile("file", "letter.pdf", "application/pdf", pdf("letter")))
			.param("kind", "SECTOR_LETTER")
			.with(signedIn)
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("uploaded"));
		mvc.perform(get("/seller/documents?lang=en").with(signedIn))
			.andExpect(content().string(not(containsString("id=\"no-documents\""))))
			.andExpect(content().string(containsString("letter.pdf")));
	}

	@Test
	void theOperatorsPageShowsTheDocumentsBesideTheDetailsAndRefusesWithAReasonByTheField() throws Exception {
		Seller seller = registerSeller("COOPERATIVE");
		String rca = JsonPath.read(upload(seller, seller.token(), "RCA_CERTIFICATE", "rca.pdf", pdf("rca")).andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		RequestPostProcessor operator = signedIn("operator.kigali@isoko.demo");
		String page = "/operator/sellers/" + seller.id();

		mvc.perform(get(page + "?lang=en").with(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/documents/" + rca + ".pdf\"")))
			.andExpect(content().string(containsString("id=\"documents-not-checked\"")))
			.andExpect(content().string(containsString("Tax identification number (TIN) certificate (RRA)")))
			.andExpect(content().string(containsString("id=\"confirm\"")));
		MvcResult refused = mvc
			.perform(post(page + "/documents/" + rca + "/review").param("decision", "REFUSED")
				.param("reason", " ")
				.with(operator)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("reviewError", "identity.document.review.reasonNeeded"))
			.andReturn();
		mvc.perform(get(page + "?lang=zh").with(operator).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("请告诉卖家拒绝该文件的原因")));
		mvc.perform(
				post(page + "/documents/" + rca + "/review").param("decision", "CHECKED").with(operator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT review FROM identity_seller_document WHERE id = :id")
			.param("id", UUID.fromString(rca))
			.query(String.class)
			.single()).isEqualTo("CHECKED");
		mvc.perform(post(page + "/documents/" + rca + "/review").param("decision", "CHECKED")
			.with(signedIn("operator.hangzhou@isoko.demo"))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void theDemoSellersHaveDocumentsAndThePendingOneWaitsForTheOperator() {
		assertThat(reviews("Abahuzamugambi Coffee Cooperative")).containsOnly("CHECKED").hasSize(3);
		assertThat(reviews("Kigali Hills Roasters")).containsOnly("CHECKED").hasSize(2);
		// The tea growers' first letter was refused and replaced; the new one waits.
		assertThat(reviews("Nyamasheke Tea Growers")).containsExactlyInAnyOrder("REFUSED", "PENDING");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM identity_seller_document d JOIN identity_organisation o ON o.id = d.organisation_id
				WHERE o.name = 'Nyamasheke Tea Growers' AND d.replaced_at IS NULL AND d.review = 'PENDING'""")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	java.util.List<String> reviews(String organisation) {
		return jdbc.sql("""
				SELECT d.review FROM identity_seller_document d JOIN identity_organisation o ON o.id = d.organisation_id
				WHERE o.name = :name""").param("name", organisation).query(String.class).list();
	}

	org.springframework.test.web.servlet.ResultActions upload(Seller seller, String token, String kind, String name,
			byte[] bytes) throws Exception {
		var request = multipart("/api/v1/organisations/" + seller.id() + "/documents")
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("kind", kind);
		request.header("Authorization", "Bearer " + token);
		return mvc.perform(request);
	}

	Seller registerSeller(String kind) throws Exception {
		String email = uniqueEmail("docs");
		String body = mvc
			.perform(json(post("/api/v1/registrations"),
					"""
							{"kind":"%s","organisationName":"Docs %s","displayName":"Test","email":"%s","password":"%s","country":"RW",
							 "phone":"+250788123123"}"""
						.formatted(kind, UUID.randomUUID(), email, LONG_PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(email, LONG_PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		return new Seller(UUID.fromString(JsonPath.read(body, "$.organisation.id")), email, token);
	}

	String nameOf(Seller seller) {
		return jdbc.sql("SELECT name FROM identity_organisation WHERE id = :id")
			.param("id", seller.id())
			.query(String.class)
			.single();
	}

	RequestPostProcessor signedIn(String email) {
		return user(new IsokoPrincipal(users.findByEmail(email).orElseThrow()));
	}

	static byte[] pdf(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(text));
		document.close();
		return out.toByteArray();
	}

	static byte[] image(String format) {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(5, 5, 20, 10);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

}
