package org.isoko.catalog;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.isoko.catalog.photos.PhotoProcessor;
import org.isoko.catalog.photos.PhotoRejected;
import org.isoko.catalog.photos.ProcessedPhoto;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sellers' photos of their products and lots, and the photos buyers see. An upload is
 * decoded and re-encoded before anything is stored ({@link PhotoProcessor}): only pixels
 * survive, never the file's metadata. The CPU work happens outside the transaction; the
 * transaction only checks the count under a lock on the product and writes.
 */
@Service
public class Photos {

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private static final int MAX_ALT_LENGTH = 250;

	private final CatalogManagement catalog;

	private final PhotoStore store;

	private final PhotoFiles files;

	private final PhotoProcessor processor;

	private final PhotoSettings settings;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Photos(CatalogManagement catalog, PhotoStore store, PhotoFiles files, PhotoSettings settings,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.catalog = catalog;
		this.store = store;
		this.files = files;
		this.processor = new PhotoProcessor(settings.maxSize().toBytes(), settings.maxPixels());
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a seller sends: the file's bytes and the alt text per language ({@code en},
	 * {@code fr}, {@code rw}, {@code zh}); at least one alt text is needed, because a
	 * photo a screen reader cannot describe excludes a buyer.
	 */
	public record Upload(byte[] content, Map<String, String> alt) {

		public Upload {
			alt = Map.copyOf(alt);
		}

	}

	public Photo addToProduct(CurrentUser seller, ProductId product, Upload upload) {
		Product own = catalog.ownProduct(seller, product);
		return add(seller, own.id(), null, upload);
	}

	public Photo addToLot(CurrentUser seller, LotId lot, Upload upload) {
		LotDetails own = catalog.ownLot(seller, lot);
		return add(seller, own.productId(), own.id(), upload);
	}

	public List<Photo> ofProduct(CurrentUser seller, ProductId product) {
		catalog.ownProduct(seller, product);
		return store.of(product, null);
	}

	public List<Photo> ofLot(CurrentUser seller, LotId lot) {
		LotDetails own = catalog.ownLot(seller, lot);
		return store.of(own.productId(), own.id());
	}

	/**
	 * Removes a photo of the seller's own product; another's, or a lot's, answers 404.
	 */
	public void removeFromProduct(CurrentUser seller, ProductId product, UUID photoId) {
		remove(seller, photoId, photo -> photo.product().equals(product) && photo.lot() == null);
	}

	/**
	 * Removes a photo of the seller's own lot; another's, or its product's, answers 404.
	 */
	public void removeFromLot(CurrentUser seller, LotId lot, UUID photoId) {
		remove(seller, photoId, photo -> lot.equals(photo.lot()));
	}

	private void remove(CurrentUser seller, UUID photoId, Predicate<Photo> belongs) {
		Photo photo = store.find(photoId).filter(belongs).orElseThrow(() -> NotFound.of("Photo", photoId));
		try {
			catalog.ownProduct(seller, photo.product());
		}
		catch (NotFound e) {
			throw NotFound.of("Photo", photoId);
		}
		transaction.executeWithoutResult(status -> store.delete(photoId));
		events.publishEvent(new PhotoRemoved(photoId, photo.product(), photo.lot(), seller.id()));
	}

	/** The photos a buyer sees on a lot's page: the lot's own, then its product's. */
	@Transactional(readOnly = true)
	public List<Photo> gallery(LotId lot) {
		return store.gallery(lot);
	}

	/**
	 * The first photo of each lot shown on a page of cards; lots without one are absent.
	 */
	@Transactional(readOnly = true)
	public Map<LotId, Photo> cards(Collection<LotId> lots) {
		return store.firstOf(lots);
	}

	/** The bytes of a served image, by the hash in its address. */
	public Optional<byte[]> file(String hash) {
		return HASH.matcher(hash).matches() ? files.read(hash) : Optional.empty();
	}

	private Photo add(CurrentUser seller, ProductId product, @Nullable LotId lot, Upload upload) {
		Map<String, String> alt = altTexts(upload.alt());
		if (store.of(product, lot).size() >= settings.maxPerItem()) {
			throw tooMany(lot);
		}
		ProcessedPhoto processed;
		try {
			processed = processor.process(upload.content());
		}
		catch (PhotoRejected e) {
			throw new InvalidPhoto(e);
		}
		files.save(processed.card().hash(), processed.card().bytes());
		files.save(processed.detail().hash(), processed.detail().bytes());
		Photo saved = transaction.execute(status -> {
			store.lockProduct(product);
			if (store.of(product, lot).size() >= settings.maxPerItem()) {
				throw tooMany(lot);
			}
			Photo photo = new Photo(UUID.randomUUID(), product, lot, store.nextPosition(product, lot),
					image(processed.card()), image(processed.detail()), alt);
			store.insert(photo, processed.format(), seller.id(), clock.instant());
			return photo;
		});
		events.publishEvent(new PhotoAdded(saved.id(), product, lot, seller.id()));
		return saved;
	}

	/** No alt text in any language; pages ask for one by the first field. */
	public static class MissingAltText extends InvalidInput {

		MissingAltText() {
			super("altEn", "Describe the photo in at least one language (alt text for screen readers)");
		}

	}

	private Conflict tooMany(@Nullable LotId lot) {
		return new Conflict("A " + (lot == null ? "product" : "lot") + " has at most " + settings.maxPerItem()
				+ " photos: remove one before adding another");
	}

	private static Photo.Image image(org.isoko.catalog.photos.EncodedImage encoded) {
		return new Photo.Image(encoded.hash(), encoded.width(), encoded.height());
	}

	private static Map<String, String> altTexts(Map<String, String> given) {
		Map<String, String> alt = new LinkedHashMap<>();
		for (String language : Photo.LANGUAGES) {
			String text = given.get(language);
			if (text == null || text.isBlank()) {
				continue;
			}
			String field = "alt" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
			TextInput.@Nullable Problem problem = TextInput.check(text.strip(), false, MAX_ALT_LENGTH);
			if (problem != null) {
				throw new InvalidInput(field, problem.detail(MAX_ALT_LENGTH));
			}
			alt.put(language, text.strip());
		}
		if (alt.isEmpty()) {
			throw new MissingAltText();
		}
		return alt;
	}

}
