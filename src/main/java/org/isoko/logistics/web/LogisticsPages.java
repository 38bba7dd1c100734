package org.isoko.logistics.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.isoko.identity.CurrentUser;
import org.isoko.logistics.CarrierSimulator;
import org.isoko.logistics.Consignment;
import org.isoko.logistics.ConsignmentId;
import org.isoko.logistics.ConsignmentStatus;
import org.isoko.logistics.Consignments;
import org.isoko.logistics.DepartureNotCleared;
import org.isoko.logistics.DepartureMode;
import org.isoko.logistics.Handover;
import org.isoko.logistics.Labels;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.Parcels;
import org.isoko.logistics.Parcels.Intake;
import org.isoko.logistics.Waybill;
import org.isoko.logistics.WrongHub;
import org.isoko.network.Corridor;
import org.isoko.network.Network;
import org.isoko.ordering.OrderId;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The logistics pages: intake made for a barcode scanner (the waybill field has the focus
 * and a scanner's Enter submits; typing works the same), consignments and their plan, a
 * parcel's timeline with the actions of whoever looks at it, and the public tracking
 * page. Errors are shown next to their field in the reader's language: the domain's
 * English messages stay in the API.
 */
@Controller
class LogisticsPages {

	private final Parcels parcels;

	private final Consignments consignments;

	private final Network network;

	private final Labels labels;

	private final CarrierSimulator simulator;

	LogisticsPages(Parcels parcels, Consignments consignments, Network network, Labels labels,
			CarrierSimulator simulator) {
		this.simulator = simulator;
		this.parcels = parcels;
		this.consignments = consignments;
		this.network = network;
		this.labels = labels;
	}

	@GetMapping("/parcels/{waybill}/label.pdf")
	ResponseEntity<byte[]> label(CurrentUser user, @PathVariable String waybill, Locale locale) {
		Waybill number = ParcelsApi.waybill(waybill);
		return ParcelsApi.pdf(labels.label(user, number, locale), "label-" + number);
	}

	/**
	 * The seller's labels in one PDF: those of the parcels still to hand to the hub, or
	 * the ones ticked on "My parcels" ({@code chosen}). Nothing to print, or nothing
	 * ticked, goes back to the page with the reason.
	 */
	@GetMapping("/logistics/my-parcels/labels.pdf")
	@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
	Object sellerLabels(CurrentUser user,
			@RequestParam(name = "waybill", required = false) @Nullable List<String> waybills,
			@RequestParam(defaultValue = "false") boolean chosen, Locale locale, RedirectAttributes flash) {
		List<String> ticked = waybills == null ? List.of() : waybills.stream().filter(w -> !w.isBlank()).toList();
		if (chosen && ticked.isEmpty()) {
			flash.addFlashAttribute("labelsError", "logistics.labels.noneChosen");
			return "redirect:/logistics/my-parcels";
		}
		List<Waybill> numbers;
		try {
			numbers = ticked.stream().map(ParcelsApi::waybill).toList();
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("labelsError", "logistics.error.waybillFormat");
			return "redirect:/logistics/my-parcels";
		}
		try {
			return ParcelsApi.pdf(labels.sellerLabels(user, numbers, locale), "labels");
		}
		catch (Conflict e) {
			flash.addFlashAttribute("labelsError", "logistics.labels.noneWaiting");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("labelsError", "logistics.labels.tooMany");
		}
		catch (NotFound e) {
			flash.addFlashAttribute("labelsError", "logistics.error.unknownWaybill");
		}
		return "redirect:/logistics/my-parcels";
	}

	/** A consignment's labels in one PDF, for the agents of the hub it leaves from. */
	@GetMapping("/logistics/consignments/{id}/labels.pdf")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','ADMIN')")
	Object consignmentLabels(CurrentUser user, @PathVariable ConsignmentId id, Locale locale,
			RedirectAttributes flash) {
		try {
			return ParcelsApi.pdf(labels.consignmentLabels(user, id, locale), "labels-" + id);
		}
		catch (Conflict e) {
			flash.addFlashAttribute("actionError", "logistics.labels.emptyConsignment");
		}
		catch (WrongHub e) {
			flash.addFlashAttribute("actionError", "logistics.error.otherHub");
		}
		return "redirect:/logistics/consignments/" + id;
	}

	@ModelAttribute
	void formats(Model model) {
		model.addAttribute("fmt", new PageFormats());
	}

	// ---- public tracking

	@GetMapping("/track")
	String track(@RequestParam(required = false) @Nullable String waybill, Model model) {
		model.addAttribute("waybill", waybill == null ? "" : waybill);
		if (waybill != null && !waybill.isBlank()) {
			try {
				model.addAttribute("tracking", parcels.track(Waybill.of(waybill)));
			}
			catch (IllegalArgumentException e) {
				model.addAttribute("error", "logistics.error.waybillFormat");
			}
			catch (NotFound e) {
				model.addAttribute("error", "logistics.error.unknownWaybill");
			}
		}
		return "logistics/track";
	}

	// ---- a parcel, for its seller, buyer and hubs

	@GetMapping("/parcels/{waybill}")
	String parcel(CurrentUser user, @PathVariable String waybill, Model model) {
		var view = parcels.view(user, ParcelsApi.waybill(waybill));
		model.addAttribute("view", view);
		model.addAttribute("sellerView", user.organisationId().equals(view.parcel().seller()));
		ZoneId hubZone = network.timeZone(view.parcel().origin());
		model.addAttribute("hubZone", hubZone);
		Parcel.PickupRequest pickup = view.parcel().pickup();
		model.addAttribute("pickupFrom", pickup == null ? "" : input(pickup.from(), hubZone));
		model.addAttribute("pickupTo", pickup == null ? "" : input(pickup.to(), hubZone));
		model.addAttribute("milestones", Milestone.values());
		return "logistics/parcel";
	}

	/**
	 * The order page links here: the order's parcel, or a note that there is none yet.
	 */
	@GetMapping("/orders/{order}/parcels")
	String ofOrder(CurrentUser user, @PathVariable OrderId order, Model model) {
		var view = parcels.ofOrder(user, order);
		if (view.isPresent()) {
			return "redirect:/parcels/" + view.get().parcel().waybill();
		}
		model.addAttribute("order", order);
		return "logistics/no-parcel";
	}

	@PostMapping("/parcels/{waybill}/handover")
	String handover(CurrentUser user, @PathVariable String waybill, @RequestParam Handover handover,
			@RequestParam(required = false) @Nullable String pickupAddress,
			@RequestParam(required = false) @Nullable String pickupFrom,
			@RequestParam(required = false) @Nullable String pickupTo, RedirectAttributes flash) {
		try {
			Waybill number = ParcelsApi.waybill(waybill);
			// The seller reads and types the window on the hub's clock: the hub's people
			// come to collect it.
			ZoneId zone = handover == Handover.PICKUP ? network.timeZone(parcels.view(user, number).parcel().origin())
					: ZoneOffset.UTC;
			Parcel.PickupRequest pickup = handover == Handover.PICKUP
					? new Parcel.PickupRequest(pickupAddress == null ? "" : pickupAddress,
							at(pickupFrom, "pickupFrom", zone), at(pickupTo, "pickupTo", zone))
					: null;
			parcels.chooseHandover(user, number, handover, pickup);
			flash.addFlashAttribute("notice", "logistics.notice.handoverSaved");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("handoverError", "logistics.error." + e.field());
		}
		catch (Conflict e) {
			flash.addFlashAttribute("handoverError", "logistics.error.alreadyReceived");
		}
		return "redirect:/parcels/" + Waybill.of(waybill);
	}

	@PostMapping("/parcels/{waybill}/events")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','ADMIN')")
	String post(CurrentUser user, @PathVariable String waybill, @RequestParam Milestone milestone,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
		try {
			parcels.post(user, ParcelsApi.waybill(waybill), milestone, reason);
			flash.addFlashAttribute("notice", "logistics.notice.eventPosted");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("eventError", "logistics.error." + e.field());
		}
		catch (WrongHub e) {
			flash.addFlashAttribute("eventError", "logistics.error.otherHub");
		}
		catch (Conflict e) {
			flash.addFlashAttribute("eventError", "logistics.error.delivered");
		}
		return "redirect:/parcels/" + Waybill.of(waybill);
	}

	// ---- intake

	@GetMapping("/logistics/intake")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','HUB_OPERATOR','ADMIN')")
	String intake(CurrentUser user, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(defaultValue = "false") boolean arriving, Model model) {
		model.addAttribute("parcels", parcels.list(user, arriving, null, PageRequest.of(page, 20)));
		model.addAttribute("arriving", arriving);
		model.addAttribute("hub", user.hub());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "logistics/intake";
	}

	@PostMapping("/logistics/intake")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','ADMIN')")
	String receive(CurrentUser user, @RequestParam(required = false) @Nullable String waybill,
			@RequestParam(required = false) @Nullable String weightKg,
			@RequestParam(required = false) @Nullable String lengthCm,
			@RequestParam(required = false) @Nullable String widthCm,
			@RequestParam(required = false) @Nullable String heightCm, RedirectAttributes flash) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("lengthCm", lengthCm == null ? "" : lengthCm);
		form.put("widthCm", widthCm == null ? "" : widthCm);
		form.put("heightCm", heightCm == null ? "" : heightCm);
		Waybill parsed = null;
		try {
			parsed = Waybill.of(waybill == null ? "" : waybill);
		}
		catch (IllegalArgumentException e) {
			errors.put("waybill", "logistics.error.waybillFormat");
			form.put("waybill", waybill == null ? "" : waybill);
		}
		Long grams = thousandths(weightKg, "weightKg", errors, true);
		Long length = tenths(lengthCm, "lengthCm", errors);
		Long width = tenths(widthCm, "widthCm", errors);
		Long height = tenths(heightCm, "heightCm", errors);
		form.put("weightKg", weightKg == null ? "" : weightKg);
		Parcel.Dimensions dimensions = null;
		if (length != null || width != null || height != null) {
			if (length == null || width == null || height == null) {
				errors.put("lengthCm", "logistics.error.dimensions");
			}
			else {
				dimensions = new Parcel.Dimensions(length.intValue(), width.intValue(), height.intValue());
			}
		}
		if (errors.isEmpty()) {
			try {
				Intake intake = parcels.receive(user, parsed, grams, dimensions);
				flash.addFlashAttribute("intake", intake);
				return "redirect:/logistics/intake";
			}
			catch (NotFound e) {
				errors.put("waybill", "logistics.error.unknownWaybill");
			}
			catch (WrongHub e) {
				errors.put("waybill", "logistics.error.otherHub");
			}
			catch (InvalidInput e) {
				errors.put("weightKg", "logistics.error.weight");
			}
			form.put("waybill", parsed.value());
		}
		flash.addFlashAttribute("errors", errors);
		flash.addFlashAttribute("form", form);
		return "redirect:/logistics/intake";
	}

	// ---- consignments

	@GetMapping("/logistics/consignments")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','HUB_OPERATOR','ADMIN')")
	String consignments(CurrentUser user, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("consignments", consignments.list(user, PageRequest.of(page, 20)));
		model.addAttribute("corridors",
				network.corridors().stream().filter(c -> user.isAdmin() || c.origin().equals(user.hub())).toList());
		model.addAttribute("modes", DepartureMode.values());
		model.addAttribute("hubZone", network.timeZone(user.hub()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "logistics/consignments";
	}

	@PostMapping("/logistics/consignments")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','ADMIN')")
	String create(CurrentUser user, @RequestParam(required = false) @Nullable String corridor,
			@RequestParam(required = false) @Nullable DepartureMode mode,
			@RequestParam(required = false) @Nullable String cutoffAt,
			@RequestParam(required = false) @Nullable String capacityKg,
			@RequestParam(required = false) @Nullable String capacityPieces,
			@RequestParam(required = false) @Nullable String masterWaybill, RedirectAttributes flash) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long grams = thousandths(capacityKg, "capacityKg", errors, true);
		Long pieces = whole(capacityPieces, "capacityPieces", errors);
		Corridor chosen = corridor == null ? null
				: network.corridors().stream().filter(c -> c.id().toString().equals(corridor)).findFirst().orElse(null);
		if (chosen == null) {
			errors.put("corridor", "logistics.error.corridor");
		}
		// The cut-off is on the clock of the hub the departure leaves from.
		Instant cutoff = null;
		try {
			cutoff = at(cutoffAt, "cutoffAt",
					chosen == null ? network.timeZone(user.hub()) : network.timeZone(chosen.origin()));
		}
		catch (InvalidInput e) {
			errors.put("cutoffAt", "logistics.error.cutoffAt");
		}
		if (mode == null) {
			errors.put("mode", "logistics.error.mode");
		}
		if (errors.isEmpty()) {
			try {
				Consignment c = consignments.create(user, new Consignments.NewConsignment(chosen.id(), mode, cutoff,
						grams, pieces.intValue(), masterWaybill));
				return "redirect:/logistics/consignments/" + c.id();
			}
			catch (InvalidInput e) {
				errors.put(e.field() == null ? "form" : e.field(), "logistics.error." + e.field());
			}
			catch (Conflict e) {
				errors.put("masterWaybill", "logistics.error.masterWaybillTaken");
			}
			catch (WrongHub e) {
				errors.put("corridor", "logistics.error.otherHub");
			}
		}
		flash.addFlashAttribute("errors", errors);
		return "redirect:/logistics/consignments";
	}

	@GetMapping("/logistics/consignments/{id}")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','HUB_OPERATOR','ADMIN')")
	String consignment(CurrentUser user, @PathVariable ConsignmentId id, Model model) {
		var view = consignments.view(user, id);
		model.addAttribute("view", view);
		model.addAttribute("clearance",
				view.consignment().status() == ConsignmentStatus.OPEN
						|| view.consignment().status() == ConsignmentStatus.CLOSED
								? consignments.clearance(view.consignment()).orElse(null) : null);
		model.addAttribute("origin", user.isAdmin() || view.consignment().origin().equals(user.hub()));
		model.addAttribute("destination", user.isAdmin() || view.consignment().destination().equals(user.hub()));
		return "logistics/consignment";
	}

	@PostMapping("/logistics/consignments/{id}/{action}")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','ADMIN')")
	String act(CurrentUser user, @PathVariable ConsignmentId id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String waybill, HttpServletRequest request,
			RedirectAttributes flash) {
		try {
			switch (action) {
				case "simulate" -> simulator.play(user, id, ConsignmentsApi.webhook(request));
				case "plan" -> consignments.applyPlan(user, consignments.view(user, id).consignment().corridor());
				case "parcels" -> consignments.load(user, id, ParcelsApi.waybill(waybill == null ? "" : waybill));
				case "close" -> consignments.close(user, id);
				case "depart" -> consignments.depart(user, id);
				case "arrive" -> consignments.arrive(user, id);
				default -> throw new NotFound("No action " + action);
			}
			flash.addFlashAttribute("notice", "logistics.notice." + action);
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("actionError", "logistics.error.waybillFormat");
		}
		catch (WrongHub e) {
			flash.addFlashAttribute("actionError", "logistics.error.otherHub");
		}
		catch (DepartureNotCleared e) {
			flash.addFlashAttribute("actionError", "logistics.clearance." + e.refusal().reason());
		}
		catch (Conflict e) {
			flash.addFlashAttribute("actionError", "logistics.error.consignmentRefused");
			flash.addFlashAttribute("actionDetail", e.getMessage());
		}
		return "redirect:/logistics/consignments/" + id;
	}

	// ---- form fields

	/**
	 * A {@code datetime-local} input read on the hub's clock ({@code zone}); at a change
	 * of offset, the earlier of two readings.
	 */
	static Instant at(@Nullable String text, String field, ZoneId zone) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		try {
			return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, field + " must be a date and time");
		}
	}

	/** A moment as a {@code datetime-local} input shows it on the hub's clock. */
	static String input(Instant time, ZoneId zone) {
		return LocalDateTime.ofInstant(time, zone).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	/** A decimal number of kg as whole grams (exact: at most 3 decimals). */
	private static @Nullable Long thousandths(@Nullable String text, String field, Map<String, String> errors,
			boolean required) {
		return scaled(text, field, errors, required, 3);
	}

	/** A decimal number of cm as whole mm. */
	private static @Nullable Long tenths(@Nullable String text, String field, Map<String, String> errors) {
		return scaled(text, field, errors, false, 1);
	}

	private static @Nullable Long whole(@Nullable String text, String field, Map<String, String> errors) {
		return scaled(text, field, errors, true, 0);
	}

	private static @Nullable Long scaled(@Nullable String text, String field, Map<String, String> errors,
			boolean required, int digits) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.put(field, "logistics.error.positive");
			}
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.trim().replace(',', '.')).movePointRight(digits);
			if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0
					|| value.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
				errors.put(field, "logistics.error.positive");
				return null;
			}
			return value.longValueExact();
		}
		catch (NumberFormatException | ArithmeticException e) {
			errors.put(field, "logistics.error.positive");
			return null;
		}
	}

}
