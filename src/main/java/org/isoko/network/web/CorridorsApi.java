package org.isoko.network.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorFilter;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.network.NetworkAdministration;
import org.isoko.network.web.ApiRequests.CorridorRequest;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/corridors", produces = "application/json")
@Tag(name = "Corridors", description = "Trade lanes from an origin hub to a destination hub")
class CorridorsApi {

	private final Network network;

	private final NetworkAdministration administration;

	CorridorsApi(Network network, NetworkAdministration administration) {
		this.network = network;
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "Lists corridors (public)",
			description = "Filters: origin and destination hub (?origin=KGL&destination=HGH), "
					+ "originCountry and destinationCountry (?originCountry=RW), or a hub at either end (?hub=KGL).")
	PageOf<Corridor> list(@RequestParam(required = false) @Nullable HubCode origin,
			@RequestParam(required = false) @Nullable HubCode destination,
			@RequestParam(required = false) @Nullable CountryCode originCountry,
			@RequestParam(required = false) @Nullable CountryCode destinationCountry,
			@RequestParam(required = false) @Nullable HubCode hub,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		CorridorFilter filter = new CorridorFilter(origin, destination, originCountry, destinationCountry, hub);
		return administration.corridors(filter, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Shows one corridor (public)")
	Corridor show(@PathVariable CorridorId id) {
		return network.requireCorridor(id);
	}

	@PostMapping(consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Adds a corridor that starts or ends at the operator's hub (hub operators)",
			description = "Origin and destination must be existing, different hubs; typicalTransitDays 1 to 120; "
					+ "at most one corridor per origin and destination.")
	ResponseEntity<Corridor> create(@Valid @RequestBody CorridorRequest request, CurrentUser user) {
		Corridor corridor = administration.addCorridor(request.details(), user);
		return ResponseEntity.created(URI.create("/api/v1/corridors/" + corridor.id())).body(corridor);
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Changes a corridor that starts or ends at the operator's hub (hub operators)")
	Corridor update(@PathVariable CorridorId id, @Valid @RequestBody CorridorRequest request, CurrentUser user) {
		return administration.updateCorridor(id, request.details(), user);
	}

}
