package org.isoko.catalog.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.CatalogManagement.NewDocument;
import org.isoko.catalog.CatalogManagement.NewLot;
import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.Category;
import org.isoko.catalog.CoffeeAttributes;
import org.isoko.catalog.CoffeeProcess;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.catalog.ProducerKind;
import org.isoko.catalog.ProductId;
import org.isoko.catalog.ProductText;
import org.isoko.catalog.Provenance;
import org.isoko.catalog.Stock;
import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo catalog on the embedded default: green coffee from two Rwandan cooperatives,
 * roasted packs and tea from a Kigali roaster, chili from a cooperative, small processing
 * equipment from a Hangzhou SME, listed on the demo corridors. Goes through
 * {@link CatalogManagement}, so demo lots pass the same checks as a seller's; only the
 * expired certificate (which sellers may not add) is written straight to its table.
 * Idempotent: a lot whose reference exists is left alone. Other modules' demo data
 * (orders) refer to the stable lot references.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
public class CatalogDemoData implements ApplicationRunner {

	public static final String ABAHUZAMUGAMBI_GREEN = "ABZ-2026-FW-01";

	public static final String ABAHUZAMUGAMBI_NATURAL = "ABZ-2026-NAT-02";

	public static final String NYAMPINGA_GREEN = "NYP-2026-FW-01";

	public static final String NYAMPINGA_CHILI = "NYP-2026-CHILI-500";

	public static final String ROASTED_PACKS = "KHR-2026-RST-250";

	public static final String TEA = "KHR-2026-TEA-100";

	/** Kenyan black tea from a Nairobi packer, listed NBO→KGL (imports into Rwanda). */
	public static final String KENYAN_TEA = "LHT-2026-TEA-250";

	public static final String PULPER = "HAM-2026-PULPER";

	public static final String MOISTURE_METER = "HAM-2026-MOIST";

	public static final String DRYING_MESH = "HAM-2026-MESH";

	private static final Logger LOG = LoggerFactory.getLogger(CatalogDemoData.class);

	private static final CurrencyCode RWF = CurrencyCode.of("RWF");

	private static final CurrencyCode CNY = CurrencyCode.of("CNY");

	private final CatalogManagement catalog;

	private final Stock stock;

	private final Network network;

	private final JdbcClient jdbc;

	private final UserDirectory users;

	private final Clock clock;

	private int created;

	CatalogDemoData(CatalogManagement catalog, Stock stock, Network network, JdbcClient jdbc, UserDirectory users,
			Clock clock) {
		this.catalog = catalog;
		this.stock = stock;
		this.network = network;
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		created = 0;
		users.findByEmail("seller.coop@isoko.demo").ifPresent(this::abahuzamugambi);
		users.findByEmail("seller.coop2@isoko.demo").ifPresent(this::nyampinga);
		users.findByEmail("seller.sme@isoko.demo").ifPresent(this::kigaliHills);
		users.findByEmail("seller.cn@isoko.demo").ifPresent(this::hangzhouAgriTech);
		users.findByEmail("seller.ke@isoko.demo").ifPresent(this::limuruHighlands);
		if (created > 0) {
			LOG.info("Demo catalog: {} lot(s) created", created);
		}
	}

