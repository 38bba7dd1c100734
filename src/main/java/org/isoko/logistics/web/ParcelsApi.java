package org.isoko.logistics.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.isoko.identity.CurrentUser;
import org.isoko.logistics.Handover;
import org.isoko.logistics.Labels;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.Parcels;
import org.isoko.logistics.Parcels.Intake;
import org.isoko.logistics.Parcels.ParcelView;
import org.isoko.logistics.Parcels.PublicTracking;
import org.isoko.logistics.Waybill;
import org.isoko.ordering.OrderId;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Parcels", description = "Parcels (house waybills): labels, intake at the origin hub, tracking")
class ParcelsApi {

	private final Parcels parcels;

	private final Labels labels;

	ParcelsApi(Parcels parcels, Labels labels) {
		this.parcels = parcels;
		this.labels = labels;
	}

	/** The label PDF, inline, named after its waybill; the page serves the same. */
	static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".pdf\"")
			.body(pdf);
	}

	@GetMapping(path = "/api/v1/parcels/{waybill}/label", produces = "application/pdf")
	@Operation(summary = "The parcel's shipping label (A6 PDF, Code 128 and QR of the waybill), captions in the "
			+ "caller's language (Accept-Language) and the destination's; its seller and the hubs' agents")
	ResponseEntity<byte[]> label(CurrentUser user, @PathVariable String waybill, Locale locale) {
		Waybill number = waybill(waybill);
		return pdf(labels.label(user, number, locale), "label-" + number);
	}

	@GetMapping(path = "/api/v1/parcels/labels", produces = "application/pdf")
	@Operation(summary = "A seller's labels in one PDF (A6, a page each, in waybill order): the parcels not yet handed "
			+ "to the hub, or the chosen ?waybill=…&waybill=… of their own; at most " + Labels.MOST_AT_ONCE
			+ ". 409 when there is nothing to print, 404 for a waybill that is not theirs, 400 for a malformed one")
	ResponseEntity<byte[]> labels(CurrentUser user,
			@RequestParam(name = "waybill", required = false) @Nullable List<String> waybills, Locale locale) {
		List<Waybill> chosen = waybills == null ? List.of()
				: waybills.stream().filter(w -> !w.isBlank()).map(ParcelsApi::waybill).toList();
		return pdf(labels.sellerLabels(user, chosen, locale), "labels");
	}

	record IntakeRequest(@Nullable Long measuredGrams, @Nullable Integer lengthMm, @Nullable Integer widthMm,
			@Nullable Integer heightMm) {
	}

	record HandoverRequest(@Nullable Handover handover, @Nullable String pickupAddress, @Nullable Instant pickupFrom,
			@Nullable Instant pickupTo) {
	}

	record EventRequest(@Nullable Milestone milestone, @Nullable String reason) {
	}

	@GetMapping(path = "/api/v1/parcels", produces = "application/json")
	@Operation(summary = "Parcels: an agent's or hub operator's hub (leaving, or ?arriving=true), a seller's own")
	PageOf<Parcel> list(CurrentUser user, @RequestParam(defaultValue = "false") boolean arriving,
			@RequestParam(required = false) @Nullable Milestone status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return parcels.list(user, arriving, status, PageRequest.of(page, size));
	}

	@GetMapping(path = "/api/v1/parcels/{waybill}", produces = "application/json")
	@Operation(summary = "A parcel with its timeline (its seller, buyer, and the agents of its hubs); 404 otherwise")
	ParcelView show(CurrentUser user, @PathVariable String waybill) {
		return parcels.view(user, waybill(waybill));
	}

	@GetMapping(path = "/api/v1/orders/{order}/parcel", produces = "application/json")
	@Operation(summary = "The parcel of an order, once the seller accepted it")
	ParcelView ofOrder(CurrentUser user, @PathVariable OrderId order) {
		return parcels.ofOrder(user, order)
			.orElseThrow(() -> new NotFound("Order " + order + " has no parcel you can see"));
	}

	@PutMapping(path = "/api/v1/parcels/{waybill}/handover", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The seller chooses drop-off at the hub or a pickup (address, time window)")
	Parcel handover(CurrentUser user, @PathVariable String waybill, @RequestBody HandoverRequest request) {
		if (request.handover() == null) {
			throw new InvalidInput("handover", "handover is required: DROP_OFF or PICKUP");
		}
		Parcel.PickupRequest pickup = request.handover() == Handover.PICKUP
				? new Parcel.PickupRequest(request.pickupAddress() == null ? "" : request.pickupAddress(),
						request.pickupFrom() == null ? Instant.EPOCH : request.pickupFrom(),
						request.pickupTo() == null ? Instant.EPOCH : request.pickupTo())
				: null;
		return parcels.chooseHandover(user, waybill(waybill), request.handover(), pickup);
	}

	@PostMapping(path = "/api/v1/parcels/{waybill}/intake", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The origin hub's agent receives a scanned parcel with its measured weight (g) and "
			+ "dimensions (mm); a repeated scan changes nothing (alreadyReceived: true). 403 for a parcel of "
			+ "another hub, 404 for an unknown waybill, 400 for a weight of 0 or less")
	Intake intake(CurrentUser user, @PathVariable String waybill, @RequestBody IntakeRequest request) {
		if (request.measuredGrams() == null) {
			throw new InvalidInput("measuredGrams", "measuredGrams is required");
		}
		return parcels.receive(user, waybill(waybill), request.measuredGrams(), dimensions(request));
	}

	@PostMapping(path = "/api/v1/parcels/{waybill}/events", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "A destination agent posts ARRIVED_AT_DESTINATION, OUT_FOR_DELIVERY, DELIVERED or "
			+ "EXCEPTION (with a reason)")
	ParcelView post(CurrentUser user, @PathVariable String waybill, @RequestBody EventRequest request) {
		if (request.milestone() == null) {
			throw new InvalidInput("milestone", "milestone is required");
		}
		return parcels.post(user, waybill(waybill), request.milestone(), request.reason());
	}

	@GetMapping(path = "/api/v1/tracking/{waybill}", produces = "application/json")
	@Operation(summary = "Public tracking by waybill number: milestones, times and hubs, no personal data")
	PublicTracking track(@PathVariable String waybill) {
		return parcels.track(waybill(waybill));
	}

	static Waybill waybill(String text) {
		try {
			return Waybill.of(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("waybill", e.getMessage());
		}
	}

	private static Parcel.@Nullable Dimensions dimensions(IntakeRequest r) {
		if (r.lengthMm() == null && r.widthMm() == null && r.heightMm() == null) {
			return null;
		}
		if (r.lengthMm() == null || r.widthMm() == null || r.heightMm() == null || r.lengthMm() <= 0 || r.widthMm() <= 0
				|| r.heightMm() <= 0) {
			throw new InvalidInput("lengthMm", "Give length, width and height, each more than 0 mm");
		}
		return new Parcel.Dimensions(r.lengthMm(), r.widthMm(), r.heightMm());
	}

}
