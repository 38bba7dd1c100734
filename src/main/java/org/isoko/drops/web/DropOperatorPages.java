package org.isoko.drops.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.isoko.catalog.Catalog;
import org.isoko.catalog.LotId;
import org.isoko.catalog.LotSummary;
import org.isoko.drops.Drop;
import org.isoko.drops.DropId;
import org.isoko.drops.DropScheduling;
import org.isoko.drops.DropScheduling.ScheduleDrop;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.OrganisationDirectory;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.OrganisationSummary;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Hub operators schedule and follow their hub's drops. Start and end are typed in UTC
 * (the page says so).
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
class DropOperatorPages {

	/**
	 * The picker lists at most this many lots (a hub with more can still type a lot id
	 * into the API).
	 */
	static final int MAX_LOTS = 500;

	private final DropScheduling scheduling;

	private final Network network;

	private final Catalog catalog;

	private final OrganisationDirectory organisations;

	DropOperatorPages(DropScheduling scheduling, Network network, Catalog catalog,
			OrganisationDirectory organisations) {
		this.scheduling = scheduling;
		this.network = network;
		this.catalog = catalog;
		this.organisations = organisations;
	}

	@GetMapping("/operator/drops")
	String list(CurrentUser operator, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("drops", scheduling.ofHub(operator, PageRequest.of(page, 20)));
		model.addAttribute("now", scheduling.now());
		model.addAttribute("fmt", new DropView.Formats());
		return "drops/operator-list";
	}

	@GetMapping("/operator/drops/new")
	String form(CurrentUser operator, @RequestParam(required = false) @Nullable String lot, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("lotId", lot == null ? "" : lot);
		form.put("perBuyerCap", "2");
		return page(operator, model, form, List.of(), Map.of());
	}

	@PostMapping("/operator/drops")
	String schedule(CurrentUser operator, @RequestParam Map<String, String> params,
			@RequestParam(name = "corridors", required = false) @Nullable List<String> corridors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> form = new LinkedHashMap<>(params);
		List<String> chosen = corridors == null ? List.of() : corridors;
		try {
			List<CorridorId> ids = new ArrayList<>();
			for (String c : chosen) {
				ids.add(parse("corridors", c, CorridorId::of));
			}
			Drop drop = scheduling.schedule(operator,
					new ScheduleDrop(params.get("title"), parse("lotId", params.get("lotId"), LotId::of),
							whole("quantity", params.get("quantity")), whole("perBuyerCap", params.get("perBuyerCap")),
							time("startsAt", params.get("startsAt"), zoneOf(operator)),
							time("endsAt", params.get("endsAt"), zoneOf(operator)), ids));
			redirect.addFlashAttribute("created", true);
			return "redirect:/operator/drops#drop-" + drop.id();
		}
		catch (InvalidInput e) {
			response.setStatus(400);
			return page(operator, model, form, chosen, Map.of(fieldOf(e.field()), e.getMessage()));
		}
		catch (Conflict | org.springframework.security.access.AccessDeniedException e) {
			response.setStatus(e instanceof Conflict ? 409 : 403);
			return page(operator, model, form, chosen, Map.of("form", e.getMessage()));
		}
	}

	/**
	 * Confirmation before closing a drop early: what it does, and the reason buyers will
	 * read.
	 */
	@GetMapping("/operator/drops/{id}/close")
	String confirmClose(CurrentUser operator, @PathVariable DropId id, Model model) {
		return closePage(model, scheduling.operated(operator, id), "", Map.of());
	}

	@PostMapping("/operator/drops/{id}/close")
	String close(CurrentUser operator, @PathVariable DropId id, @RequestParam(required = false) @Nullable String reason,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Drop closed = scheduling.closeEarly(operator, id, reason);
			redirect.addFlashAttribute("closed", closed.title());
			return "redirect:/operator/drops#drop-" + id;
		}
		catch (InvalidInput e) {
			response.setStatus(400);
			return closePage(model, scheduling.drop(id), reason, Map.of("reason", e.getMessage()));
		}
		catch (Conflict e) {
			response.setStatus(409);
			return closePage(model, scheduling.drop(id), reason, Map.of("form", e.getMessage()));
		}
	}

	private String closePage(Model model, Drop drop, @Nullable String reason, Map<String, String> errors) {
		model.addAttribute("drop", drop);
		model.addAttribute("now", scheduling.now());
		model.addAttribute("reason", reason == null ? "" : reason);
		model.addAttribute("errors", errors);
		return "drops/operator-close";
	}

	private static String fieldOf(@Nullable String field) {
		if (field == null) {
			return "form";
		}
		return field.startsWith("corridors") ? "corridors" : field;
	}

	/**
	 * One choice of the lot picker: the lot's id is what the form sends, as the API's
	 * lotId.
	 */
	record LotChoice(String id, String reference, String seller, int available) {
	}

	private String page(CurrentUser operator, Model model, Map<String, String> form, List<String> chosen,
			Map<String, String> errors) {
		List<Corridor> corridors = operator.isAdmin() ? network.corridors() : network.corridorsFrom(operator.hub());
		model.addAttribute("lots", lots(operator, corridors));
		model.addAttribute("form", form);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("corridors", corridors);
		model.addAttribute("hubZone", zoneOf(operator));
		return "drops/operator-form";
	}

	/**
	 * The lots the operator can drop: with units available, listed on a corridor leaving
	 * their hub (any hub for an admin), of a seller of that hub, newest first.
	 */
	private List<LotChoice> lots(CurrentUser operator, List<Corridor> corridors) {
		Map<OrganisationId, Optional<OrganisationSummary>> sellers = new HashMap<>();
		List<LotChoice> choices = new ArrayList<>();
		for (LotSummary lot : catalog.availableOn(corridors.stream().map(Corridor::id).toList(), MAX_LOTS)) {
			Optional<OrganisationSummary> seller = sellers.computeIfAbsent(lot.seller(), organisations::find);
			if (seller.isPresent() && operator.operates(seller.get().hub())) {
				choices.add(new LotChoice(lot.id().toString(), lot.reference(), seller.get().name(), lot.available()));
			}
		}
		return choices;
	}

	private static <T> T parse(String field, @Nullable String value, java.util.function.Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		try {
			return parser.apply(value.trim());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, e.getMessage());
		}
	}

	private static @Nullable Integer whole(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, field + " must be a whole number, got '" + value + "'");
		}
	}

	/**
	 * datetime-local inputs ("2026-12-01T08:00"), read in the hub's zone (the operator's
	 * clock on the wall); at a change of offset, the earlier of two readings.
	 */
	static @Nullable Instant time(String field, @Nullable String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.trim()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field,
					field + " must be a date and time like 2026-12-01T08:00 (" + zone + "), got '" + value + "'");
		}
	}

	/** The zone the operator's drop form is in: their hub's. */
	private ZoneId zoneOf(CurrentUser operator) {
		return network.timeZone(operator.hub());
	}

}
