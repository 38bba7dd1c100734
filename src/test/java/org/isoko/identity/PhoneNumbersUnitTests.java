package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class PhoneNumbersUnitTests {

	@Test
	void readsANumberAsTypedInItsCountry() {
		assertThat(PhoneNumbers.parse("0788 123 457", CountryCode.of("RW"), "phone").international())
			.isEqualTo("+250788123457");
		assertThat(PhoneNumbers.parse("+250 788-123-457", CountryCode.of("CN"), "phone").value())
			.isEqualTo("250788123457");
		assertThat(PhoneNumbers.parse("0712 345 678", CountryCode.of("KE"), "phone").international())
			.isEqualTo("+254712345678");
	}

	@Test
	void refusesWhatTheNumberingPlanDoesNotKnow() {
		assertThatThrownBy(() -> PhoneNumbers.parse("12", CountryCode.of("RW"), "phone"))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).field())
			.isEqualTo("phone");
		assertThatThrownBy(() -> PhoneNumbers.parse("0123 456 789", CountryCode.of("RW"), "phone"))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void turnsAPhoneLoginIntoItsStoredFormAndLeavesEmailsAlone() {
		assertThat(UserAccounts.normalise(" 0788 123 457 ")).isEqualTo("+250788123457");
		assertThat(UserAccounts.normalise("+250788123457")).isEqualTo("+250788123457");
		assertThat(UserAccounts.normalise("Seller.Coop@Isoko.demo")).isEqualTo("seller.coop@isoko.demo");
		assertThat(PhoneNumbers.writings("250788123457")).contains("250788123457", "0788123457", "788123457");
	}

}
