package org.isoko.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.Category;
import org.isoko.catalog.CoffeeAttributes;
import org.isoko.catalog.CoffeeProcess;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.ListingStatus;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.catalog.ProducerKind;
import org.isoko.catalog.ProductId;
import org.isoko.catalog.ProductText;
import org.isoko.catalog.Provenance;
import org.isoko.network.CorridorId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Request bodies of the seller API. Bean validation reports missing fields;
 * {@link CatalogManagement} checks the rest (ranges, dates, ownership), naming the field.
 * <p>
 * Whole quantities are read with {@link WholeNumber}: Jackson's default
 * ({@code ACCEPT_FLOAT_AS_INT}) would turn {@code 1.5} bags into 1 without a word, and a
 * seller would list something they did not mean.
 */
final class SellerApiRequests {

	private SellerApiRequests() {
	}

	record ProductRequest(@NotNull Category category,
			@NotNull @Schema(type = "string", example = "0901.11") HsCode hsCode,
			@NotBlank @Size(max = 120) @Schema(example = "60 kg bag of green coffee") String unitOfSale,
			@NotNull @JsonDeserialize(using = WholeLong.class) Long netWeightGrams,
			@NotNull @JsonDeserialize(using = WholeLong.class) Long grossWeightGrams,
			@NotEmpty @Valid List<TextRequest> texts) {

		CatalogManagement.NewProduct product() {
			return new CatalogManagement.NewProduct(category, hsCode, unitOfSale, netWeightGrams, grossWeightGrams,
					texts.stream().map(TextRequest::text).toList());
		}
	}

	/** The body of {@code PUT /api/v1/products/{id}/hs-code}. */
	record HsCodeRequest(@NotNull @Schema(type = "string", example = "0901.12") HsCode hsCode) {
	}