	private void abahuzamugambi(CurrentUser coop) {
		LocalDate today = LocalDate.now(clock);
		ProductId green = product(coop, Category.GREEN_COFFEE, "0901.11", "60 kg bag of green coffee", 60_000, 60_700,
				new ProductText("en", "Rwanda Gakenke fully washed Red Bourbon, green coffee",
						"Red Bourbon cherries hand-picked by the cooperative's smallholders at 1,700-2,000 m in Gakenke District, pulped the same "
								+ "day, fermented for 12 hours, washed in spring water and dried for 18 days on raised beds. Grade A1 (screen 15+), "
								+ "60 kg jute bags with a hermetic liner."),
				new ProductText("fr", "Café vert du Rwanda, Gakenke, Bourbon rouge lavé",
						"Cerises de Bourbon rouge cueillies à la main par les petits producteurs de la coopérative, entre 1 700 et 2 000 m dans "
								+ "le district de Gakenke, dépulpées le jour même, lavées à l'eau de source et séchées 18 jours sur lits surélevés. "
								+ "Grade A1, sacs de jute de 60 kg.",
						"sac de 60 kg de café vert"),
				new ProductText("rw", "Ikawa y'u Rwanda yogejwe neza (fully washed), Gakenke",
						"Imbuto za Bourbon zisoromwe n'intoki n'abanyamuryango ba koperative ku butumburuke bwa metero 1.700-2.000 mu Karere "
								+ "ka Gakenke, zitonorwa uwo munsi, zikogeshwa amazi y'isoko kandi zikanikwa iminsi 18 ku tugozi. Imifuka ya kg 60.",
						"umufuka wa kg 60 w'ikawa idakaranze"),
				new ProductText("zh", "卢旺达 加肯凯 水洗红波旁 咖啡生豆",
						"由合作社小农在加肯凯区海拔1700至2000米处手工采摘的红波旁咖啡果，当天去皮，发酵12小时，以山泉水洗，在高架晒床上晾晒18天。"
								+ "A1级（15目以上），60公斤麻袋装，内衬密封袋。",
						"袋（60公斤咖啡生豆）"));
		lot(coop, green, new NewLot(ABAHUZAMUGAMBI_GREEN, 2000, Money.of(new BigDecimal("565000"), RWF), 1,
				new Provenance(CountryCode.of("RW"), "Gakenke District, Northern Province", "Abahuzamugambi Rushashi",
						ProducerKind.WASHING_STATION, LocalDate.of(2026, 6, 12)),
				new CoffeeAttributes(CoffeeProcess.FULLY_WASHED, "A1 (screen 15+)", new BigDecimal("86.5"), 1850),
				"Abahuzamugambi means 'those who work together'. 1,120 member families deliver their cherries to the Rushashi washing "
						+ "station the day they pick them; the cooperative pays a second payment after the sale. Jasmine, red apple and "
						+ "black tea in the cup.",
				Map.of("fr",
						"Abahuzamugambi signifie « ceux qui travaillent ensemble ». 1 120 familles membres livrent leurs cerises à la station de lavage de Rushashi le jour de la cueillette ; la coopérative verse un second paiement après la vente. Jasmin, pomme rouge et thé noir en tasse.",
						"rw",
						"Abahuzamugambi bisobanura « abakorera hamwe ». Imiryango 1.120 y'abanyamuryango igemura imbuto zayo ku ruganda rwa Rushashi uwo munsi izisoromye; koperative yongera kubishyura nyuma y'igurisha. Mu gikombe humvikanamo indabo za jasimini, pome itukura n'icyayi cy'umukara.",
						"zh", "Abahuzamugambi 意为“共同劳作的人”。1120个社员家庭在采摘当天把咖啡果送到鲁沙希水洗站；合作社在售出后支付第二笔款项。杯中有茉莉、红苹果与红茶风味。")),
				List.of(new NewDocument(DocumentKind.CERTIFICATE_OF_ORIGIN, "RW-ESW-CO-2026-004512",
						"Rwanda Revenue Authority (Electronic Single Window)", today.minusDays(20),
						today.minusDays(20).plusMonths(12), PreferenceScheme.CHINA_LDC, "WHOLLY_OBTAINED"),
						new NewDocument(DocumentKind.CERTIFICATE_OF_ORIGIN, "RW-AFCFTA-CO-2026-000187",
								"Rwanda Revenue Authority", today.minusDays(10), today.minusDays(10).plusMonths(12),
								PreferenceScheme.AFCFTA, "WP")),
				List.of(corridor("KGL", "HGH"), corridor("KGL", "NBO")), null, 0);
		// A small natural micro-lot that sold out in the first drop: shows buyers and
		// sellers a sold-out lot.
		lot(coop, green, new NewLot(ABAHUZAMUGAMBI_NATURAL, 40, Money.of(new BigDecimal("690000"), RWF), 1,
				new Provenance(CountryCode.of("RW"), "Gakenke District, Northern Province", "Abahuzamugambi Rushashi",
						ProducerKind.WASHING_STATION, LocalDate.of(2026, 6, 28)),
				new CoffeeAttributes(CoffeeProcess.NATURAL, "Micro-lot", new BigDecimal("87.75"), 1950),
				"Whole cherries dried slowly on raised beds for 30 days: a small experimental lot, strawberry and cocoa in the cup.",
				Map.of("fr",
						"Cerises entières séchées lentement pendant 30 jours sur lits surélevés : un petit lot expérimental, fraise et cacao en tasse.",
						"rw",
						"Imbuto zose zumishirijwe buhoro ku tugozi iminsi 30: ikigeragezo gito, mu gikombe humvikanamo inkeri na kakawo.",
						"zh", "整颗咖啡果在高架晒床上缓慢干燥30天：一个小型实验批次，杯中有草莓与可可风味。")),
				List.of(), List.of(corridor("KGL", "HGH")), null, 40);
	}

