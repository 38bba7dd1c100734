package org.isoko.network.web;

import java.time.LocalDate;

import org.isoko.network.Sourced;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The fields every form of dated reference data shares: the period it is valid for, as
 * typed, besides its source.
 */
public abstract class DatedForm extends SourcedForm {

	private @Nullable String validFrom = LocalDate.now().toString();

	private @Nullable String validTo;

	/** Fills the period and the source from what is stored. */
	void dated(Sourced stored) {
		validFrom = stored.validFrom().toString();
		validTo = stored.validTo() == null ? null : String.valueOf(stored.validTo());
		sourced(stored.source(), stored.sourceUrl());
	}

	/** The first day, or null with a message next to the field. */
	@Nullable LocalDate from(BindingResult errors) {
		return Forms.parse(validFrom, "validFrom", errors, LocalDate::parse);
	}

	/** The day it stops being valid, if one was typed. */
	@Nullable LocalDate to(BindingResult errors) {
		return Forms.optionalDate(validTo, "validTo", errors);
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

}
