package org.isoko.customs.web;

import org.isoko.customs.ChinaCustomsSimulator.Outage;
import org.isoko.customs.CustomsSimulatorEnabled;
import org.isoko.customs.EacCustomsSimulator;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The simulated EAC authorities' endpoint: one signed entry per POST to
 * {@code /simulators/eac-customs/{country}/entries} ({@code application/xml}), 202 when
 * taken (receipts follow asynchronously), 400 when unreadable or not signed by Isoko, 503
 * during an outage ({@code PUT /outage} {@code {"mode": "DOWN"}}); with
 * {@code "NO_ANSWER"} it takes the entry, answers 504 at once and holds its receipts back
 * until the outage ends. Pointing {@code isoko.customs.eac.base-urls.RW} at
 * {@code http://host/simulators/eac-customs/RW} runs the HTTP adapter against it. Present
 * only when the simulators run.
 */
@Hidden
@RestController
@Conditional(CustomsSimulatorEnabled.class)
@RequestMapping("/simulators/eac-customs")
class EacCustomsSimulatorApi {

	private final EacCustomsSimulator simulator;

	EacCustomsSimulatorApi(EacCustomsSimulator simulator) {
		this.simulator = simulator;
	}

	record OutageRequest(@Nullable Outage mode) {
	}

	record OutageState(Outage mode) {
	}

	@GetMapping(path = "/outage", produces = MediaType.APPLICATION_JSON_VALUE)
	OutageState outage() {
		return new OutageState(simulator.outage());
	}

	@PutMapping(path = "/outage", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	OutageState outage(@RequestBody OutageRequest request) {
		if (request.mode() == null) {
			throw new InvalidInput("mode", "mode is required: NONE, DOWN or NO_ANSWER");
		}
		simulator.outage(request.mode());
		return new OutageState(simulator.outage());
	}

	@PostMapping(path = "/{country}/entries", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> entry(@PathVariable String country, @RequestBody String signedXml) {
		if (simulator.outage() == Outage.DOWN) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("The authority is unavailable (outage)");
		}
		EacCustomsSimulator.Acceptance acceptance = simulator.receive(country, signedXml);
		if (simulator.outage() == Outage.NO_ANSWER) {
			// Taken, but no answer: what a sender sees when its call times out.
			return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).body("No answer from the authority (outage)");
		}
		return acceptance.accepted() ? ResponseEntity.accepted().body(acceptance.detail())
				: ResponseEntity.badRequest().body(acceptance.detail());
	}

}
