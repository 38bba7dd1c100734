package org.isoko.payments;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the payments module ({@code isoko.payments.*}), bound by
 * {@link PaymentsConfiguration} with the provider secrets resolved by
 * {@link ProviderSecrets}.
 *
 * @param platformFeeRate the platform's commission on the goods value of an order (e.g.
 * 0.05)
 * @param fxSpreadRate the spread charged on a conversion into the seller's currency,
 * booked as its own leg
 * @param escrowHold how long an escrow hold waits for delivery before it expires (the
 * money then stays in escrow for an operator to refund or release)
 * @param callbackBaseUrl the public address providers call back (blank: this server, as
 * seen on localhost)
 * @param momo the MTN MoMo Open API connection
 * @param wallet the wallet/card provider connection
 * @param poll when to ask providers for payments whose callback has not come
 * @param autoPayout pay a seller's share out to the organisation's mobile-money number as
 * soon as an order releases it (false: sellers request payouts themselves)
 */
public record PaymentsSettings(@DefaultValue("0.05") BigDecimal platformFeeRate,
		@DefaultValue("0.01") BigDecimal fxSpreadRate, @DefaultValue("P60D") Duration escrowHold,
		@DefaultValue("") String callbackBaseUrl, @DefaultValue Momo momo, @DefaultValue Wallet wallet,
		@DefaultValue Poll poll, @DefaultValue("true") boolean autoPayout) {

	/**
	 * @param baseUrl blank: the in-process simulator at {@code /simulators/momo};
	 * production e.g. https://proxy.momoapi.mtn.com
	 * @param targetEnvironment {@code sandbox}, or the market, e.g. {@code mtnrwanda}
	 * @param apiUser the API user (secret, see {@link ProviderSecrets}: none shipped)
	 * @param apiKey the API key (secret)
	 * @param collectionSubscriptionKey the collection product's subscription key (secret)
	 * @param disbursementSubscriptionKey the disbursement product's subscription key
	 * (secret)
	 * @param currencies the currencies buyers may pay in with it (the markets the account
	 * is contracted for)
	 */
	public record Momo(@DefaultValue("") String baseUrl, @DefaultValue("sandbox") String targetEnvironment,
			@DefaultValue("") String apiUser, @DefaultValue("") String apiKey,
			@DefaultValue("") String collectionSubscriptionKey, @DefaultValue("") String disbursementSubscriptionKey,
			@DefaultValue( {
					"RWF", "UGX", "KES", "TZS", "GHS", "ZMW", "XAF", "XOF" }) List<String> currencies){
	}

	/**
	 * @param baseUrl blank: the in-process simulator at {@code /simulators/wallet}
	 * @param signingKey the shared HMAC-SHA256 key notifications and requests are signed
	 * with (secret, see {@link ProviderSecrets}: none shipped)
	 * @param currencies the currencies buyers may pay in with it
	 */
	public record Wallet(@DefaultValue("") String baseUrl, @DefaultValue("isoko-demo-app") String appId,
			@DefaultValue("") String signingKey, @DefaultValue("CNY") List<String> currencies) {
	}

	/**
	 * @param firstAfter how long after the request the first status query goes out
	 * @param maxInterval the back-off doubles up to this interval
	 * @param staleAfter a request persisted but never acknowledged (crash before the
	 * call) is retried after this
	 * @param maxAttempts after this many polls a request still open stops being polled
	 * and waits for an operator (shown in the reconciliation)
	 */
	record Poll(@DefaultValue("PT10S") Duration firstAfter, @DefaultValue("PT10M") Duration maxInterval,
			@DefaultValue("PT30S") Duration staleAfter, @DefaultValue("50") int maxAttempts) {

		/**
		 * Exponential back-off for the next status query: {@code firstAfter}, doubling
		 * per attempt, at most {@code maxInterval}.
		 */
		Duration waitAfter(int attempts) {
			Duration wait = firstAfter.multipliedBy(1L << Math.min(attempts, 16));
			return wait.compareTo(maxInterval) > 0 ? maxInterval : wait;
		}
	}
}
