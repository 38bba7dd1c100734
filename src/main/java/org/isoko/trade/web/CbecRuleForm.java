package org.isoko.trade.web;

import static org.isoko.trade.web.TradeForms.orEmpty;

import org.isoko.trade.CbecRuleDetails;
import org.isoko.trade.Fields;
import org.jspecify.annotations.Nullable;

/** The cross-border retail rule form as posted, every field as typed. */
record CbecRuleForm(@Nullable String importer, @Nullable String currency, @Nullable String perOrderLimit,
		@Nullable String annualLimit, @Nullable String taxFactor, @Nullable String tariffWithinLimits,
		@Nullable String validFrom, @Nullable String validTo, @Nullable String legalBasis, @Nullable String source,
		@Nullable String sourceUrl) {

	CbecRuleDetails details() {
		return new CbecRuleDetails(importer, currency, Fields.decimal("perOrderLimit", perOrderLimit),
				Fields.decimal("annualLimit", annualLimit), Fields.decimal("taxFactor", taxFactor),
				Fields.decimal("tariffWithinLimits", tariffWithinLimits), Fields.date("validFrom", validFrom),
				Fields.date("validTo", validTo), legalBasis, source, sourceUrl);
	}

	static CbecRuleForm of(CbecRuleDetails d) {
		return new CbecRuleForm(d.importer(), d.currency(), orEmpty(d.perOrderLimit()), orEmpty(d.annualLimit()),
				orEmpty(d.taxFactor()), orEmpty(d.tariffWithinLimits()), orEmpty(d.validFrom()), orEmpty(d.validTo()),
				d.legalBasis(), d.source(), orEmpty(d.sourceUrl()));
	}

	static CbecRuleForm blank(String today) {
		return new CbecRuleForm("CN", "CNY", "", "", "", "0", today, "", "", "", "");
	}
}
