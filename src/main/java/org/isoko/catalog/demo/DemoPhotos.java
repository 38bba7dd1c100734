package org.isoko.catalog.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.Category;
import org.isoko.catalog.Photos;
import org.isoko.catalog.Product;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.shared.PageOf.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every demo product without a photo a drawing of what it sells
 * ({@link DemoPhotoDrawings}), with alt text in the four languages. Runs after the demo
 * catalog; a second start finds the photos and adds none.
 */
@Component
@Order(31)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class DemoPhotos implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoPhotos.class);

	private static final List<String> DEMO_SELLERS = List.of("seller.coop@isoko.demo", "seller.coop2@isoko.demo",
			"seller.sme@isoko.demo", "seller.cn@isoko.demo");

	private static final Map<Category, Map<String, String>> ALT = new EnumMap<>(Category.class);

	static {
		ALT.put(Category.GREEN_COFFEE,
				Map.of("en", "Drawing of green coffee beans on jute", "fr",
						"Dessin de grains de café vert sur de la toile de jute", "rw",
						"Igishushanyo cy'ibishyimbo bya kawa itokeje", "zh", "麻布上的生咖啡豆插图"));
		ALT.put(Category.ROASTED_COFFEE,
				Map.of("en", "Drawing of dark roasted coffee beans", "fr", "Dessin de grains de café torréfiés", "rw",
						"Igishushanyo cy'ibishyimbo bya kawa ikaranze", "zh", "深度烘焙咖啡豆插图"));
		ALT.put(Category.TEA, Map.of("en", "Drawing of tea leaves", "fr", "Dessin de feuilles de thé", "rw",
				"Igishushanyo cy'amababi y'icyayi", "zh", "茶叶插图"));
		ALT.put(Category.SPICES, Map.of("en", "Drawing of dried red chilies", "fr", "Dessin de piments rouges séchés",
				"rw", "Igishushanyo cy'urusenda rutukura rwumye", "zh", "干红辣椒插图"));
	}

	private static final Map<String, String> MACHINE = Map.of("en", "Drawing of a machine for coffee processing", "fr",
			"Dessin d'une machine de traitement du café", "rw", "Igishushanyo cy'imashini itunganya kawa", "zh",
			"咖啡加工机器插图");

	private final CatalogManagement catalog;

	private final Photos photos;

	private final UserDirectory users;

	DemoPhotos(CatalogManagement catalog, Photos photos, UserDirectory users) {
		this.catalog = catalog;
		this.photos = photos;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = 0;
		for (String email : DEMO_SELLERS) {
			CurrentUser seller = users.findByEmail(email).orElse(null);
			if (seller == null) {
				continue;
			}
			for (Product product : catalog.products(seller, PageRequest.of(0, 100)).items()) {
				if (photos.ofProduct(seller, product.id()).isEmpty()) {
					byte[] drawing = DemoPhotoDrawings.png(product.category(), product.hsCode().value().hashCode());
					photos.addToProduct(seller, product.id(),
							new Photos.Upload(drawing, ALT.getOrDefault(product.category(), MACHINE)));
					added++;
				}
			}
		}
		if (added > 0) {
			LOG.info("Demo photos: {} drawn", added);
		}
	}

}
