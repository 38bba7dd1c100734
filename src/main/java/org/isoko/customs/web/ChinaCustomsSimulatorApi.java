package org.isoko.customs.web;

import java.time.Duration;

import org.isoko.customs.ChinaCustomsSimulator;
import org.isoko.customs.ChinaCustomsSimulator.Outage;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.isoko.customs.CustomsSimulatorEnabled;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The China customs simulator's data exchange endpoint: one signed CEB message per POST
 * ({@code application/xml}). 202 when taken (its receipts follow asynchronously), 400
 * when it cannot be read or its signature does not verify (a CEB900 follows too). Present
 * only when the simulator runs; machine-to-machine, like the payment simulators (no
 * session, no CSRF under /simulators). {@code PUT /outage} switches an outage on and off:
 * DOWN answers 503 and takes nothing; NO_ANSWER takes the message and keeps the caller
 * waiting past its timeout (then 504).
 */
@Hidden
@RestController
@Conditional(CustomsSimulatorEnabled.class)
@RequestMapping("/simulators/china-customs")
class ChinaCustomsSimulatorApi {

	private final ChinaCustomsSimulator simulator;

	private final Duration silence;

	ChinaCustomsSimulatorApi(ChinaCustomsSimulator simulator,
			@Value("${isoko.customs.simulator.silence:35s}") Duration silence) {
		this.simulator = simulator;
		this.silence = silence;
	}

	record OutageRequest(@Nullable Outage mode) {
	}

	record OutageState(Outage mode) {
	}

	/** The outage switch (tests, an operator rehearsing one): NONE, DOWN or NO_ANSWER. */
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

	@PostMapping(path = "/ceb/messages", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> message(@RequestBody String signedXml) throws InterruptedException {
		if (simulator.outage() == Outage.DOWN) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("China customs is unavailable (outage)");
		}
		ChinaCustomsSimulator.Acceptance acceptance = simulator.receive(signedXml);
		if (simulator.outage() == Outage.NO_ANSWER) {
			// Taken, but the caller hears nothing before its own timeout.
			Thread.sleep(silence.toMillis());
			return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).body("No answer (outage)");
		}
		return acceptance.accepted() ? ResponseEntity.accepted().body(acceptance.detail())
				: ResponseEntity.badRequest().body(acceptance.detail());
	}

}
