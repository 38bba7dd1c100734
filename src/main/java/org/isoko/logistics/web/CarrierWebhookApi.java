package org.isoko.logistics.web;

import java.util.List;

import org.isoko.logistics.CarrierEvents;
import org.isoko.logistics.CarrierEvents.Receipt;
import org.isoko.logistics.CarrierEvents.ScanEvent;
import org.isoko.logistics.CarrierSignature;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The carrier webhook: no Isoko token, the HMAC signature over the timestamp and the raw
 * body authenticates the carrier. The body is read raw so that the signature is checked
 * over the exact bytes sent.
 */
@RestController
@Tag(name = "Carrier webhook", description = "Scan events from carriers, HMAC-SHA256 signed and timestamped")
class CarrierWebhookApi {

	private final CarrierEvents carrierEvents;

	private final JsonMapper json;

	CarrierWebhookApi(CarrierEvents carrierEvents, JsonMapper json) {
		this.carrierEvents = carrierEvents;
		this.json = json;
	}

	record Delivery(@Nullable String carrier, @Nullable List<ScanEvent> events) {
	}

	@PostMapping(path = "/api/v1/carrier-events", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Takes a batch of scan events. Headers: X-Isoko-Timestamp (epoch seconds, within 5 min) "
			+ "and X-Isoko-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + '.' + body)). Duplicates (same "
			+ "event id) take effect once; events are placed by occurredAt")
	Receipt receive(@RequestHeader(name = CarrierSignature.TIMESTAMP_HEADER, required = false) @Nullable String ts,
			@RequestHeader(name = CarrierSignature.SIGNATURE_HEADER, required = false) @Nullable String signature,
			@RequestBody byte[] body) {
		carrierEvents.verify(ts, signature, body);
		Delivery delivery;
		try {
			delivery = json.readValue(body, Delivery.class);
		}
		catch (JacksonException e) {
			throw new InvalidInput("events", "The body is not a valid delivery of events: " + e.getOriginalMessage());
		}
		if (delivery.carrier() == null || delivery.carrier().isBlank() || delivery.carrier().length() > 100) {
			throw new InvalidInput("carrier", "carrier (the carrier's name, at most 100 characters) is required");
		}
		if (delivery.events() == null || delivery.events().isEmpty() || delivery.events().size() > 1000) {
			throw new InvalidInput("events", "events must hold 1 to 1000 events");
		}
		return carrierEvents.ingest(delivery.carrier().trim(), delivery.events());
	}

}