	private void nyampinga(CurrentUser coop) {
		LocalDate today = LocalDate.now(clock);
		ProductId green = product(coop, Category.GREEN_COFFEE, "0901.11", "60 kg bag of green coffee", 60_000, 60_700,
				new ProductText("en", "Rwanda Nyamasheke Lake Kivu fully washed, green coffee",
						"Grown by the women of Nyampinga on the steep hills above Lake Kivu at 1,600-1,900 m, processed at the Kivu Shores "
								+ "washing station and sun-dried on raised beds. Red berries, black tea and honey. Grade A2, 60 kg bags."),
				new ProductText("fr", "Café vert du Rwanda, Nyamasheke, lac Kivu, lavé",
						"Cultivé par les femmes de Nyampinga sur les collines au-dessus du lac Kivu, entre 1 600 et 1 900 m, traité à la "
								+ "station de lavage Kivu Shores et séché au soleil. Fruits rouges, thé noir et miel. Sacs de 60 kg.",
						"sac de 60 kg de café vert"),
				new ProductText("rw", "Ikawa y'u Rwanda yogejwe neza, Nyamasheke (Kivu)",
						"Ihingwa n'abagore ba Nyampinga ku misozi iri hejuru y'ikiyaga cya Kivu, itunganyirizwa ku ruganda rwa Kivu Shores. "
								+ "Imifuka ya kg 60.",
						"umufuka wa kg 60 w'ikawa idakaranze"),
				new ProductText("zh", "卢旺达 尼亚马谢凯 基伍湖 水洗咖啡生豆",
						"由尼扬平加合作社的女性社员在基伍湖畔海拔1600至1900米的陡峭山坡上种植，在基伍湖岸水洗站处理，高架晒床日晒干燥。" + "红色莓果、红茶与蜂蜜风味。A2级，60公斤袋装。",
						"袋（60公斤咖啡生豆）"));
		LotId lot = lot(coop, green, new NewLot(NYAMPINGA_GREEN, 600, Money.of(new BigDecimal("498000"), RWF), 1,
				new Provenance(CountryCode.of("RW"), "Nyamasheke District, Western Province", "Kivu Shores",
						ProducerKind.WASHING_STATION, LocalDate.of(2026, 5, 30)),
				new CoffeeAttributes(CoffeeProcess.FULLY_WASHED, "A2 (screen 14+)", new BigDecimal("84.25"), 1750),
				"Nyampinga ('a girl of good character') was founded by 300 women coffee farmers, many of them widows, who now run their "
						+ "own washing station and sell under their own name.",
				Map.of("fr",
						"Nyampinga (« une fille de bon caractère ») a été fondée par 300 caféicultrices, dont beaucoup de veuves, qui gèrent aujourd'hui leur propre station de lavage et vendent sous leur propre nom.",
						"rw",
						"Nyampinga (« umukobwa w'imico myiza ») yashinzwe n'abagore 300 bahinga ikawa, benshi muri bo ari abapfakazi; ubu bayobora uruganda rwabo rwoza ikawa kandi bagurisha mu izina ryabo.",
						"zh", "Nyampinga（意为“品行端正的姑娘”）由300位女性咖啡农创立，其中许多是寡妇；她们如今自己经营水洗站，并以自己的名义销售。")),
				List.of(), List.of(corridor("KGL", "HGH"), corridor("KGL", "NBO")), corridor("KGL", "NBO"), 0);
		if (lot != null) {
			// Expired last year: shows that an expired certificate proves no origin
			// (sellers cannot add one themselves).
			jdbc.sql("""
					INSERT INTO catalog_lot_document (id, lot_id, kind, number, issuer, issued_on, expires_on, scheme,
						origin_criterion)
					VALUES (:id, :lot, :kind, :number, :issuer, :issued, :expires, :scheme, :criterion)""")
				.param("id", UUID.randomUUID())
				.param("lot", lot.value())
				.param("kind", DocumentKind.CERTIFICATE_OF_ORIGIN.name())
				.param("number", "RW-ESW-CO-2025-001877")
				.param("issuer", "Rwanda Revenue Authority (Electronic Single Window)")
				.param("issued", today.minusDays(400))
				.param("expires", today.minusDays(35))
				.param("scheme", PreferenceScheme.CHINA_LDC.name())
				.param("criterion", "WHOLLY_OBTAINED")
				.update();
		}
		ProductId chili = product(coop, Category.SPICES, "0904.21", "500 g bag of dried chili", 500, 530,
				new ProductText("en", "Rwandan dried bird's eye chili (urusenda), 500 g",
						"Small, fiery bird's eye chilies grown between the coffee rows by Nyampinga members and sun-dried whole. "
								+ "Sealed 500 g bags."),
				new ProductText("fr", "Piment oiseau séché du Rwanda (urusenda), 500 g",
						"Petits piments très forts cultivés entre les rangs de caféiers et séchés entiers au soleil. Sachets de 500 g.",
						"sachet de 500 g de piment séché"),
				new ProductText("rw", "Urusenda rwumye, garama 500",
						"Urusenda ruhingwa hagati y'ikawa n'abanyamuryango ba Nyampinga, rwumishwa n'izuba.",
						"agapaki ka garama 500 k'urusenda rwumye"),
				new ProductText("zh", "卢旺达 干朝天椒 500克", "尼扬平加合作社社员在咖啡树行间种植的小朝天椒，整只日晒干燥，辣味浓烈。500克密封袋装。", "袋（500克干辣椒）"));
		lot(coop, chili, new NewLot(NYAMPINGA_CHILI, 800, Money.of(new BigDecimal("4000"), RWF), 2,
				new Provenance(CountryCode.of("RW"), "Nyamasheke District, Western Province",
						"Nyampinga Women Coffee Cooperative", ProducerKind.COOPERATIVE, LocalDate.of(2026, 8, 15)),
				CoffeeAttributes.NONE, null), List.of(), List.of(corridor("KGL", "HGH"), corridor("KGL", "NBO")), null,
				0);
	}

