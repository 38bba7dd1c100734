package org.isoko.customs.eac;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.eac.EntryMessage.Charges;
import org.isoko.customs.eac.EntryMessage.Document;
import org.isoko.customs.eac.EntryMessage.DocumentCode;
import org.isoko.customs.eac.EntryMessage.HouseWaybill;
import org.isoko.customs.eac.EntryMessage.Item;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The XML of the entry contract (namespace {@value #NAMESPACE}): {@code eac:Entry} with
 * attributes guid and version, a {@code Head} and one {@code HouseWaybill} per house
 * waybill ({@code Item}s, {@code Document}s, import {@code Charges}); the answer is
 * {@code eac:EntryReceipt}. Times are ISO-8601 UTC instants, amounts integer minor units
 * with a {@code currency} attribute. Parsing goes through {@link CebXml#parse}, which
 * refuses DOCTYPEs.
 */
public final class EntryXml {

	public static final String NAMESPACE = "urn:isoko:eac:entry:1";

	public static final String VERSION = "1.0";

	private EntryXml() {
	}

	public static org.w3c.dom.Document write(EntryMessage m) {
		org.w3c.dom.Document doc = newDocument();
		Element root = doc.createElementNS(NAMESPACE, "eac:Entry");
		// Declared as an attribute, so that the signature's canonical form (taken on this
		// tree) is the one read back from the text.
		root.setAttributeNS(javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:eac", NAMESPACE);
		root.setAttribute("guid", m.guid());
		root.setAttribute("version", VERSION);
		doc.appendChild(root);
		Element head = child(root, "Head");
		text(head, "Procedure", m.procedure().name());
		text(head, "Reference", m.reference());
		text(head, "Revision", Integer.toString(m.revision()));
		text(head, "Office", m.office());
		text(head, "Declarant", m.declarant());
		text(head, "TransportDocument", m.transportDocument());
		text(head, "TransportMode", m.transportMode());
		text(head, "CountryOfExport", m.exportCountry());
		text(head, "CountryOfDestination", m.destinationCountry());
		text(head, "SubmittedAt", m.submittedAt().toString());
		for (HouseWaybill w : m.waybills()) {
			Element hw = child(root, "HouseWaybill");
			text(hw, "Number", w.number());
			text(hw, "OrderNo", w.orderNo());
			text(hw, "Exporter", w.exporter());
			text(hw, "ConsigneeCountry", w.consigneeCountry());
			text(hw, "NetMassGrams", Long.toString(w.netGrams()));
			text(hw, "GrossMassGrams", Long.toString(w.grossGrams()));
			for (Item i : w.items()) {
				Element item = child(hw, "Item");
				text(item, "ItemNo", Integer.toString(i.itemNo()));
				text(item, "HsCode", i.hsCode());
				text(item, "Description", i.description());
				text(item, "Quantity", Integer.toString(i.quantity()));
				text(item, "Value", Long.toString(i.valueMinor())).setAttribute("currency", i.currency());
			}
			for (Document d : w.documents()) {
				Element doc1 = child(hw, "Document");
				doc1.setAttribute("code", d.code().un());
				doc1.setAttribute("kind", d.code().name());
				doc1.setAttribute("present", Boolean.toString(d.present()));
				if (d.reference() != null) {
					doc1.setAttribute("reference", d.reference());
				}
			}
			Charges c = w.charges();
			if (c != null) {
				Element charges = child(hw, "Charges");
				charges.setAttribute("currency", c.currency());
				text(charges, "Duty", Long.toString(c.dutyMinor()));
				text(charges, "Vat", Long.toString(c.vatMinor()));
				text(charges, "Other", Long.toString(c.otherMinor()));
			}
		}
		return doc;
	}

	public static EntryMessage read(String xml) {
		Element root = CebXml.parse(xml).getDocumentElement();
		if (!NAMESPACE.equals(root.getNamespaceURI()) || !"Entry".equals(root.getLocalName())) {
			throw new CebFormatException("Not an entry: " + root.getNodeName());
		}
		Element head = one(root, "Head");
		List<HouseWaybill> waybills = new ArrayList<>();
		for (Element hw : all(root, "HouseWaybill")) {
			List<Item> items = new ArrayList<>();
			for (Element i : all(hw, "Item")) {
				Element value = one(i, "Value");
				items.add(new Item(integer(i, "ItemNo"), value(i, "HsCode"), value(i, "Description"),
						integer(i, "Quantity"), number(value.getTextContent()), value.getAttribute("currency")));
			}
			List<Document> documents = new ArrayList<>();
			for (Element d : all(hw, "Document")) {
				DocumentCode code;
				try {
					code = DocumentCode.valueOf(d.getAttribute("kind"));
				}
				catch (IllegalArgumentException ex) {
					throw new CebFormatException("Unknown document kind " + d.getAttribute("kind"));
				}
				documents.add(new Document(code, Boolean.parseBoolean(d.getAttribute("present")),
						d.hasAttribute("reference") ? d.getAttribute("reference") : null));
			}
			List<Element> charges = all(hw, "Charges");
			Charges c = charges.isEmpty() ? null
					: new Charges(charges.get(0).getAttribute("currency"), number(value(charges.get(0), "Duty")),
							number(value(charges.get(0), "Vat")), number(value(charges.get(0), "Other")));
			waybills.add(new HouseWaybill(value(hw, "Number"), value(hw, "OrderNo"), value(hw, "Exporter"),
					value(hw, "ConsigneeCountry"), number(value(hw, "NetMassGrams")),
					number(value(hw, "GrossMassGrams")), items, documents, c));
		}
		EntryMessage.Procedure procedure;
		try {
			procedure = EntryMessage.Procedure.valueOf(value(head, "Procedure"));
		}
		catch (IllegalArgumentException ex) {
			throw new CebFormatException("Unknown procedure " + value(head, "Procedure"));
		}
		return new EntryMessage(root.getAttribute("guid"), procedure, value(head, "Reference"),
				integer(head, "Revision"), value(head, "Office"), value(head, "Declarant"),
				value(head, "TransportDocument"), value(head, "TransportMode"), value(head, "CountryOfExport"),
				value(head, "CountryOfDestination"), instant(value(head, "SubmittedAt")), waybills);
	}

	public static org.w3c.dom.Document writeReceipt(EntryReceipt r) {
		org.w3c.dom.Document doc = newDocument();
		Element root = doc.createElementNS(NAMESPACE, "eac:EntryReceipt");
		root.setAttributeNS(javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:eac", NAMESPACE);
		root.setAttribute("guid", r.guid());
		root.setAttribute("version", VERSION);
		doc.appendChild(root);
		text(root, "Reference", r.reference());
		text(root, "Revision", Integer.toString(r.revision()));
		text(root, "Status", r.status().name());
		if (r.releaseNumber() != null) {
			text(root, "ReleaseNumber", r.releaseNumber());
		}
		if (r.reason() != null) {
			Element reason = text(root, "Reason", r.reason());
			if (r.reasonLanguage() != null) {
				reason.setAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "xml:lang", r.reasonLanguage());
			}
		}
		text(root, "At", r.at().toString());
		return doc;
	}

	public static EntryReceipt readReceipt(String xml) {
		Element root = CebXml.parse(xml).getDocumentElement();
		if (!NAMESPACE.equals(root.getNamespaceURI()) || !"EntryReceipt".equals(root.getLocalName())) {
			throw new CebFormatException("Not an entry receipt: " + root.getNodeName());
		}
		EntryReceipt.Status status;
		try {
			status = EntryReceipt.Status.valueOf(value(root, "Status"));
		}
		catch (IllegalArgumentException ex) {
			throw new CebFormatException("Unknown receipt status " + value(root, "Status"));
		}
		List<Element> reason = all(root, "Reason");
		String language = reason.isEmpty() ? null : language(reason.get(0));
		return new EntryReceipt(root.getAttribute("guid"), value(root, "Reference"), integer(root, "Revision"), status,
				optional(root, "ReleaseNumber"), optional(root, "Reason"), language, instant(value(root, "At")));
	}

	/**
	 * The language an element's text is in ({@code xml:lang}, a BCP 47 tag); none when
	 * absent or not a well-formed tag (it ends up in a page's {@code lang} attribute).
	 */
	private static @Nullable String language(Element e) {
		String tag = e.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang").trim();
		if (tag.isEmpty() || tag.length() > 35) {
			return null;
		}
		try {
			return new java.util.Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
		}
		catch (java.util.IllformedLocaleException ex) {
			return null;
		}
	}

	// ---- DOM helpers

	private static org.w3c.dom.Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element child(Element parent, String name) {
		Element e = parent.getOwnerDocument().createElementNS(NAMESPACE, "eac:" + name);
		parent.appendChild(e);
		return e;
	}

	private static Element text(Element parent, String name, String value) {
		Element e = child(parent, name);
		e.setTextContent(value);
		return e;
	}

	private static List<Element> all(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node n = children.item(i);
			if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	private static Element one(Element parent, String name) {
		List<Element> found = all(parent, name);
		if (found.size() != 1) {
			throw new CebFormatException("Expected one " + name + " in " + parent.getLocalName());
		}
		return found.get(0);
	}

	private static String value(Element parent, String name) {
		return one(parent, name).getTextContent().trim();
	}

	private static @Nullable String optional(Element parent, String name) {
		List<Element> found = all(parent, name);
		return found.isEmpty() ? null : found.get(0).getTextContent().trim();
	}

	private static int integer(Element parent, String name) {
		return Math.toIntExact(number(value(parent, name)));
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new CebFormatException("Not a whole number: " + text);
		}
	}

	private static Instant instant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new CebFormatException("Not an instant: " + text);
		}
	}

}
