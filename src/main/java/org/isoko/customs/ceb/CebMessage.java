package org.isoko.customs.ceb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A CEB message as it travels: its type, its guid and its fields by their CEB names, in
 * the order they are written (head, and the lines of messages that have them). The typed
 * messages map themselves to and from this form.
 */
public record CebMessage(MessageType type, String guid, Map<String, String> head, List<Map<String, String>> lines) {

	public CebMessage {
		head = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(head));
		lines = lines.stream().map(l -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(l))).toList();
	}

	/** A field that must be there. */
	public String required(String name) {
		String value = head.get(name);
		if (value == null || value.isBlank()) {
			throw new CebFormatException(type + " lacks " + name);
		}
		return value;
	}

	public @Nullable String optional(String name) {
		String value = head.get(name);
		return value == null || value.isBlank() ? null : value;
	}

	static String required(MessageType type, Map<String, String> line, String name) {
		String value = line.get(name);
		if (value == null || value.isBlank()) {
			throw new CebFormatException(type + " line lacks " + name);
		}
		return value;
	}

}