	private void kigaliHills(CurrentUser roaster) {
		ProductId roasted = product(roaster, Category.ROASTED_COFFEE, "0901.21", "250 g pack of roasted coffee beans",
				250, 290,
				new ProductText("en", "Kigali Hills medium roast, whole beans, 250 g",
						"Fully washed Rwandan Bourbon from Huye and Nyamasheke, roasted in Kigali every week and packed in valve bags. "
								+ "Orange, caramel and black tea."),
				new ProductText("fr", "Kigali Hills torréfaction moyenne, grains, 250 g",
						"Bourbon lavé du Rwanda (Huye et Nyamasheke), torréfié chaque semaine à Kigali, sachets à valve. Orange, caramel, thé noir.",
						"paquet de 250 g de café en grains torréfié"),
				new ProductText("zh", "基加利山 中度烘焙 卢旺达咖啡豆 250克", "产自卢旺达胡耶和尼亚马谢凯的水洗波旁咖啡，每周在基加利新鲜烘焙，单向排气阀袋包装。橙子、焦糖与红茶风味。",
						"包（250克烘焙咖啡豆）"));
		lot(roaster, roasted, new NewLot(ROASTED_PACKS, 5000, Money.of(new BigDecimal("6500"), RWF), 1,
				new Provenance(CountryCode.of("RW"), "Kigali (beans from Huye and Nyamasheke)", "Kigali Hills Roasters",
						ProducerKind.COMPANY, LocalDate.of(2026, 11, 2)),
				new CoffeeAttributes(CoffeeProcess.FULLY_WASHED, "Medium roast", new BigDecimal("85"), 1700),
				"Grace Mukamana trained as a cupper at the national coffee board and opened the roastery in 2019 to keep more of "
						+ "the value of Rwandan coffee in Rwanda.",
				Map.of("fr",
						"Grace Mukamana a été formée à la dégustation à l'office national du café et a ouvert la brûlerie en 2019 pour garder au Rwanda une plus grande part de la valeur du café rwandais.",
						"rw",
						"Grace Mukamana yize gusogongera ikawa mu kigo cy'igihugu gishinzwe ikawa, maze muri 2019 afungura uruganda rwo gukaranga kugira ngo agaciro kenshi k'ikawa y'u Rwanda gasigare mu Rwanda.",
						"zh", "Grace Mukamana 曾在卢旺达国家咖啡局接受杯测师培训，于2019年开办这家烘焙坊，让卢旺达咖啡的更多价值留在卢旺达。")),
				List.of(), List.of(corridor("KGL", "HGH"), corridor("KGL", "NBO")), null, 0);
		ProductId tea = product(roaster, Category.TEA, "0902.30", "100 g box of black tea", 100, 130, new ProductText(
				"en", "Rwandan highland black tea, 100 g",
				"Bright, brisk CTC black tea from the highland estates near Nyungwe forest. Plain or with milk."),
				new ProductText("fr", "Thé noir des hauts plateaux du Rwanda, 100 g",
						"Thé noir CTC vif des plantations d'altitude près de la forêt de Nyungwe. Nature ou avec du lait.",
						"boîte de 100 g de thé noir"),
				new ProductText("rw", "Icyayi cy'umukara cyo mu misozi miremire, garama 100",
						"Icyayi cyo mu mirima iri hafi y'ishyamba rya Nyungwe.",
						"agakarito ka garama 100 k'icyayi cy'umukara"),
				new ProductText("zh", "卢旺达高山红茶 100克", "产自纽恩威森林附近高山茶园的CTC红茶，茶汤明亮，口感爽快。可清饮或加奶。", "盒（100克红茶）"));
		lot(roaster, tea, new NewLot(TEA, 3000, Money.of(new BigDecimal("2500"), RWF), 1,
				new Provenance(CountryCode.of("RW"), "Nyamasheke District, Western Province", "Gisakura tea estate",
						ProducerKind.FARM, LocalDate.of(2026, 10, 1)),
				CoffeeAttributes.NONE, null), List.of(), List.of(corridor("KGL", "HGH"), corridor("KGL", "NBO")), null,
				0);
	}

