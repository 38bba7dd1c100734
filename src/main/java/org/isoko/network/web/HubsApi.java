package org.isoko.network.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.network.Hub;
import org.isoko.network.Network;
import org.isoko.network.NetworkAdministration;
import org.isoko.network.web.ApiRequests.HubRequest;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
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
@RequestMapping(path = "/api/v1/hubs", produces = "application/json")
@Tag(name = "Hubs", description = "Country hubs of the network")
class HubsApi {

	private final Network network;

	private final NetworkAdministration administration;

	HubsApi(Network network, NetworkAdministration administration) {
		this.network = network;
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "Lists hubs, optionally of one country (?country=RW) (public)")
	PageOf<Hub> list(@RequestParam(required = false) @Nullable CountryCode country,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return administration.hubs(country, PageRequest.of(page, size));
	}

	@GetMapping("/{code}")
	@Operation(summary = "Shows one hub (public)")
	Hub show(@PathVariable HubCode code) {
		return network.requireHub(code);
	}

	@PostMapping(consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Adds a hub in a country of the network (hub operators)")
	ResponseEntity<Hub> create(@Valid @RequestBody HubRequest request, CurrentUser user) {
		if (request.code() == null) {
			throw new InvalidInput("code", "code is required (3 to 8 letters or digits, e.g. ACC)");
		}
		Hub hub = administration.addHub(request.code(), request.details(), user);
		return ResponseEntity.created(URI.create("/api/v1/hubs/" + hub.code())).body(hub);
	}

	@PutMapping(path = "/{code}", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Changes a hub (its own operators, or an admin)")
	Hub update(@PathVariable HubCode code, @Valid @RequestBody HubRequest request, CurrentUser user) {
		return administration.updateHub(ApiRequests.matchingPath(request.code(), code, "code"), request.details(),
				user);
	}

}
