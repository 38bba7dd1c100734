package org.isoko.trade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.isoko.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * The operators' forms without Spring: text that is not a number or not a date is refused
 * naming its field.
 */
class TradeRuleFormsUnitTests {

	@Test
	void formsNameTheFieldThatIsNotANumberOrNotADate() {
		assertRefused(
				() -> new FreightRateForm("KGL", "HGH", "AIR", "USD", "4,5", "50", "0.5", "2031-01-01", "", "s", "")
					.details(),
				"perKg");
		assertRefused(
				() -> new CbecRuleForm("CN", "", "5000", "26000", "0.7", "0", "1/1/2031", "", "b", "s", "").details(),
				"validFrom");
		assertRefused(() -> new TaxRuleForm("CN", "", "VAT", "13%", "2031-01-01", "", "b", "s", "").details(), "rate");
		assertThat(new TaxRuleForm("CN", "", "VAT", " 13 ", "2031-01-01", "", "b", "s", "").details().rate())
			.isEqualByComparingTo("13");
	}

	static void assertRefused(Runnable call, String field) {
		assertThatThrownBy(call::run).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo(field));
	}

}
