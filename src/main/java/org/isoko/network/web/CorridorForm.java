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
public class CorridorForm extends DatedForm {

	private @Nullable String origin;

	private @Nullable String destination;

	private List<String> modes = new ArrayList<>();

	private List<String> regimes = new ArrayList<>();

	private @Nullable String typicalTransitDays;

	static CorridorForm of(Corridor corridor) {
		CorridorForm form = new CorridorForm();
		form.origin = corridor.origin().value();
		form.destination = corridor.destination().value();
		form.modes = new ArrayList<>(corridor.modes().stream().map(Enum::name).sorted().toList());
		form.regimes = new ArrayList<>(corridor.regimes().stream().map(Enum::name).sorted().toList());
		form.typicalTransitDays = String.valueOf(corridor.typicalTransitDays());
		form.dated(corridor);
		return form;
	}

	@Nullable CorridorDetails details(BindingResult errors) {
		HubCode from = Forms.parse(origin, "origin", errors, HubCode::of);
		HubCode to = Forms.parse(destination, "destination", errors, HubCode::of);
		Integer days = Forms.integer(typicalTransitDays, "typicalTransitDays", errors);
		LocalDate start = from(errors);
		LocalDate end = to(errors);
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
				sourceText(), getSourceUrl()));
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

}
