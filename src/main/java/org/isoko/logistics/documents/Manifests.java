package org.isoko.logistics.documents;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.isoko.shared.Money;

/**
 * Renders a consignment's manifest: a landscape A4 PDF for the carrier and customs, and
 * the same lines as CSV (RFC 4180, UTF-8) for their systems. Both list every house
 * waybill with consignee, contents, HS code, pieces, weight and declared value, and the
 * totals; the master waybill is on top of the PDF and in the first column of the CSV.
 */
public class Manifests {

	private static final float MARGIN = 28;

	private static final String[] CSV_HEADER = { "master_waybill", "house_waybill", "consignee", "contents", "hs_code",
			"pieces", "weight_kg", "value", "currency" };

	/** The manifest as a PDF, as many pages as it takes, the column titles on each. */
	public byte[] pdf(ManifestData manifest) {
		DocumentTexts texts = DocumentTexts.of(manifest.language());
		Locale locale = texts.locale();
		return PdfBlocks.write(PageSize.A4.rotate(), MARGIN,
				texts.get("manifest.title") + " " + manifest.masterWaybill(), (document, writer) -> {
					PdfPTable head = PdfBlocks.table(1, 1);
					PdfPCell title = PdfBlocks.cell(PdfFonts.bold(texts.get("manifest.title"), 16));
					head.addCell(title);
					PdfPCell master = PdfBlocks
						.cell(PdfFonts.bold(texts.get("manifest.masterWaybill") + ": " + manifest.masterWaybill(), 16));
					master.setHorizontalAlignment(Element.ALIGN_RIGHT);
					head.addCell(master);
					PdfBlocks.add(document, head);

					PdfPTable facts = PdfBlocks.table(1, 1, 1, 1);
					fact(facts, texts.get("manifest.consignment"), manifest.consignmentReference());
					fact(facts, texts.get("manifest.mode"), texts.get("manifest.mode." + manifest.mode().name()));
					fact(facts, texts.get("manifest.carrier"), manifest.carrier());
					fact(facts, texts.get("manifest.departure"), manifest.departureReference());
					fact(facts, texts.get("manifest.route"), manifest.origin().code() + " " + manifest.origin().name()
							+ " \u2192 " + manifest.destination().code() + " " + manifest.destination().name());
					fact(facts, texts.get("manifest.departs"),
							DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
								.withLocale(locale)
								.format(manifest.departs()) + " (" + manifest.departs().getZone().getId() + ")");
					facts.completeRow();
					facts.setSpacingAfter(8);
					PdfBlocks.add(document, facts);

					PdfPTable table = PdfBlocks.table(3, 14, 18, 22, 8, 6, 9, 12);
					for (String column : new String[] { "number", "waybill", "consignee", "contents", "hsCode",
							"pieces", "weight", "value" }) {
						table.addCell(PdfBlocks.header(texts.get("manifest.column." + column), 8));
					}
					table.setHeaderRows(1);
					int number = 0;
					for (ManifestLine line : manifest.lines()) {
						number++;
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(Figures.count(number, locale), 8), true));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(line.waybill().value(), 8), false));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(line.consignee(), 8), false));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(line.contents(), 8), false));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(line.hsCode().formatted(), 8), false));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(Figures.count(line.pieces(), locale), 8), true));
						table.addCell(PdfBlocks
							.ruled(PdfFonts.regular(Figures.kilograms(line.weightGrams(), locale), 8), true));
						table.addCell(PdfBlocks.ruled(PdfFonts.regular(Figures.amount(line.value(), locale), 8), true));
					}
					PdfPCell total = PdfBlocks.ruled(PdfFonts.bold(texts.get("manifest.total"), 8), false);
					total.setColspan(5);
					table.addCell(total);
					table.addCell(
							PdfBlocks.ruled(PdfFonts.bold(Figures.count(manifest.totalPieces(), locale), 8), true));
					table.addCell(PdfBlocks
						.ruled(PdfFonts.bold(Figures.kilograms(manifest.totalWeightGrams(), locale), 8), true));
					table.addCell(PdfBlocks.ruled(PdfFonts.bold(manifest.totalValues()
						.stream()
						.map((money) -> Figures.amount(money, locale))
						.collect(Collectors.joining("\n")), 8), true));
					PdfBlocks.add(document, table);

					Paragraph totals = new Paragraph(PdfFonts
						.regular(texts.get("manifest.totals", Figures.count(manifest.lines().size(), locale),
								Figures.count(manifest.totalPieces(), locale),
								Figures.kilograms(manifest.totalWeightGrams(), locale)), 9));
					totals.setSpacingBefore(6);
					PdfBlocks.add(document, totals);
				});
	}

	/**
	 * The manifest as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
	 * they hold a comma, quote or line break; UTF-8 without a byte-order mark). One
	 * header row of fixed English column names (for machines, not people), one row per
	 * house waybill, then one {@code TOTAL} row per currency with the pieces, weight and
	 * value of that currency's parcels. Numbers are plain ({@code 2.350},
	 * {@code 125000.00}), HS codes digits only. A text starting with = + - @ is prefixed
	 * with an apostrophe so that a spreadsheet shows it instead of running it as a
	 * formula.
	 */
	public byte[] csv(ManifestData manifest) {
		StringBuilder csv = new StringBuilder(256 + 160 * manifest.lines().size());
		row(csv, List.of(CSV_HEADER));
		for (ManifestLine line : manifest.lines()) {
			row(csv, List.of(manifest.masterWaybill(), line.waybill().value(), text(line.consignee()),
					text(line.contents()), line.hsCode().value(), Integer.toString(line.pieces()),
					Figures.plainKilograms(line.weightGrams()), line.value().amount(),
					line.value().currency().value()));
		}
		for (Money value : manifest.totalValues()) {
			List<ManifestLine> inCurrency = manifest.lines()
				.stream()
				.filter((line) -> line.value().currency().equals(value.currency()))
				.toList();
			row(csv, List.of(manifest.masterWaybill(), "TOTAL", "", "", "",
					Integer.toString(inCurrency.stream().mapToInt(ManifestLine::pieces).sum()),
					Figures.plainKilograms(inCurrency.stream().mapToLong(ManifestLine::weightGrams).sum()),
					value.amount(), value.currency().value()));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void fact(PdfPTable facts, String caption, String value) {
		facts.addCell(PdfBlocks.fact(caption, value));
	}

	private static String text(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	private static void row(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String field = fields.get(i);
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
					|| field.indexOf('\r') >= 0) {
				csv.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(field);
			}
		}
		csv.append("\r\n");
	}

}
