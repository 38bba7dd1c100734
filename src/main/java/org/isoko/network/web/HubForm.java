package org.isoko.network.web;

import java.time.LocalDate;

import org.isoko.network.Hub;
import org.isoko.network.HubDetails;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The hub form as typed. */
public class HubForm extends NamedForm {

	private @Nullable String code;

	private @Nullable String city;

	private @Nullable String country;

	static HubForm of(Hub hub) {
		HubForm form = new HubForm();
		form.code = hub.code().value();
		form.names(hub.name(), hub.names());
		form.city = hub.city();
		form.country = hub.country().value();
		form.dated(hub);
		return form;
	}

	@Nullable HubCode code(BindingResult errors) {
		return Forms.parse(code, "code", errors, HubCode::of);
	}

	@Nullable HubDetails details(BindingResult errors) {
		CountryCode countryCode = Forms.parse(country, "country", errors, CountryCode::of);
		LocalDate from = from(errors);
		LocalDate to = to(errors);
		if (errors.hasErrors() || countryCode == null || from == null) {
			return null;
		}
		return Forms.build(errors, () -> new HubDetails(englishName(), otherNames(), city == null ? "" : city,
				countryCode, from, to, sourceText(), getSourceUrl()));
	}

	public @Nullable String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getCity() {
		return city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

}
