package org.isoko.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.isoko.network.Corridor;
import org.isoko.network.CorridorDetails;
import org.isoko.network.CustomsRegime;
import org.isoko.network.TransportMode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The corridor form as typed; modes and regimes are checkboxes. */
public class CorridorForm {

	private @Nullable String origin;

	private @Nullable String destination;

	private List<String> modes = new ArrayList<>();

	private List<String> regimes = new ArrayList<>();

	private @Nullable String typicalTransitDays;

	private @Nullable String validFrom = LocalDate.now().toString();

	private @Nullable String validTo;

	private @Nullable String source;

	private @Nullable String sourceUrl;

	static CorridorForm of(Corridor corridor) {
		CorridorForm form = new CorridorForm();
		form.origin = corridor.origin().value();
		form.destination = corridor.destination().value();
		form.modes = new ArrayList<>(corridor.modes().stream().map(Enum::name).sorted().toList());
		form.regimes = new ArrayList<>(corridor.regimes().stream().map(Enum::name).sorted().toList());
		form.typicalTransitDays = String.valueOf(corridor.typicalTransitDays());
		form.validFrom = corridor.validFrom().toString();
		form.validTo = corridor.validTo() == null ? null : corridor.validTo().toString();
		form.source = corridor.source();
		form.sourceUrl = corridor.sourceUrl();
		return form;
	}

	@Nullable CorridorDetails details(BindingResult errors) {
		HubCode from = Forms.parse(origin, "origin", errors, HubCode::of);
		HubCode to = Forms.parse(destination, "destination", errors, HubCode::of);
		Integer days = Forms.integer(typicalTransitDays, "typicalTransitDays", errors);
		LocalDate start = Forms.parse(validFrom, "validFrom", errors, LocalDate::parse);
		LocalDate end = Forms.optionalDate(validTo, "validTo", errors);
		Set<TransportMode> modeSet = EnumSet.noneOf(TransportMode.class);
		Set<CustomsRegime> regimeSet = EnumSet.noneOf(CustomsRegime.class);
		try {
			modes.forEach(mode -> modeSet.add(TransportMode.valueOf(mode)));
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue("modes", "network.error.modes", "Unknown transport mode");
		}
		try {
			regimes.forEach(regime -> regimeSet.add(CustomsRegime.valueOf(regime)));
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue("regimes", "network.error.regimes", "Unknown customs regime");
		}
		if (errors.hasErrors() || from == null || to == null || days == null || start == null) {
			return null;
		}
		return Forms.build(errors, () -> new CorridorDetails(from, to, modeSet, regimeSet, days, start, end,
				source == null ? "" : source, sourceUrl));
	}

	public @Nullable String getOrigin() {
		return origin;
	}

	public void setOrigin(@Nullable String origin) {
		this.origin = origin;
	}

	public @Nullable String getDestination() {
		return destination;
	}

	public void setDestination(@Nullable String destination) {
		this.destination = destination;
	}

	public List<String> getModes() {
		return modes;
	}

	public void setModes(@Nullable List<String> modes) {
		this.modes = modes == null ? new ArrayList<>() : modes;
	}

	public List<String> getRegimes() {
		return regimes;
	}

	public void setRegimes(@Nullable List<String> regimes) {
		this.regimes = regimes == null ? new ArrayList<>() : regimes;
	}

	public @Nullable String getTypicalTransitDays() {
		return typicalTransitDays;
	}

	public void setTypicalTransitDays(@Nullable String typicalTransitDays) {
		this.typicalTransitDays = typicalTransitDays;
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
