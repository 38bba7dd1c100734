package org.isoko.trade.web;

import static org.isoko.trade.web.TradeForms.orEmpty;

import org.isoko.trade.Fields;
import org.isoko.trade.TaxRuleDetails;
import org.isoko.trade.tariff.TaxRule;
import org.jspecify.annotations.Nullable;

/**
 * The tax-rule form as posted: every field stays text, so that a refused value comes back
 * as typed, next to its field.
 */
record TaxRuleForm(@Nullable String importer, @Nullable String hsPrefix, @Nullable String tax, @Nullable String rate,
		@Nullable String validFrom, @Nullable String validTo, @Nullable String legalBasis, @Nullable String source,
		@Nullable String sourceUrl) {

	TaxRuleDetails details() {
		return new TaxRuleDetails(importer, hsPrefix, tax, Fields.decimal("rate", rate),
				Fields.date("validFrom", validFrom), Fields.date("validTo", validTo), legalBasis, source, sourceUrl);
	}

	static TaxRuleForm of(TaxRule rule) {
		TaxRuleDetails d = TaxRuleDetails.of(rule);
		return new TaxRuleForm(d.importer(), d.hsPrefix(), d.tax(), orEmpty(d.rate()), orEmpty(d.validFrom()),
				orEmpty(d.validTo()), d.legalBasis(), d.source(), orEmpty(d.sourceUrl()));
	}

	static TaxRuleForm blank(String importer, String today) {
		return new TaxRuleForm(importer, "", "VAT", "", today, "", "", "", "");
	}
}
