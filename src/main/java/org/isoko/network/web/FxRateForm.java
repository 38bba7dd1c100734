package org.isoko.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.isoko.network.FxRate;
import org.isoko.network.FxRateDetails;
import org.isoko.shared.CurrencyCode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The FX rate form as typed: the rate is entered as plain digits with a dot ("208.93").
 */
public class FxRateForm extends SourcedForm {

	private @Nullable String base;

	private @Nullable String quote;

	private @Nullable String rate;

	private @Nullable String effectiveDate = LocalDate.now().toString();

	static FxRateForm of(FxRate rate) {
		FxRateForm form = new FxRateForm();
		form.base = rate.base().value();
		form.quote = rate.quote().value();
		form.rate = rate.rate().toPlainString();
		form.effectiveDate = rate.effectiveDate().toString();
		form.sourced(rate.source(), rate.sourceUrl());
		return form;
	}

	@Nullable FxRateDetails details(BindingResult errors) {
		CurrencyCode baseCode = Forms.parse(base, "base", errors, CurrencyCode::of);
		CurrencyCode quoteCode = Forms.parse(quote, "quote", errors, CurrencyCode::of);
		BigDecimal value = Forms.decimal(rate, "rate", errors);
		LocalDate day = Forms.parse(effectiveDate, "effectiveDate", errors, LocalDate::parse);
		if (errors.hasErrors() || baseCode == null || quoteCode == null || value == null || day == null) {
			return null;
		}
		return Forms.build(errors,
				() -> new FxRateDetails(baseCode, quoteCode, value, day, sourceText(), getSourceUrl()));
	}

	public @Nullable String getBase() {
		return base;
	}

	public void setBase(@Nullable String base) {
		this.base = base;
	}

	public @Nullable String getQuote() {
		return quote;
	}

	public void setQuote(@Nullable String quote) {
		this.quote = quote;
	}

	public @Nullable String getRate() {
		return rate;
	}

	public void setRate(@Nullable String rate) {
		this.rate = rate;
	}

	public @Nullable String getEffectiveDate() {
		return effectiveDate;
	}

	public void setEffectiveDate(@Nullable String effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

}
