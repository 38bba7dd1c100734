package org.isoko.customs.ceb;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Four agreeing documents of one parcel drawn from a seeded random source: amounts in
 * fen, a valid resident ID, lines, weights within the limits.
 */
public final class CebSamples {

	static final CebXml.Transfer TRANSFER = new CebXml.Transfer("ISOKO0001", "Isoko eWTP hub", "DXPENT0000000001");

	private static KeyPair keys;

	private CebSamples() {
	}

	static synchronized KeyPair keys() {
		if (keys == null) {
			keys = newKeys();
		}
		return keys;
	}

	static KeyPair newKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String residentId(Random random) {
		String area = "330106";
		String birth = String.format("%04d%02d%02d", 1960 + random.nextInt(45), 1 + random.nextInt(12),
				1 + random.nextInt(28));
		String first17 = area + birth + String.format("%03d", random.nextInt(1000));
		return first17 + ResidentId.checkCharacter(first17);
	}

	static BigDecimal yuan(long fen) {
		return BigDecimal.valueOf(fen, 2);
	}

	public static MatchRules.Documents documents(Random random) {
		Instant at = Instant.parse("2026-12-06T08:00:00Z")
			.plusSeconds(random.nextInt(86_400))
			.truncatedTo(ChronoUnit.SECONDS);
		String orderNo = "ISK-" + (100_000 + random.nextInt(900_000));
		String id = residentId(random);
		String name = random.nextBoolean() ? "李伟" : "Liu Yang";
		String phone = "+86 138 " + (1000_0000 + random.nextInt(9000_0000));
		String address = "浙江省杭州市西湖区文三路" + (1 + random.nextInt(300)) + "号";
		int lineCount = 1 + random.nextInt(3);
		List<OrderMessage.Line> orderLines = new ArrayList<>();
		List<InventoryMessage.Line> inventoryLines = new ArrayList<>();
		long goods = 0;
		for (int i = 1; i <= lineCount; i++) {
			int qty = 1 + random.nextInt(4);
			long price = 2_000 + random.nextInt(20_000);
			long total = price * qty;
			goods += total;
			orderLines.add(new OrderMessage.Line(i, "LOT-" + i, "Rwandan coffee " + i, "0901210000", "035",
					BigDecimal.valueOf(qty), yuan(price), yuan(total), "646"));
			inventoryLines.add(new InventoryMessage.Line(i, "LOT-" + i, "Rwandan coffee " + i, "0901210000", "646",
					BigDecimal.valueOf(qty), "035", yuan(price), yuan(total)));
		}
		long freight = 1_000 + random.nextInt(10_000);
		long tax = (goods + freight) * 91 / 1000;
		long discount = random.nextInt(3) == 0 ? random.nextInt(500) : 0;
		long paid = goods + freight + tax - discount;
		String payTx = "PAY" + random.nextInt(1_000_000_000);
		String waybill = "KGL" + (10_000_000 + random.nextInt(80_000_000));
		long grams = 1_000 + random.nextInt(20_000);
		int pieces = 1 + random.nextInt(5);
		BigDecimal declared = BigDecimal.valueOf(grams, 3);
		// weighed within 5 % of the declared weight
		BigDecimal weighed = BigDecimal.valueOf(grams + (long) (grams * (random.nextDouble() - 0.5) / 10), 3);
		OrderMessage order = new OrderMessage(guid(random), at, orderNo, "ISOKO0001", "Isoko eWTP hub", "ISOKO0002",
				"Isoko seller agent", yuan(goods), yuan(freight), yuan(discount), yuan(tax), yuan(paid), name,
				Ceb.ID_TYPE_RESIDENT, id, phone, "ALIPAY01", "Wallet (demo)", payTx, name, phone, address, orderLines);
		PaymentMessage payment = new PaymentMessage(guid(random), at, "ALIPAY01", "Wallet (demo)", payTx, orderNo,
				"ISOKO0001", "Isoko eWTP hub", Ceb.ID_TYPE_RESIDENT, id, name, phone, yuan(paid),
				at.minusSeconds(3600));
		WaybillMessage waybillMessage = new WaybillMessage(guid(random), at, "ISOKOLOG", "Isoko logistics", waybill,
				orderNo, yuan(freight), yuan(0), weighed, pieces, name, address, phone);
		InventoryMessage inventory = new InventoryMessage(guid(random), at, orderNo, "ISOKO0001", "Isoko eWTP hub",
				"ISOKO0002", "Isoko seller agent", "ISOKOLOG", waybill, "INV" + orderNo, Ceb.ID_TYPE_RESIDENT, id, name,
				phone, address, yuan(freight), yuan(0), declared, pieces, inventoryLines);
		BigDecimal yearBefore = yuan(random.nextInt(1_000_000));
		return new MatchRules.Documents(order, payment, waybillMessage, inventory, yearBefore,
				random.nextBoolean() ? yuan(tax) : null);
	}

	static String guid(Random random) {
		return new java.util.UUID(random.nextLong(), random.nextLong()).toString().toUpperCase();
	}

}
