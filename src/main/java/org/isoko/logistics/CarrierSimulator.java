package org.isoko.logistics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.Conflict;
import org.springframework.stereotype.Service;

/**
 * A last-mile carrier that speaks the webhook protocol over HTTP, for demos and tests: it
 * plays a departed consignment's journey (arrived, out for delivery, delivered) for each
 * of its parcels, as signed, timestamped calls to Isoko's own webhook, and like a real
 * carrier it sends some events twice and out of order. Isoko learns of the journey only
 * through the webhook, as it would from a real carrier.
 */
@Service
public class CarrierSimulator {

	static final String CARRIER = "Isoko demo last mile";

	private final Consignments consignments;

	private final LogisticsSettings settings;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	CarrierSimulator(Consignments consignments, LogisticsSettings settings, Clock clock) {
		this.consignments = consignments;
		this.settings = settings;
		this.clock = clock;
	}

	/** What the simulator sent and what the webhook answered. */
	public record Played(int calls, int events, List<String> answers) {
	}

	/**
	 * Plays the journey of a departed consignment against {@code webhook} (e.g.
	 * http://localhost:8080/api/v1/carrier-events).
	 */
	public Played play(CurrentUser user, ConsignmentId id, URI webhook) {
		Consignment c = consignments.view(user, id).consignment();
		if (c.status() != ConsignmentStatus.DEPARTED && c.status() != ConsignmentStatus.ARRIVED) {
			throw new Conflict("Consignment " + c.masterWaybill() + " is " + c.status() + ": only a departed "
					+ "consignment has a journey to play");
		}
		Instant start = c.departedAt() == null ? clock.instant() : c.departedAt();
		Duration step = Duration.between(start, clock.instant()).dividedBy(4);
		List<String> events = new ArrayList<>();
		for (Parcel p : consignments.parcelsIn(user, id)) {
			Milestone[] journey = { Milestone.ARRIVED_AT_DESTINATION, Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED };
			for (int i = 0; i < journey.length; i++) {
				events.add(event(p.waybill() + "-" + journey[i], p.waybill(), journey[i],
						start.plus(step.multipliedBy(i + 1)), c.destination().value()));
			}
		}
		Random random = new Random(id.value().getLeastSignificantBits());
		List<String> sent = new ArrayList<>(events);
		for (int i = 0; i < events.size() / 10 + 1 && !events.isEmpty(); i++) {
			sent.add(events.get(random.nextInt(events.size()))); // carriers resend
		}
		Collections.shuffle(sent, random); // and do not keep order
		List<String> answers = new ArrayList<>();
		int calls = 0;
		for (int from = 0; from < sent.size(); from += 50) {
			String body = "{\"carrier\":\"" + CARRIER + "\",\"events\":["
					+ String.join(",", sent.subList(from, Math.min(sent.size(), from + 50))) + "]}";
			answers.add(post(webhook, body));
			calls++;
		}
		return new Played(calls, sent.size(), answers);
	}

	private String post(URI webhook, String body) {
		long now = clock.instant().getEpochSecond();
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(webhook)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header(CarrierSignature.TIMESTAMP_HEADER, Long.toString(now))
			.header(CarrierSignature.SIGNATURE_HEADER, CarrierSignature.sign(settings.carrierSecret(), now, bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() + " " + response.body();
		}
		catch (IOException e) {
			throw new IllegalStateException("The webhook at " + webhook + " did not answer: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calling " + webhook, e);
		}
	}

	private static String event(String id, Waybill waybill, Milestone milestone, Instant at, String hub) {
		return "{\"id\":\"" + id + "\",\"waybill\":\"" + waybill + "\",\"milestone\":\"" + milestone
				+ "\",\"occurredAt\":\"" + at + "\",\"location\":\"" + hub + "\",\"code\":\"SIM-" + milestone + "\"}";
	}

}