	record TextRequest(@NotBlank @Schema(example = "zh", allowableValues = {
			"en", "fr", "rw", "zh" }) String language, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 4000) String description,
			@Nullable @Size(max = 120) @Schema(
					description = "The unit of sale in this language; when absent, the product's unitOfSale is shown (in the product's first language)",
					example = "60公斤咖啡生豆袋") String unitOfSale){

		ProductText text() {
			return new ProductText(language, name, description, unitOfSale);
		}
	}

	/**
	 * The body of {@code PUT /api/v1/products/{id}/texts/{language}}: the language is in
	 * the path.
	 */
	record TextBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 4000) String description,
			@Nullable @Size(max = 120) String unitOfSale) {
	}

	/**
	 * A price: {@code amount} as a decimal string ("520000", "9800.00") or a JSON number,
	 * in major units.
	 */
	record PriceRequest(@NotNull @Schema(type = "string", example = "520000") BigDecimal amount,
			@NotNull @Schema(type = "string", example = "RWF") CurrencyCode currency) {

		Money money(String field) {
			try {
				return Money.of(amount, currency);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput(field, String.valueOf(e.getMessage()));
			}
		}
	}

	record ProvenanceRequest(@NotNull @Schema(type = "string", example = "RW") CountryCode country,
			@NotBlank @Size(max = 120) @Schema(example = "Gakenke District, Northern Province") String region,
			@NotBlank @Size(max = 200) String producerName, @NotNull ProducerKind producerKind,
			@Nullable LocalDate harvestedOn) {

		Provenance provenance() {
			return new Provenance(country, region.trim(), producerName.trim(), producerKind, harvestedOn);
		}
	}

	record CoffeeRequest(@Nullable CoffeeProcess process, @Nullable @Size(max = 60) String grade,
			@Nullable @Schema(type = "string", example = "86.5") BigDecimal cupScore,
			@Nullable @JsonDeserialize(using = WholeNumber.class) Integer altitudeMeters) {

		CoffeeAttributes attributes() {
			return new CoffeeAttributes(process, grade == null || grade.isBlank() ? null : grade.trim(), cupScore,
					altitudeMeters);
		}
	}

	record LotRequest(@NotNull @Schema(type = "string", format = "uuid") ProductId productId,
			@NotBlank @Size(max = 60) @Schema(example = "ABZ-2026-FW-01") String reference,
			@NotNull @JsonDeserialize(using = WholeNumber.class) Integer quantity,
			@NotNull @Valid PriceRequest unitPrice,
			@Nullable @JsonDeserialize(using = WholeNumber.class) Integer minOrderQuantity,
			@NotNull @Valid ProvenanceRequest provenance, @Nullable @Valid CoffeeRequest coffee,
			@Nullable @Size(max = 4000) @Schema(
					description = "The producer's story, in the product's first language") String story,
			@Nullable @Schema(description = "The story in other languages, by language (en, fr, rw, zh)",
					example = "{\"zh\": \"阿巴胡扎穆甘比的意思是……\"}") Map<String, @Size(max = 4000) String> stories,
			@Nullable List<@Valid DocumentRequest> documents, @Nullable @Schema(
					description = "Corridors (ids) to list the lot on at once; each must leave from your hub") List<CorridorId> corridors) {

		CatalogManagement.NewLot lot() {
			return new CatalogManagement.NewLot(reference, quantity, unitPrice.money("unitPrice.amount"),
					minOrderQuantity == null ? 1 : minOrderQuantity, provenance.provenance(),
					coffee == null ? CoffeeAttributes.NONE : coffee.attributes(), story,
					stories == null ? Map.of() : stories);
		}

		List<CatalogManagement.NewDocument> newDocuments() {
			return documents == null ? List.of() : documents.stream().map(DocumentRequest::document).toList();
		}

		List<CorridorId> corridorIds() {
			return corridors == null ? List.of() : corridors;
		}
	}

	record DocumentRequest(@NotNull DocumentKind kind, @NotBlank @Size(max = 80) String number,
			@NotBlank @Size(max = 200) String issuer, @NotNull LocalDate issuedOn, @Nullable LocalDate expiresOn,
			@Nullable PreferenceScheme scheme,
			@Nullable @Size(max = 60) @Schema(example = "WP") String originCriterion) {

		CatalogManagement.NewDocument document() {
			return new CatalogManagement.NewDocument(kind, number, issuer, issuedOn, expiresOn, scheme,
					originCriterion);
		}
	}

	record QuantityRequest(@NotNull @JsonDeserialize(using = WholeNumber.class) Integer quantity) {
	}

	record ListingRequest(@NotNull @Schema(
			description = "LISTED lists or resumes the lot on the corridor, PAUSED pauses it") ListingStatus status) {
	}

	/**
	 * Reads a JSON integer that fits an int; refuses 1.5, "12" and 1e3 instead of
	 * truncating or guessing.
	 */
	static final class WholeNumber extends ValueDeserializer<Integer> {

		@Override
		public Integer deserialize(JsonParser parser, DeserializationContext context) {
			long value = whole(parser);
			if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
				throw InvalidFormatException.from(parser, "must be a whole number between " + Integer.MIN_VALUE
						+ " and " + Integer.MAX_VALUE + ", got " + value, value, Integer.class);
			}
			return (int) value;
		}

	}

	static final class WholeLong extends ValueDeserializer<Long> {

		@Override
		public Long deserialize(JsonParser parser, DeserializationContext context) {
			return whole(parser);
		}

	}

	private static long whole(JsonParser parser) {
		if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
			if (parser.getNumberType() == JsonParser.NumberType.INT
					|| parser.getNumberType() == JsonParser.NumberType.LONG) {
				return parser.getLongValue();
			}
			throw InvalidFormatException.from(parser,
					"must be a whole number, got a number too large: " + parser.getString(), parser.getString(),
					Long.class);
		}
		String got = parser.currentToken() == JsonToken.VALUE_STRING ? "the text \"" + parser.getString() + "\""
				: parser.getString();
		throw InvalidFormatException.from(parser, "must be a whole number (a JSON number without decimals), got " + got,
				parser.getString(), Long.class);
	}

}
