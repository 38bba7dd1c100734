package org.isoko.network.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.network.Country;
import org.isoko.network.Network;
import org.isoko.network.NetworkAdministration;
import org.isoko.network.web.ApiRequests.CountryRequest;
import org.isoko.shared.CountryCode;
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
@RequestMapping(path = "/api/v1/countries", produces = "application/json")
@Tag(name = "Countries",
		description = "Countries of the hub network: currency, least-developed-country status, trade blocs")
class CountriesApi {

	private final Network network;

	private final NetworkAdministration administration;

	CountriesApi(Network network, NetworkAdministration administration) {
		this.network = network;
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "Lists the countries of the network, by code (public)")
	PageOf<Country> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return administration.countries(PageRequest.of(page, size));
	}

	@GetMapping("/{code}")
	@Operation(summary = "Shows one country (public)")
	Country show(@PathVariable CountryCode code) {
		return network.requireCountry(code);
	}

	@PostMapping(consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Adds a country (hub operators)",
			description = "Blocs must be known codes such as EAC or AFCFTA; "
					+ "validFrom defaults to today; validTo, when given, must be after validFrom.")
	ResponseEntity<Country> create(@Valid @RequestBody CountryRequest request, CurrentUser user) {
		if (request.code() == null) {
			throw new InvalidInput("code", "code is required (ISO 3166-1 alpha-2, e.g. GH)");
		}
		Country country = administration.addCountry(request.code(), request.details(), user);
		return ResponseEntity.created(URI.create("/api/v1/countries/" + country.code())).body(country);
	}

	@PutMapping(path = "/{code}", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Changes a country (hub operators)",
			description = "Blocs left out are left as of today; new blocs are joined as of today.")
	Country update(@PathVariable CountryCode code, @Valid @RequestBody CountryRequest request, CurrentUser user) {
		return administration.updateCountry(ApiRequests.matchingPath(request.code(), code, "code"), request.details(),
				user);
	}

}
