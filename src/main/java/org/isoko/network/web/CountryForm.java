package org.isoko.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.isoko.network.BlocCode;
import org.isoko.network.Country;
import org.isoko.network.CountryDetails;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The country form as typed, text for text, so that a wrong value comes back to the
 * person unchanged.
 */
public class CountryForm extends NamedForm {

	private @Nullable String code;

	private @Nullable String currency;

	private boolean leastDeveloped;

	private List<String> blocs = new ArrayList<>();

	private @Nullable String validFrom = LocalDate.now().toString();

	private @Nullable String validTo;

	private @Nullable String source;

	private @Nullable String sourceUrl;

	static CountryForm of(Country country) {
		CountryForm form = new CountryForm();
		form.code = country.code().value();
		form.names(country.name(), country.names());
		form.currency = country.currency().value();
		form.leastDeveloped = country.leastDeveloped();
		form.blocs = new ArrayList<>(country.blocs().stream().map(BlocCode::value).sorted().toList());
		form.validFrom = country.validFrom().toString();
		form.validTo = country.validTo() == null ? null : country.validTo().toString();
		form.source = country.source();
		form.sourceUrl = country.sourceUrl();
		return form;
	}

	@Nullable CountryCode code(BindingResult errors) {
		return Forms.parse(code, "code", errors, CountryCode::of);
	}

	/** The details, or null with messages next to the fields. */
	@Nullable CountryDetails details(BindingResult errors) {
		CurrencyCode currencyCode = Forms.parse(currency, "currency", errors, CurrencyCode::of);
		LocalDate from = Forms.parse(validFrom, "validFrom", errors, LocalDate::parse);
		LocalDate to = Forms.optionalDate(validTo, "validTo", errors);
		Set<BlocCode> blocCodes = new HashSet<>();
		for (String bloc : blocs) {
			BlocCode parsed = Forms.parse(bloc, "blocs", errors, BlocCode::of);
			if (parsed != null) {
				blocCodes.add(parsed);
			}
		}
		if (errors.hasErrors() || currencyCode == null || from == null) {
			return null;
		}
		return Forms.build(errors, () -> new CountryDetails(englishName(), otherNames(), currencyCode, leastDeveloped,
				blocCodes, from, to, source == null ? "" : source, sourceUrl));
	}

	public @Nullable String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getCurrency() {
		return currency;
	}

	public void setCurrency(@Nullable String currency) {
		this.currency = currency;
	}

	public boolean isLeastDeveloped() {
		return leastDeveloped;
	}

	public void setLeastDeveloped(boolean leastDeveloped) {
		this.leastDeveloped = leastDeveloped;
	}

	public List<String> getBlocs() {
		return blocs;
	}

	public void setBlocs(@Nullable List<String> blocs) {
		this.blocs = blocs == null ? new ArrayList<>() : blocs;
	}

	public @Nullable String getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(@Nullable String validFrom) {
		this.validFrom = validFrom;
	}

	public @Nullable String getValidTo() {
		return validTo;
	}

	public void setValidTo(@Nullable String validTo) {
		this.validTo = validTo;
	}

	public @Nullable String getSource() {
		return source;
	}

	public void setSource(@Nullable String source) {
		this.source = source;
	}

	public @Nullable String getSourceUrl() {
		return sourceUrl;
	}

	public void setSourceUrl(@Nullable String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

}
