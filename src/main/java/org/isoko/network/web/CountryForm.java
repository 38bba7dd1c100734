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

	static CountryForm of(Country country) {
		CountryForm form = new CountryForm();
		form.code = country.code().value();
		form.names(country.name(), country.names());
		form.currency = country.currency().value();
		form.leastDeveloped = country.leastDeveloped();
		form.blocs = new ArrayList<>(country.blocs().stream().map(BlocCode::value).sorted().toList());
		form.dated(country);
		return form;
	}

	@Nullable CountryCode code(BindingResult errors) {
		return Forms.parse(code, "code", errors, CountryCode::of);
	}

	/** The details, or null with messages next to the fields. */
	@Nullable CountryDetails details(BindingResult errors) {
		CurrencyCode currencyCode = Forms.parse(currency, "currency", errors, CurrencyCode::of);
		LocalDate from = from(errors);
		LocalDate to = to(errors);
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
				blocCodes, from, to, sourceText(), getSourceUrl()));
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

}