	private void hangzhouAgriTech(CurrentUser sme) {
		Provenance hangzhou = new Provenance(CountryCode.of("CN"), "Fuyang District, Hangzhou, Zhejiang",
				"Hangzhou AgriTech Machinery Co.", ProducerKind.COMPANY, LocalDate.of(2026, 9, 10));
		ProductId pulper = product(sme, Category.EQUIPMENT, "8438.80", "1 drum coffee pulper", 68_000, 82_000,
				new ProductText("en", "Small drum coffee pulper, 500 kg of cherries per hour",
						"Hand-crank or 1.5 kW motor, cast-iron drum with a replaceable copper sheet; sized for a cooperative collection point. "
								+ "Shipped in a wooden crate with spare parts."),
				new ProductText("fr", "Petite dépulpeuse de café à tambour, 500 kg de cerises par heure",
						"Manivelle ou moteur de 1,5 kW, tambour en fonte ; pour un point de collecte de coopérative. Caisse en bois, pièces de rechange.",
						"dépulpeuse à tambour"),
				new ProductText("rw", "Imashini ntoya itonora ikawa, kg 500 ku isaha",
						"Ikoreshwa n'intoki cyangwa moteri ya kW 1,5.", "imashini imwe itonora ikawa"),
				new ProductText("zh", "小型滚筒式咖啡鲜果去皮机 每小时500公斤", "手摇或1.5千瓦电机驱动，铸铁滚筒配可更换铜皮，适合合作社收购点使用。木箱包装，附备件。",
						"台（滚筒式咖啡去皮机）"));
		lot(sme, pulper, new NewLot(PULPER, 40, Money.of(new BigDecimal("9800.00"), CNY), 1, hangzhou,
				CoffeeAttributes.NONE,
				"Designed with Yunnan coffee farmers; used at washing stations in Yunnan and Laos.",
				Map.of("fr",
						"Conçue avec des caféiculteurs du Yunnan ; utilisée dans des stations de lavage du Yunnan et du Laos.",
						"rw",
						"Yakozwe hamwe n'abahinzi b'ikawa bo muri Yunnan; ikoreshwa ku nganda zoza ikawa muri Yunnan no muri Laos.",
						"zh", "与云南咖啡农共同设计，已在云南和老挝的水洗站使用。")),
				List.of(), List.of(corridor("HGH", "KGL")), null, 0);
		ProductId meter = product(sme, Category.EQUIPMENT, "9027.80", "1 grain moisture meter", 400, 900,
				new ProductText("en", "Coffee and grain moisture meter",
						"Reads parchment and green coffee moisture (8-30 %) in seconds; "
								+ "dry coffee at 10.5-12 % for export."),
				new ProductText("zh", "咖啡及谷物水分测定仪", "数秒内测出带壳豆和生豆含水率（8%至30%），出口生豆应干燥至10.5%至12%。", "台（水分测定仪）"));
		lot(sme, meter, new NewLot(MOISTURE_METER, 200, Money.of(new BigDecimal("680.00"), CNY), 1, hangzhou,
				CoffeeAttributes.NONE, null), List.of(), List.of(corridor("HGH", "KGL")), null, 0);
		ProductId mesh = product(sme, Category.EQUIPMENT, "3926.90", "50 m roll of drying-bed mesh, 1 m wide", 9_000,
				9_800,
				new ProductText("en", "Food-grade drying-bed mesh, 50 m roll",
						"UV-stabilised HDPE mesh for raised African drying beds; "
								+ "lets air through, keeps beans off the ground."),
				new ProductText("fr", "Filet alimentaire pour lits de séchage, rouleau de 50 m",
						"Filet PEHD anti-UV pour lits de séchage surélevés.",
						"rouleau de 50 m de filet de séchage, 1 m de large"),
				new ProductText("zh", "食品级晒床网 50米卷", "抗紫外线高密度聚乙烯网，用于非洲高架晒床，通风透气，咖啡豆不落地。", "卷（50米晒床网，宽1米）"));
		lot(sme, mesh, new NewLot(DRYING_MESH, 150, Money.of(new BigDecimal("420.00"), CNY), 1, hangzhou,
				CoffeeAttributes.NONE, null), List.of(), List.of(corridor("HGH", "KGL")), null, 0);
	}

