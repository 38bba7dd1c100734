package org.isoko.customs.ceb;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes and reads CEB messages: a root {@code ceb:CEBnnnMessage} (attributes guid and
 * version) in the namespace {@value #NAMESPACE}, the body with its head and lines (or,
 * for a receipt, its fields), and, for declarations, the {@code BaseTransfer} naming the
 * sender. Reading refuses DOCTYPEs (no external entities) and anything not in the CEB
 * namespace; the XML-DSig {@code Signature} is left to {@link CebSignature}.
 */
public final class CebXml {

	public static final String NAMESPACE = "http://www.chinaport.gov.cn/ceb";

	public static final String VERSION = "1.0";

	private CebXml() {
	}

	/**
	 * Who sends a declaration: the enterprise code and name, and its id on the data
	 * exchange platform (DXP).
	 */
	public record Transfer(String copCode, String copName, String dxpId) {
	}

	/** A message of one document: the envelope's guid is the document's. */
	public static Document write(CebMessage message, Transfer transfer) {
		return write(new CebBatch(message.type(), message.guid(), List.of(message)), transfer);
	}

	/**
	 * One message carrying the batch's documents (for declarations several
	 * {@code ceb:Order}, {@code ceb:Inventory}…, for receipts several
	 * {@code OrderReturn}…) under one root and, for declarations, one
	 * {@code BaseTransfer}: one signature covers them all.
	 */
	public static Document write(CebBatch batch, Transfer transfer) {
		return write(batch.type(), batch.guid(), batch.documents(), transfer);
	}

	/**
	 * One message of documents Isoko stored as {@link #toText} wrote them (a message of
	 * one document each), put together from their text: each one's body element (its
	 * {@code ceb:Order}…) goes into the new envelope as it is, so that the documents are
	 * not read back and written again one by one (part of the XML parsing that took a
	 * tenth of the clearance benchmark's profile); the whole is parsed once, to be
	 * signed. Empty when a text is not of that form or the whole does not parse: the
	 * caller then reads each ({@link #read(String)}).
	 */
	public static java.util.Optional<Document> join(MessageType type, String guid, List<String> stored,
			Transfer transfer) {
		if (type.isReceipt() || stored.isEmpty() || stored.size() > CebBatch.MAX_DOCUMENTS) {
			return java.util.Optional.empty();
		}
		String open = "<ceb:" + type.body() + ">";
		String close = "</ceb:" + type.body() + ">";
		String envelope = toText(write(type, guid, List.of(), transfer));
		int base = envelope.indexOf("<ceb:BaseTransfer>");
		if (base < 0) {
			return java.util.Optional.empty();
		}
		StringBuilder text = new StringBuilder(envelope.length() + stored.size() * 4096);
		text.append(envelope, 0, base);
		for (String document : stored) {
			int from = document.indexOf(open);
			int to = document.lastIndexOf(close);
			// Exactly one body, under the envelope's ceb prefix.
			if (from < 0 || to < from || document.indexOf(open, from + 1) >= 0) {
				return java.util.Optional.empty();
			}
			text.append(document, from, to + close.length());
		}
		text.append(envelope, base, envelope.length());
		try {
			return java.util.Optional.of(parse(text.toString()));
		}
		catch (CebFormatException ex) {
			return java.util.Optional.empty();
		}
	}

	private static Document write(MessageType type, String guid, List<CebMessage> documents, Transfer transfer) {
		Document document = newBuilder().newDocument();
		Element root = document.createElementNS(NAMESPACE, "ceb:" + type.rootElement());
		// Declared as an attribute, not only implied by the elements' namespace: the
		// canonical form signed in memory must be the one a reader of the text sees.
		root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ceb", NAMESPACE);
		root.setAttribute("guid", guid);
		root.setAttribute("version", VERSION);
		document.appendChild(root);
		for (CebMessage message : documents) {
			Element body = child(root, type.body());
			if (type.isReceipt()) {
				fields(body, message.head());
				continue;
			}
			fields(child(body, type.head()), message.head());
			for (Map<String, String> line : message.lines()) {
				fields(child(body, type.list()), line);
			}
		}
		if (type.sentByCustoms()) {
			return document;
		}
		Element base = child(root, "BaseTransfer");
		fields(base, Map.of("copCode", transfer.copCode()));
		fields(base, Map.of("copName", transfer.copName()));
		fields(base, Map.of("dxpMode", "DXP"));
		fields(base, Map.of("dxpId", transfer.dxpId()));
		return document;
	}

	public static CebMessage read(String xml) {
		return read(parse(xml));
	}

