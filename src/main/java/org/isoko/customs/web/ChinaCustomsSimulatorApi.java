package org.isoko.customs.web;

import org.isoko.customs.ChinaCustomsSimulator;
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
 * session, no CSRF under /simulators).
 */
@Hidden
@RestController
@Conditional(CustomsSimulatorEnabled.class)
@RequestMapping("/simulators/china-customs")
class ChinaCustomsSimulatorApi {

	private final ChinaCustomsSimulator simulator;

	ChinaCustomsSimulatorApi(ChinaCustomsSimulator simulator) {
		this.simulator = simulator;
	}

	@PostMapping(path = "/ceb/messages", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> message(@RequestBody String signedXml) {
		ChinaCustomsSimulator.Acceptance acceptance = simulator.receive(signedXml);
		return acceptance.accepted() ? ResponseEntity.accepted().body(acceptance.detail())
				: ResponseEntity.badRequest().body(acceptance.detail());
	}

}