	/**
	 * A Nairobi tea packer's black tea, listed towards Kigali: the demo's import into
	 * Rwanda (the EAC certificate of origin and the quality certificate are there, so
	 * Rwanda's entry is complete and waits for the Kigali officer).
	 */
	private void limuruHighlands(CurrentUser packer) {
		LocalDate today = LocalDate.now(clock);
		ProductId tea = product(packer, Category.TEA, "0902.30", "250 g packet of black tea", 250, 280, new ProductText(
				"en", "Kenyan Limuru highland black tea (CTC), 250 g",
				"CTC black tea from smallholders' gardens at 2,200 m on the Limuru and Kiambu highlands, bought at the Mombasa "
						+ "auction's Kenyan grades (BP1, PF1) and packed in Nairobi. Strong and bright; made for milk tea (chai)."),
				new ProductText("fr", "Thé noir des hauts plateaux de Limuru, Kenya (CTC), 250 g",
						"Thé noir CTC des jardins de petits producteurs à 2 200 m sur les hauts plateaux de Limuru et Kiambu, conditionné à "
								+ "Nairobi. Corsé et vif ; idéal pour le thé au lait (chai).",
						"paquet de 250 g de thé noir"),
				new ProductText("rw", "Icyayi cy'umukara cyo mu misozi ya Limuru, Kenya (CTC), garama 250",
						"Icyayi cy'umukara gihingwa n'abahinzi bato ku butumburuke bwa metero 2.200 mu misozi ya Limuru na Kiambu, "
								+ "gipakirwa i Nairobi. Kiryoshye n'amata (icyayi cy'amata).",
						"agapaki ka garama 250 k'icyayi cy'umukara"),
				new ProductText("zh", "肯尼亚 利穆鲁高地 CTC红茶 250克", "产自利穆鲁和基安布高地海拔2200米小农茶园的CTC红茶，在内罗毕包装。浓郁明亮，适合做奶茶。",
						"包（250克红茶）"));
		lot(packer, tea, new NewLot(KENYAN_TEA, 4000, Money.of(new BigDecimal("450"), CurrencyCode.of("KES")), 12,
				new Provenance(CountryCode.of("KE"), "Limuru, Kiambu County", "Limuru Highlands Tea Packers",
						ProducerKind.COMPANY, LocalDate.of(2026, 10, 20)),
				CoffeeAttributes.NONE,
				"Achieng Odhiambo buys the teas of Limuru's smallholder factories and packs them in Nairobi, so that more of the "
						+ "value of Kenyan tea stays in East Africa.",
				Map.of("fr",
						"Achieng Odhiambo achète les thés des usines de petits producteurs de Limuru et les conditionne à Nairobi, pour qu'une plus grande part de la valeur du thé kényan reste en Afrique de l'Est.",
						"rw",
						"Achieng Odhiambo agura icyayi cy'inganda z'abahinzi bato ba Limuru akagipakirira i Nairobi, kugira ngo agaciro kenshi k'icyayi cya Kenya gasigare muri Afurika y'Iburasirazuba.",
						"zh", "Achieng Odhiambo 收购利穆鲁小农茶厂的茶叶并在内罗毕包装，让肯尼亚茶叶的更多价值留在东非。")),
				List.of(new NewDocument(DocumentKind.CERTIFICATE_OF_ORIGIN, "KE-EAC-CO-2026-031407",
						"Kenya Revenue Authority", today.minusDays(15), today.minusDays(15).plusMonths(12),
						PreferenceScheme.EAC, "WHOLLY_OBTAINED"),
						new NewDocument(DocumentKind.QUALITY_CERTIFICATE, "KEBS-QC-2026-11873",
								"Kenya Bureau of Standards (KEBS)", today.minusDays(15),
								today.minusDays(15).plusMonths(12), null, null)),
				List.of(corridor("NBO", "KGL")), null, 0);
	}