	/**
	 * Reads a message of exactly one document (its guid is the envelope's); a batch is
	 * read with {@link #readBatch(Document)}.
	 */
	public static CebMessage read(Document document) {
		MessageType type = typeOf(document.getDocumentElement());
		CebBatch batch = readBatch(document);
		if (batch.documents().size() != 1) {
			throw new CebFormatException(type + " must have one " + type.body() + ", has " + batch.documents().size());
		}
		CebMessage only = batch.documents().get(0);
		return new CebMessage(type, batch.guid(), only.head(), only.lines());
	}

	/**
	 * Reads every document of a message, at least one and at most
	 * {@link CebBatch#MAX_DOCUMENTS}; each keeps its own guid (the {@code guid} field of
	 * its head, or of a receipt line), the envelope's when it has none.
	 */
	public static CebBatch readBatch(Document document) {
		Element root = document.getDocumentElement();
		MessageType type = typeOf(root);
		String guid = root.getAttribute("guid");
		if (guid.isBlank()) {
			throw new CebFormatException(type + " lacks its guid");
		}
		List<Element> bodies = children(root, type.body());
		if (bodies.isEmpty()) {
			throw new CebFormatException(type + " must have a " + type.body() + ", has none");
		}
		if (bodies.size() > CebBatch.MAX_DOCUMENTS) {
			throw new CebFormatException(type + " carries " + bodies.size() + " " + type.body() + ", at most "
					+ CebBatch.MAX_DOCUMENTS + " are taken");
		}
		List<CebMessage> documents = new ArrayList<>(bodies.size());
		for (Element body : bodies) {
			Map<String, String> head;
			List<Map<String, String>> lines = new ArrayList<>();
			if (type.isReceipt()) {
				head = fieldsOf(body);
			}
			else {
				head = fieldsOf(only(body, type.head(), type));
				if (type.list() != null) {
					for (Element line : children(body, type.list())) {
						lines.add(fieldsOf(line));
					}
				}
			}
			String own = head.get("guid");
			documents.add(new CebMessage(type, own == null || own.isBlank() ? guid : own, head, lines));
		}
		return new CebBatch(type, guid, documents);
	}

	private static MessageType typeOf(Element root) {
		if (!NAMESPACE.equals(root.getNamespaceURI())) {
			throw new CebFormatException("Not a CEB message: the root is not in " + NAMESPACE);
		}
		String local = root.getLocalName();
		if (local == null || !local.endsWith("Message")) {
			throw new CebFormatException("Not a CEB message: " + local);
		}
		try {
			return MessageType.valueOf(local.substring(0, local.length() - "Message".length()));
		}
		catch (IllegalArgumentException ex) {
			throw new CebFormatException("Unknown CEB message " + local);
		}
	}

	/**
	 * One transformer per thread: {@code TransformerFactory.newInstance()} looks for a
	 * provider on the class path (jar entries) at each call, which the clearance
	 * benchmark found among the largest costs of sending and answering.
	 */
	private static final ThreadLocal<javax.xml.transform.Transformer> TRANSFORMERS = ThreadLocal.withInitial(() -> {
		try {
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			return transformer;
		}
		catch (javax.xml.transform.TransformerConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	});

	/**
	 * One parser per thread, configured once (namespaces, no DOCTYPE, secure processing):
	 * {@code DocumentBuilderFactory.newInstance()} looks for a provider on the class path
	 * at each call; per message that was a fifth of the clearance benchmark's CPU.
	 */
	private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(CebXml::configuredBuilder);

	public static String toText(Document document) {
		try {
			var transformer = TRANSFORMERS.get();
			transformer.reset();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toString();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("Cannot write a CEB message", ex);
		}
	}

	public static Document parse(String xml) {
		try {
			return newBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (CebFormatException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new CebFormatException("Not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	/** This thread's parser, reset to its configuration; not to be shared. */
	static DocumentBuilder newBuilder() {
		DocumentBuilder builder = BUILDERS.get();
		builder.reset();
		return builder;
	}

	private static DocumentBuilder configuredBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element child(Element parent, String name) {
		Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, "ceb:" + name);
		parent.appendChild(element);
		return element;
	}

	private static void fields(Element parent, Map<String, String> fields) {
		fields.forEach((name, value) -> child(parent, name).setTextContent(value));
	}

	private static Element only(Element parent, String name, MessageType type) {
		List<Element> found = children(parent, name);
		if (found.size() != 1) {
			throw new CebFormatException(type + " must have one " + name + ", has " + found.size());
		}
		return found.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static Map<String, String> fieldsOf(Element parent) {
		Map<String, String> fields = new LinkedHashMap<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())) {
				fields.put(element.getLocalName(), element.getTextContent().trim());
			}
		}
		return fields;
	}

}
