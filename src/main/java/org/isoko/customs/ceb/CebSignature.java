package org.isoko.customs.ceb;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The XML-DSig signature of a CEB message (the JDK's {@code javax.xml.crypto.dsig}): one
 * enveloped RSA-SHA256 signature over the whole document (reference URI ""), appended to
 * the root. Verification trusts only the key it is given, never a key the message
 * carries, and accepts exactly one signature covering the whole document.
 */
public final class CebSignature {

	private CebSignature() {
	}

	/** Signs the document in place and returns it as text. */
	public static String sign(Document document, KeyPair keys) {
		try {
			XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
			Reference reference = factory.newReference("", factory.newDigestMethod(DigestMethod.SHA256, null),
					List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
							factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
					null, null);
			SignedInfo info = factory.newSignedInfo(
					factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
					factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
			XMLSignature signature = factory.newXMLSignature(info, null);
			signature.sign(new DOMSignContext(keys.getPrivate(), document.getDocumentElement()));
			return CebXml.toText(document);
		}
		catch (GeneralSecurityException | javax.xml.crypto.MarshalException
				| javax.xml.crypto.dsig.XMLSignatureException ex) {
			throw new IllegalStateException("Cannot sign a CEB message", ex);
		}
	}

	/** Whether the document carries any signature (valid or not). */
	public static boolean isSigned(Document document) {
		return document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").getLength() > 0;
	}

	/** Whether the message text carries one valid signature by {@code key}. */
	public static boolean verify(String xml, PublicKey key) {
		Document document;
		try {
			document = CebXml.parse(xml);
		}
		catch (CebFormatException ex) {
			return false;
		}
		return verify(document, key);
	}

	public static boolean verify(Document document, PublicKey key) {
		NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
		if (signatures.getLength() != 1) {
			return false;
		}
		try {
			DOMValidateContext context = new DOMValidateContext(key, signatures.item(0));
			context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
			XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
			List<?> references = signature.getSignedInfo().getReferences();
			if (references.size() != 1 || !"".equals(((Reference) references.get(0)).getURI())) {
				return false;
			}
			return signature.validate(context);
		}
		catch (javax.xml.crypto.MarshalException | javax.xml.crypto.dsig.XMLSignatureException ex) {
			return false;
		}
	}

}
