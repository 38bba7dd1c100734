package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.isoko.customs.ceb.Ceb;
import org.isoko.customs.ceb.ResidentId;
import org.isoko.identity.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The identity key rotated: the application runs with a new key and the test suite's key
 * as the previous one. Identities sealed with the previous key (and one from before keys
 * had ids) open, and the rotation seals them again with the new key, after which the new
 * key alone opens them; one sealed with a key nobody configured is left as it was and
 * counted; erased ones are not touched; a run with news is recorded, one without is not.
 */
@SpringBootTest
@TestPropertySource(properties = { "isoko.customs.identity-key=" + IdentityKeyRotationIntegrationTests.NEW_KEY,
		"isoko.customs.identity-previous-keys=" + IdentityCipherUnitTests.KEY,
		// The test runs the rotation itself.
		"isoko.customs.identity-rotation-delay=PT1H" })
class IdentityKeyRotationIntegrationTests {

	static final String NEW_KEY = IdentityCipherUnitTests.NEW_KEY;

	static final String NUMBER = "330106199203154212";

	@Autowired
	IdentityKeyRotation rotation;

	@Autowired
	IdentityStore store;

	@Autowired
	BuyerIdentities identities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void identitiesSealedWithThePreviousKeyAreSealedAgainWithTheNewOne() {
		IdentityCipher previous = IdentityCipher.of(IdentityCipherUnitTests.KEY);
		UUID sealedBefore = insert(previous, false);
		UUID unnamed = insert(previous, true);
		UUID foreign = insert(IdentityCipher.drawn(), false);
		UUID erased = insert(previous, false);
		jdbc.sql(
				"""
						UPDATE customs_orderer_identity SET name_sealed = NULL, id_number_sealed = NULL, erased_at = CURRENT_TIMESTAMP
						WHERE id = :id""")
			.param("id", erased)
			.update();
		assertThat(identities.open(store.find(sealedBefore).orElseThrow())).isPresent();
		assertThat(identities.open(store.find(unnamed).orElseThrow())).isPresent();
		long runsBefore = runs();

		IdentityKeyRotation.Run run = rotation.resealAll();

		assertThat(run.resealed()).isGreaterThanOrEqualTo(2);
		assertThat(run.unreadable()).isGreaterThanOrEqualTo(1);
		IdentityCipher newKeyAlone = IdentityCipher.of(NEW_KEY);
		for (UUID id : new UUID[] { sealedBefore, unnamed }) {
			IdentityStore.Row row = store.find(id).orElseThrow();
			assertThat(row.nameSealed()).startsWith(IdentityCipher.VERSION + newKeyAlone.keyId() + ".");
			assertThat(newKeyAlone.open(row.nameSealed(), BuyerIdentities.context(id, "name"))).isEqualTo("张伟");
			assertThat(newKeyAlone.open(row.idNumberSealed(), BuyerIdentities.context(id, "idNumber")))
				.isEqualTo(NUMBER);
		}
		IdentityStore.Row left = store.find(foreign).orElseThrow();
		assertThat(left.nameSealed()).doesNotStartWith(IdentityCipher.VERSION + newKeyAlone.keyId());
		assertThat(store.find(erased).orElseThrow().nameSealed()).isNull();
		assertThat(runs()).isEqualTo(runsBefore + 1);
		assertThat(jdbc.sql("SELECT key_id FROM customs_identity_key_rotation ORDER BY started_at DESC LIMIT 1")
			.query(String.class)
			.single()).isEqualTo(newKeyAlone.keyId());

		// Again: nothing left to seal, the foreign one still counted, and no news: not
		// recorded again.
		IdentityKeyRotation.Run again = rotation.resealAll();
		assertThat(again.resealed()).isZero();
		assertThat(again.unreadable()).isEqualTo(run.unreadable());
		assertThat(runs()).isEqualTo(runsBefore + 1);
	}

	private UUID insert(IdentityCipher cipher, boolean unnamed) {
		UUID id = UUID.randomUUID();
		String name = cipher.seal("张伟", BuyerIdentities.context(id, "name"));
		String number = cipher.seal(NUMBER, BuyerIdentities.context(id, "idNumber"));
		if (unnamed) {
			// As sealed before keys had ids: "v1." and the base64, no key named.
			name = IdentityCipher.UNNAMED + name.substring(name.indexOf('.', IdentityCipher.VERSION.length()) + 1);
			number = IdentityCipher.UNNAMED
					+ number.substring(number.indexOf('.', IdentityCipher.VERSION.length()) + 1);
		}
		store.insert(new IdentityStore.Row(id, new UserId(UUID.randomUUID()), Ceb.ID_TYPE_RESIDENT, name, number,
				ResidentId.masked(NUMBER), Instant.now(), null), "CHECKOUT");
		return id;
	}

	private long runs() {
		return jdbc.sql("SELECT COUNT(*) FROM customs_identity_key_rotation").query(Long.class).single();
	}

}
