package org.isoko.channels.sms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as operators see it: what was sent, in which encoding, in how many parts,
 * and what it cost. The price of one part is a setting per country calling code
 * ({@code isoko.channels.sms.prices}, e.g. {@code 250=15 RWF,254=1 KES}), the longest
 * matching code wins; a message costs its parts times that price — unless the provider
 * said what it charged (Africa's Talking answers with the cost), which is then shown. The
 * delivery state is the latest delivery report's.
 */
@Component
public class SmsReports {

	private final JdbcClient jdbc;

	private final Map<String, Money> prices;

	SmsReports(JdbcClient jdbc, @Value("${isoko.channels.sms.prices:}") String prices) {
		this.jdbc = jdbc;
		this.prices = parse(prices);
	}

	static Map<String, Money> parse(String setting) {
		Map<String, Money> prices = new LinkedHashMap<>();
		Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(entry -> {
			String[] parts = entry.split("[=\\s]+");
			if (parts.length != 3) {
				throw new IllegalArgumentException(
						"isoko.channels.sms.prices: write code=amount currency, e.g. 250=15 RWF, got " + entry);
			}
			prices.put(parts[0], Money.of(new BigDecimal(parts[1]), CurrencyCode.of(parts[2])));
		});
		return prices;
	}

	/**
	 * One SMS of the outbox, without its text (one-time codes are in it);
	 * {@code charged}: the cost is the provider's, not the price list's;
	 * {@code delivery}: the latest delivery report's status, if any.
	 */
	public record SentSms(Instant createdAt, String to, String purpose, String encoding, int segments, String status,
			Optional<Money> cost, boolean charged, Optional<String> delivery, Optional<String> failureReason) {

		/** Kigali time: the hub that sends the SMS of this first market. */
		public ZonedDateTime kigaliTime() {
			return createdAt.atZone(ZoneId.of("Africa/Kigali"));
		}

	}

	public PageOf<SentSms> page(PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM channels_sms_outbox").query(Long.class).single();
		List<SentSms> items = jdbc.sql("""
				SELECT created_at, recipient, purpose, encoding, segments, status, provider_cost_minor,
				provider_cost_currency, delivery_status, delivery_failure_reason FROM channels_sms_outbox
				ORDER BY created_at DESC, id LIMIT :size OFFSET :offset""")
			.param("size", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				String to = rs.getString("recipient");
				int segments = rs.getInt("segments");
				long charged = rs.getLong("provider_cost_minor");
				Optional<Money> cost = rs.wasNull() ? priceOf(to).map(p -> p.times(segments))
						: Optional.of(Money.ofMinor(charged, rs.getString("provider_cost_currency")));
				return new SentSms(SqlTimes.instant(rs, "created_at"), masked(to), rs.getString("purpose"),
						rs.getString("encoding"), segments, rs.getString("status"), cost,
						rs.getString("provider_cost_currency") != null,
						Optional.ofNullable(rs.getString("delivery_status")),
						Optional.ofNullable(rs.getString("delivery_failure_reason")));
			})
			.list();
		return PageOf.of(items, page, total);
	}

	Optional<Money> priceOf(String msisdn) {
		return prices.keySet()
			.stream()
			.filter(msisdn::startsWith)
			.max(Comparator.comparingInt(String::length))
			.map(prices::get);
	}

	/** +250 788 ***200: enough to tell numbers apart, not to read them out. */
	static String masked(String msisdn) {
		if (msisdn.length() < 9) {
			return "+" + msisdn;
		}
		return "+" + msisdn.substring(0, 6) + "***" + msisdn.substring(msisdn.length() - 3);
	}

}
