package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.isoko.catalog.photos.TestImages;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Photos over HTTP: a seller adds them through the API and the pages, buyers see them on
 * the shop and lot pages, and they are served with cache headers; bad uploads are refused
 * naming the field and change nothing.
 */
class PhotosIntegrationTests extends SellerTestSupport {

	String coop;

	String product;

	@BeforeEach
	void signIn() throws Exception {
		coop = token(COOP);
		product = greenCoffeeProduct(coop);
	}

	@Test
	void aSellerAddsAPhotoThatIsServedWithLongCacheHeadersAndEtags() throws Exception {
		String body = upload("/api/v1/products/" + product + "/photos", coop,
				TestImages.encode(TestImages.halves(1600, 1200), "jpg"), "Green beans on a drying bed")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cardWidth").value(320))
			.andExpect(jsonPath("$.detailWidth").value(1024))
			.andExpect(jsonPath("$.alt.en").value("Green beans on a drying bed"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String card = JsonPath.read(body, "$.cardUrl");
		byte[] served = mvc.perform(get(card))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
			.andExpect(header().string("Cache-Control", containsString("immutable")))
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(served.length).isBetween(1, 20_000);
		String etag = mvc.perform(get(card)).andReturn().getResponse().getHeader("ETag");
		mvc.perform(get(card).header("If-None-Match", etag)).andExpect(status().isNotModified());
		mvc.perform(get("/photos/" + "0".repeat(64) + ".jpg")).andExpect(status().isNotFound());
		mvc.perform(get("/photos/not-a-hash.jpg")).andExpect(status().isNotFound());
		mvc.perform(SignIn.bearer(get("/api/v1/products/" + product + "/photos"), coop))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void badUploadsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
		long before = count("catalog_photo");
		String path = "/api/v1/products/" + product + "/photos";
		expectProblem(upload(path, coop, "just text".getBytes(), "A photo"), 400, "file");
		expectProblem(upload(path, coop, TestImages.encode(TestImages.halves(20, 20), "gif"), "A gif"), 400, "file");
		expectProblem(upload(path, coop, TestImages.pngHeaderClaiming(60_000, 60_000), "A bomb"), 400, "file");
		expectProblem(upload(path, coop, TestImages.encode(TestImages.halves(20, 20), "png"), " "), 400, "altEn");
		expectProblem(upload(path, coop, TestImages.encode(TestImages.halves(20, 20), "png"), "x".repeat(251)), 400,
				"altEn");
		assertThat(count("catalog_photo")).isEqualTo(before);
	}

	@Test
	void atMostEightPhotosPerProduct() throws Exception {
		String path = "/api/v1/products/" + product + "/photos";
		for (int i = 0; i < 8; i++) {
			upload(path, coop, TestImages.encode(TestImages.noise(40, 30, i), "png"), "Photo " + i)
				.andExpect(status().isCreated());
		}
		expectProblem(upload(path, coop, TestImages.encode(TestImages.noise(40, 30, 99), "png"), "One too many"), 409,
				null);
		mvc.perform(SignIn.bearer(get(path), coop)).andExpect(jsonPath("$.length()").value(8));
	}

	@Test
	void anotherSellersProductLotOrPhotoIsNotFound() throws Exception {
		String other = token(COOP2);
		String photo = JsonPath.read(upload("/api/v1/products/" + product + "/photos", coop,
				TestImages.encode(TestImages.halves(50, 40), "png"), "Mine")
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		expectProblem(upload("/api/v1/products/" + product + "/photos", other,
				TestImages.encode(TestImages.halves(50, 40), "png"), "Not mine"), 404, null);
		mvc.perform(SignIn.bearer(delete("/api/v1/products/" + product + "/photos/" + photo), other))
			.andExpect(status().isNotFound());
		mvc.perform(SignIn.bearer(get("/api/v1/products/" + product + "/photos"), token(BUYER)))
			.andExpect(status().isForbidden());
		mvc.perform(SignIn.bearer(delete("/api/v1/products/" + product + "/photos/" + photo), coop))
			.andExpect(status().isNoContent());
		mvc.perform(SignIn.bearer(get("/api/v1/products/" + product + "/photos"), coop))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void buyersSeeTheLotsOwnPhotoFirstThenTheProducts() throws Exception {
		String lot = lotId(org.isoko.catalog.demo.CatalogDemoData.ABAHUZAMUGAMBI_GREEN);
		String lotPhoto = JsonPath.read(upload("/api/v1/seller/lots/" + lot + "/photos", coop,
				TestImages.encode(TestImages.halves(900, 600), "png"), "Lot ABZ in its bags")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.cardUrl");
		String page = mvc.perform(get("/lots/" + lot + "?destination=CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher gallery = Pattern.compile("<section id=\"gallery\".*?</section>", Pattern.DOTALL).matcher(page);
		assertThat(gallery.find()).isTrue();
		assertThat(gallery.group()).contains("alt=\"Lot ABZ in its bags\"").contains("srcset=");
		// The demo product's drawing follows the lot's own photo.
		assertThat(gallery.group().indexOf("Lot ABZ")).isLessThan(gallery.group().indexOf("Drawing of"));
		String shop = mvc.perform(get("/shop?destination=CN&q=Gakenke"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shop).contains("class=\"card-photo\"").contains(lotPhoto).contains("loading=\"lazy\"");
	}

	@Test
	void thePageFormShowsARefusalByTheFieldAndKeepsTheAltTexts() throws Exception {
		MockHttpSession session = SignIn.session(mvc, COOP);
		String page = "/seller/products/" + product;
		MockMultipartHttpServletRequestBuilder refused = multipart(page + "/photos")
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "not really a jpeg".getBytes()));
		refused.param("altFr", "Grains verts");
		mvc.perform(refused.session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("photoForm"));
		MockMultipartHttpServletRequestBuilder accepted = multipart(page + "/photos").file(new MockMultipartFile("file",
				"beans.png", "image/png", TestImages.encode(TestImages.halves(300, 200), "png")));
		accepted.param("altEn", "Beans");
		mvc.perform(accepted.session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("savedMessage", "catalog.photo.added"));
		mvc.perform(get(page).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alt=\"Beans\"")))
			.andExpect(content().string(not(containsString("id=\"no-photos\""))));
	}

	@Test
	void theRefusedFormComesBackWithTheMessageNextToTheFile() throws Exception {
		MockHttpSession session = SignIn.session(mvc, COOP);
		String page = "/seller/products/" + product;
		MockMultipartHttpServletRequestBuilder refused = multipart(page + "/photos")
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "not really a jpeg".getBytes()));
		refused.param("altFr", "Grains verts");
		var flashed = mvc.perform(refused.session(session).with(csrf())).andReturn().getFlashMap();
		var followed = get(page).session(session);
		flashed.forEach(followed::flashAttr);
		mvc.perform(followed)
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("This file is not a photo")))
			.andExpect(content().string(containsString("value=\"Grains verts\"")));
	}

	private ResultActions upload(String path, String token, byte[] content, String altEn) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(path)
			.file(new MockMultipartFile("file", "upload.jpg", "image/jpeg", content));
		request.param("altEn", altEn);
		return mvc.perform(request.header("Authorization", "Bearer " + token));
	}

}
