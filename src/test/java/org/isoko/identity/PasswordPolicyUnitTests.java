package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.isoko.identity.PasswordPolicy.Owner;
import org.isoko.identity.PasswordPolicy.WeakPassword;
import org.isoko.identity.PasswordPolicy.Weakness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class PasswordPolicyUnitTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	private final Owner alice = new Owner("alice.mukamana@example.org", "250788123457", "Alice Mukamana");

	@Test
	void shipsAListOfAtLeastTenThousandCommonPasswords() throws IOException {
		String list = new ClassPathResource(PasswordPolicy.COMMON_PASSWORDS).getContentAsString(StandardCharsets.UTF_8);
		assertThat(list.lines().filter(l -> !l.isBlank()).count()).isGreaterThanOrEqualTo(10_000);
	}

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			short-pw              | TOO_SHORT
			qwertyuiop            | COMMON
			1234567890            | COMMON
			QwertyUiop            | COMMON
			1q2w3e4r5t            | COMMON
			alice.mukamana!!      | PERSONAL
			my0788123457pw        | PERSONAL
			pw-250788123457       | PERSONAL
			mukamana-rocks        | PERSONAL
			AliceMukamana1        | PERSONAL
			""")
	void refusesShortCommonAndPersonalPasswords(String password, Weakness weakness) {
		WeakPassword refused = catchThrowableOfType(WeakPassword.class, () -> policy.check(password, alice));

		assertThat(refused).isNotNull();
		assertThat(refused.weakness()).isEqualTo(weakness);
		assertThat(refused.field()).isEqualTo("password");
		assertThat(refused.messageCode()).startsWith("identity.password.");
	}

	@Test
	void acceptsLongUncommonImpersonalPasswordsIncludingTheDemoOne() {
		assertThatCode(() -> policy.check("correct-horse-battery", alice)).doesNotThrowAnyException();
		assertThatCode(() -> policy.check("isoko-demo", new Owner("seller.coop@isoko.demo", null, "Coop Seller")))
			.doesNotThrowAnyException();
		// Short name parts ("Li") are not forbidden inside a password.
		assertThatCode(() -> policy.check("violin-lilies-42", new Owner(null, null, "Li Wei")))
			.doesNotThrowAnyException();
	}

}
