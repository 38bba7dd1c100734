package org.isoko.logistics.web;

import java.net.URI;
import java.time.Instant;

import org.isoko.identity.CurrentUser;
import org.isoko.logistics.CarrierSimulator;
import org.isoko.logistics.Consignment;
import org.isoko.logistics.ConsignmentId;
import org.isoko.logistics.Consignments;
import org.isoko.logistics.Consignments.ConsignmentView;
import org.isoko.logistics.Consignments.NewConsignment;
import org.isoko.logistics.Consignments.PlanView;
import org.isoko.logistics.DepartureMode;
import org.isoko.logistics.Parcel;
import org.isoko.network.CorridorId;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/consignments", produces = "application/json")
@Tag(name = "Consignments", description = "Departures of a corridor (master waybills), the consolidation plan, "
		+ "closing, departing, arriving, carrier cost and margin")
class ConsignmentsApi {

	private final Consignments consignments;

	private final CarrierSimulator simulator;

	ConsignmentsApi(Consignments consignments, CarrierSimulator simulator) {
		this.consignments = consignments;
		this.simulator = simulator;
	}

	@PostMapping("/{id}/simulated-journey")
	@Operation(summary = "Demo: the carrier simulator plays this departed consignment's journey (arrived, out for "
			+ "delivery, delivered per parcel) over HTTP against this server's signed carrier webhook, with "
			+ "duplicates and reordering")
	CarrierSimulator.Played simulate(CurrentUser user, @PathVariable ConsignmentId id, HttpServletRequest request) {
		return simulator.play(user, id, webhook(request));
	}

	/** This server's own webhook, as the simulator calls it from outside. */
	static URI webhook(HttpServletRequest request) {
		return URI.create("http://127.0.0.1:" + request.getLocalPort() + "/api/v1/carrier-events");
	}

	record ConsignmentRequest(@Nullable CorridorId corridor, @Nullable DepartureMode mode, @Nullable Instant cutoffAt,
			@Nullable Long capacityGrams, @Nullable Integer capacityPieces, @Nullable String masterWaybill) {
	}

	record LoadRequest(@Nullable String waybill) {
	}

	record CarrierCostRequest(@Nullable String carrier, @Nullable Money cost) {
	}

	@GetMapping
	@Operation(summary = "Consignments leaving from or arriving at the caller's hub, latest cut-off first")
	PageOf<Consignment> list(CurrentUser user, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return consignments.list(user, PageRequest.of(page, size));
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "An origin agent opens a departure: corridor, mode (FLIGHT, TRUCK, SEA), cut-off, capacity")
	ResponseEntity<Consignment> create(CurrentUser user, @RequestBody ConsignmentRequest r) {
		if (r.corridor() == null || r.mode() == null || r.cutoffAt() == null || r.capacityGrams() == null
				|| r.capacityPieces() == null) {
			throw new InvalidInput(
					r.corridor() == null ? "corridor"
							: r.mode() == null ? "mode"
									: r.cutoffAt() == null ? "cutoffAt"
											: r.capacityGrams() == null ? "capacityGrams" : "capacityPieces",
					"corridor, mode, cutoffAt, capacityGrams and capacityPieces are required");
		}
		Consignment c = consignments.create(user, new NewConsignment(r.corridor(), r.mode(), r.cutoffAt(),
				r.capacityGrams(), r.capacityPieces(), r.masterWaybill()));
		return ResponseEntity.created(URI.create("/api/v1/consignments/" + c.id())).body(c);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A consignment with its parcels, the freight collected, the carrier cost and the margin")
	ConsignmentView show(CurrentUser user, @PathVariable ConsignmentId id) {
		return consignments.view(user, id);
	}

	@GetMapping("/plan")
	@Operation(summary = "The proposed plan for a corridor's received parcels over its open departures "
			+ "(nothing changes)")
	PlanView plan(CurrentUser user, @RequestParam CorridorId corridor) {
		return consignments.proposePlan(user, corridor);
	}

	@PostMapping("/plan")
	@Operation(summary = "Loads the corridor's received parcels as the plan proposes")
	PlanView applyPlan(CurrentUser user, @RequestParam CorridorId corridor) {
		return consignments.applyPlan(user, corridor);
	}

	@PostMapping(path = "/{id}/parcels", consumes = "application/json")
	@Operation(summary = "Puts a received parcel in this consignment (moving it from another): 409 past the "
			+ "cut-off or over the capacity")
	Parcel load(CurrentUser user, @PathVariable ConsignmentId id, @RequestBody LoadRequest request) {
		if (request.waybill() == null) {
			throw new InvalidInput("waybill", "waybill is required");
		}
		return consignments.load(user, id, ParcelsApi.waybill(request.waybill()));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Seals an open consignment")
	Consignment close(CurrentUser user, @PathVariable ConsignmentId id) {
		return consignments.close(user, id);
	}

	@PostMapping("/{id}/depart")
	@Operation(summary = "The consignment left (closed if it was not): its parcels are DEPARTED")
	Consignment depart(CurrentUser user, @PathVariable ConsignmentId id) {
		return consignments.depart(user, id);
	}

	@PostMapping("/{id}/arrive")
	@Operation(summary = "A destination agent received the consignment: its parcels ARRIVED_AT_DESTINATION")
	Consignment arrive(CurrentUser user, @PathVariable ConsignmentId id) {
		return consignments.arrive(user, id);
	}

	@PutMapping(path = "/{id}/carrier-cost", consumes = "application/json")
	@Operation(summary = "Records what the carrier charges for this consignment")
	Consignment carrierCost(CurrentUser user, @PathVariable ConsignmentId id, @RequestBody CarrierCostRequest r) {
		if (r.cost() == null) {
			throw new InvalidInput("cost", "cost is required, e.g. {\"minorUnits\": 120000, \"currency\": \"USD\"}");
		}
		return consignments.carrierCost(user, id, r.carrier() == null ? "" : r.carrier(), r.cost());
	}

}
