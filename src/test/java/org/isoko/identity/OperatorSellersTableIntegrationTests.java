package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.isoko.support.SignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpSession;

/**
 * The operator's sellers table heads the organisation kind column as a table does ("Kind
 * of organisation"), not with the registration form's "I register as", in every language.
 */
class OperatorSellersTableIntegrationTests extends IdentityTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "rw", "zh" })
	void theKindColumnIsHeadedAsATableNotAsTheRegistrationForm(String language) throws Exception {
		Properties identity = bundle(language);
		MockHttpSession operator = SignIn.session(mvc, "operator.kigali@isoko.demo");

		String page = mvc.perform(get("/operator/sellers?lang=" + language).session(operator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		String header = page.substring(page.indexOf("<thead>"), page.indexOf("</thead>"));
		assertThat(header).contains("<th>" + identity.getProperty("identity.field.organisationKind") + "</th>")
			.doesNotContain(identity.getProperty("identity.field.kind"));
	}

	private static Properties bundle(String language) throws IOException {
		String name = "en".equals(language) ? "i18n/identity.properties" : "i18n/identity_" + language + ".properties";
		Properties properties = new Properties();
		try (InputStream in = OperatorSellersTableIntegrationTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		// Thymeleaf writes an apostrophe in text as &#39;.
		properties.replaceAll((key, value) -> value.toString().replace("'", "&#39;"));
		return properties;
	}

}
