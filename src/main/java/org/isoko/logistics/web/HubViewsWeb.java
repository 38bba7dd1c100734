package org.isoko.logistics.web;

import java.util.List;

import org.isoko.identity.CurrentUser;
import org.isoko.logistics.Consignment;
import org.isoko.logistics.ConsignmentStatus;
import org.isoko.logistics.Consignments;
import org.isoko.logistics.Milestone;
import org.isoko.logistics.Parcel;
import org.isoko.logistics.Parcels;
import org.isoko.logistics.StuckParcels;
import org.isoko.logistics.StuckParcels.StuckParcel;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The views each user of a hub works from: the seller's parcels (labels and timelines),
 * the destination agent's arrivals, deliveries and exceptions, and the parcels stuck at a
 * milestone longer than its threshold.
 */
@Controller
@Tag(name = "Parcels")
class HubViewsWeb {

	private final Parcels parcels;

	private final Consignments consignments;

	private final StuckParcels stuck;

	HubViewsWeb(Parcels parcels, Consignments consignments, StuckParcels stuck) {
		this.parcels = parcels;
		this.consignments = consignments;
		this.stuck = stuck;
	}

	@GetMapping(path = "/api/v1/parcels/stuck", produces = "application/json")
	@ResponseBody
	@Operation(summary = "Parcels of the caller's hub whose latest event is older than their milestone's threshold "
			+ "(isoko.logistics.stuck-after.*), longest waiting first; hub operators and agents")
	PageOf<StuckParcel> stuckApi(CurrentUser user, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return stuck.at(user, PageRequest.of(page, size));
	}

	@GetMapping("/logistics/stuck")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','HUB_OPERATOR','ADMIN')")
	String stuck(CurrentUser user, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("stuck", stuck.at(user, PageRequest.of(page, 20)));
		model.addAttribute("thresholds", stuck.thresholds());
		model.addAttribute("hub", user.hub());
		model.addAttribute("fmt", new PageFormats());
		return "logistics/stuck";
	}

	@GetMapping("/logistics/my-parcels")
	@PreAuthorize("hasAnyRole('SELLER','ADMIN')")
	String sellerParcels(CurrentUser user, @RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("parcels", parcels.list(user, false, null, PageRequest.of(page, 20)));
		model.addAttribute("fmt", new PageFormats());
		return "logistics/my-parcels";
	}

	/**
	 * What the destination agent works on: one short list per state, each with its count.
	 */
	record Arrivals(List<Consignment> expected, List<Consignment> arrived, PageOf<Parcel> outForDelivery,
			PageOf<Parcel> delivered, PageOf<Parcel> exceptions) {
	}

	@GetMapping("/logistics/arrivals")
	@PreAuthorize("hasAnyRole('LOGISTICS_AGENT','HUB_OPERATOR','ADMIN')")
	String arrivals(CurrentUser user, Model model) {
		PageRequest first = PageRequest.of(0, 20);
		model.addAttribute("arrivals",
				new Arrivals(consignments.arrivingAt(user, ConsignmentStatus.DEPARTED, 20),
						consignments.arrivingAt(user, ConsignmentStatus.ARRIVED, 20),
						parcels.list(user, true, Milestone.OUT_FOR_DELIVERY, first),
						parcels.list(user, true, Milestone.DELIVERED, first),
						parcels.list(user, true, Milestone.EXCEPTION, first)));
		model.addAttribute("hub", user.hub());
		model.addAttribute("fmt", new PageFormats());
		return "logistics/arrivals";
	}

}