	/**
	 * The seller's product with that HS code and unit of sale, created with its texts if
	 * missing.
	 */
	private ProductId product(CurrentUser seller, Category category, String hsCode, String unitOfSale, long netGrams,
			long grossGrams, ProductText... texts) {
		HsCode hs = HsCode.of(hsCode);
		// The oldest such product is the demo's: the seller may have made more of the
		// same kind since.
		return jdbc.sql("""
				SELECT id FROM catalog_product WHERE seller_id = :seller AND hs_code = :hs AND unit_of_sale = :unit
				ORDER BY created_at, id LIMIT 1""")
			.param("seller", seller.organisationId().value())
			.param("hs", hs.value())
			.param("unit", unitOfSale)
			.query(UUID.class)
			.optional()
			.map(ProductId::new)
			.orElseGet(() -> catalog.createProduct(seller,
					new CatalogManagement.NewProduct(category, hs, unitOfSale, netGrams, grossGrams, List.of(texts))));
	}

	/**
	 * Creates the lot unless its reference exists; pauses it on {@code pausedOn}; marks
	 * {@code sold} units sold.
	 */
	private @Nullable LotId lot(CurrentUser seller, ProductId product, NewLot lot, List<NewDocument> documents,
			List<CorridorId> corridors, @Nullable CorridorId pausedOn, int sold) {
		boolean taken = jdbc
			.sql("SELECT COUNT(*) FROM catalog_lot WHERE seller_id = :seller AND reference = :reference")
			.param("seller", seller.organisationId().value())
			.param("reference", lot.reference())
			.query(Long.class)
			.single() > 0;
		if (taken) {
			return null;
		}
		LotId id = catalog.createLot(seller, product, lot, documents, corridors);
		if (pausedOn != null) {
			catalog.pause(seller, id, pausedOn);
		}
		if (sold > 0) {
			stock.reserve(id, sold);
		}
		created++;
		return id;
	}

	private CorridorId corridor(String origin, String destination) {
		return network.corridor(HubCode.of(origin), HubCode.of(destination))
			.orElseThrow(() -> new IllegalStateException("Demo corridor " + origin + "→" + destination + " is missing"))
			.id();
	}

}
