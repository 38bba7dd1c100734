package org.isoko.customs;

import java.math.BigDecimal;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the customs module ({@code isoko.customs.*}).
 *
 * @param china the connection to China's customs (cross-border retail import)
 * @param outbox how declarations are sent and retried
 * @param simulator the in-process China customs simulator
 */
@ConfigurationProperties("isoko.customs")
record CustomsSettings(@DefaultValue China china, @DefaultValue Outbox outbox, @DefaultValue Simulator simulator,
		@DefaultValue Eac eac) {

	/**
	 * The EAC corridors: a consignment's export entry at origin and import entry at
	 * destination.
	 *
	 * @param exportClearance whether a consignment leaving a hub in one of
	 * {@code exportCountries} needs its export entry released before it departs
	 * @param exportCountries the countries whose authorities declare exports (RW)
	 * @param declareImports whether a consignment arriving at a hub in one of
	 * {@code importCountries} is declared for import
	 * @param importCountries the destination countries declared (KE, RW)
	 * @param baseUrls per country (RW, KE), the endpoint the signed entries are posted to
	 * ({@code <base-url>/entries}); none: the in-process simulator
	 * @param authorityKey the public key (X.509, base64) the authorities sign their
	 * receipts with; required with a base URL
	 * @param declarant the declarant named on the entries (Isoko as customs agent)
	 * @param simulatorDelay how long the simulated authority takes to answer
	 * @param simulatorAutoRelease whether the simulated authority releases a complete
	 * entry itself (false: it accepts, queries an entry missing documents, and leaves the
	 * release to the officer's console)
	 * @param simulatorOutage the simulated authorities' outage at start (NONE, DOWN,
	 * NO_ANSWER)
	 */
	record Eac(@DefaultValue("true") boolean exportClearance,
			@DefaultValue("RW") java.util.List<String> exportCountries, @DefaultValue("true") boolean declareImports,
			@DefaultValue( {
					"KE", "RW" }) java.util.List<String> importCountries,
			java.util.@Nullable Map<String, String> baseUrls, @DefaultValue("") String authorityKey,
			@DefaultValue("Isoko Ltd (customs agent)") String declarant, @DefaultValue("0s") Duration simulatorDelay,
			@DefaultValue("false") boolean simulatorAutoRelease,
			@DefaultValue("NONE") ChinaCustomsSimulator.Outage simulatorOutage){

		/** The defaults, for tests that build the settings by hand. */
		static Eac defaults() {
			return new Eac(true, java.util.List.of("RW"), true, java.util.List.of("KE", "RW"), null, "",
					"Isoko Ltd (customs agent)", Duration.ZERO, false, ChinaCustomsSimulator.Outage.NONE);
		}

		/** The endpoint of a country's authority; blank: none configured. */
		String baseUrl(String country) {
			return baseUrls == null ? "" : baseUrls.getOrDefault(country, "");
		}

		boolean anyEndpoint() {
			return baseUrls != null && baseUrls.values().stream().anyMatch(u -> !u.isBlank());
		}

	}

	/**
	 * @param declare whether parcels of cross-border retail orders arriving in China are
	 * declared (false: customs is not in their path, as before this module)
	 * @param baseUrl blank: the in-process simulator; otherwise the endpoint the signed
	 * messages are posted to ({@code <base-url>/ceb/messages})
	 * @param signingKey Isoko's RSA private key (PKCS#8, base64) the messages are signed
	 * with; blank: a key pair drawn at each start (simulator only, never shipped)
	 * @param signingCertificateKey the matching public key (X.509, base64)
	 * @param customsKey the public key (X.509, base64) customs signs its receipts with;
	 * blank: the simulator's
	 * @param ebpCode the platform's customs registration code, ebpName its name
	 * @param ebcCode the e-commerce enterprise (the sellers' agent in China), ebcName
	 * @param logisticsCode the carrier's code, logisticsName its name
	 * @param dxpId Isoko's id on the data exchange platform
	 */
	record China(@DefaultValue("true") boolean declare, @DefaultValue("") String baseUrl,
			@DefaultValue("") String signingKey, @DefaultValue("") String signingCertificateKey,
			@DefaultValue("") String customsKey, @DefaultValue("ISOKO00001") String ebpCode,
			@DefaultValue("Isoko eWTP hub") String ebpName, @DefaultValue("ISOKO00002") String ebcCode,
			@DefaultValue("Isoko sellers' agent (demo)") String ebcName,
			@DefaultValue("ISOKOLOG01") String logisticsCode, @DefaultValue("Isoko logistics") String logisticsName,
			@DefaultValue("DXPENT0000000001") String dxpId) {
	}

	/**
	 * @param poll how often due messages are looked for
	 * @param firstRetry the wait after a first failure, doubled at each further one
	 * @param maxRetry the longest wait between attempts
	 * @param maxAttempts after this many failed attempts a message is given up on (the
	 * operator sees it and can send it again)
	 * @param documentsPerMessage how many due documents of one type go in one signed CEB
	 * message (1 to {@link org.isoko.customs.ceb.CebBatch#MAX_DOCUMENTS}); 1: each as its
	 * own message, as signed when declared
	 * @param senders how many threads send the CEB messages (1 to 8): each takes its own
	 * due messages (rows another sender holds are skipped), so a backlog is signed and
	 * sent on several cores
	 */
	record Outbox(Duration poll, Duration firstRetry, Duration maxRetry, int maxAttempts, int documentsPerMessage,
			int senders) {

		@org.springframework.boot.context.properties.bind.ConstructorBinding
		Outbox(@DefaultValue("500ms") Duration poll, @DefaultValue("5s") Duration firstRetry,
				@DefaultValue("10m") Duration maxRetry, @DefaultValue("20") int maxAttempts,
				@DefaultValue("100") int documentsPerMessage, @DefaultValue("2") int senders) {
			if (documentsPerMessage < 1 || documentsPerMessage > org.isoko.customs.ceb.CebBatch.MAX_DOCUMENTS) {
				throw new IllegalArgumentException("isoko.customs.outbox.documents-per-message must be 1 to "
						+ org.isoko.customs.ceb.CebBatch.MAX_DOCUMENTS + ", not " + documentsPerMessage);
			}
			if (senders < 1 || senders > 8) {
				throw new IllegalArgumentException("isoko.customs.outbox.senders must be 1 to 8, not " + senders);
			}
			this.poll = poll;
			this.firstRetry = firstRetry;
			this.maxRetry = maxRetry;
			this.maxAttempts = maxAttempts;
			this.documentsPerMessage = documentsPerMessage;
			this.senders = senders;
		}

		/** The settings of an outbox that sends the CEB messages in batches of 100. */
		Outbox(Duration poll, Duration firstRetry, Duration maxRetry, int maxAttempts) {
			this(poll, firstRetry, maxRetry, maxAttempts, org.isoko.customs.ceb.CebBatch.MAX_DOCUMENTS, 2);
		}

	}

	/**
	 * @param enabled unset: on except under the postgres (production) profile
	 * @param delay how long the simulated customs takes to answer each message
	 * @param perOrder the single-order limit (yuan), perYear the buyer's annual limit
	 * @param amountTolerance how far amounts that must agree may differ (yuan)
	 * @param weightTolerance how far the waybill weight may differ from the declared
	 * gross weight (fraction)
	 * @param outage the simulator's outage at start (NONE, DOWN: 503, NO_ANSWER: takes
	 * the message but answers nothing); switched at run time on its control endpoint
	 * @param silence how long the simulator's HTTP endpoint keeps a caller waiting in
	 * NO_ANSWER (longer than the sender's timeout)
	 * @param taxBills whether the simulated customs issues the electronic tax bill
	 * (CEB816) of each inventory list it releases
	 */
	record Simulator(String enabled, Duration delay, BigDecimal perOrder, BigDecimal perYear,
			BigDecimal amountTolerance, BigDecimal weightTolerance, ChinaCustomsSimulator.Outage outage,
			Duration silence, boolean taxBills) {

		@org.springframework.boot.context.properties.bind.ConstructorBinding
		Simulator(@DefaultValue("") String enabled, @DefaultValue("0s") Duration delay,
				@DefaultValue("5000") BigDecimal perOrder, @DefaultValue("26000") BigDecimal perYear,
				@DefaultValue("0.00") BigDecimal amountTolerance, @DefaultValue("0.10") BigDecimal weightTolerance,
				@DefaultValue("NONE") ChinaCustomsSimulator.Outage outage, @DefaultValue("35s") Duration silence,
				@DefaultValue("true") boolean taxBills) {
			this.enabled = enabled;
			this.delay = delay;
			this.perOrder = perOrder;
			this.perYear = perYear;
			this.amountTolerance = amountTolerance;
			this.weightTolerance = weightTolerance;
			this.outage = outage;
			this.silence = silence;
			this.taxBills = taxBills;
		}

		/** The simulator's settings, issuing tax bills. */
		Simulator(String enabled, Duration delay, BigDecimal perOrder, BigDecimal perYear, BigDecimal amountTolerance,
				BigDecimal weightTolerance, ChinaCustomsSimulator.Outage outage, Duration silence) {
			this(enabled, delay, perOrder, perYear, amountTolerance, weightTolerance, outage, silence, true);
		}

	}

}
