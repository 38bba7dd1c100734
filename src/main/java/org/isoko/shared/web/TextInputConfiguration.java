package org.isoko.shared.web;

import java.util.List;

import org.isoko.shared.InvalidInput;
import org.isoko.shared.TextInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link TextInput} to every text a client sends, in one place: request
 * parameters (query strings and forms, {@link TextInputFilter}) and every JSON string of
 * a request body (a string deserializer on the JSON converter of Spring MVC only, so that
 * reading events or provider answers is unaffected). A bad text is answered with 400
 * naming the field before any module sees it.
 */
@Configuration(proxyBeanMethods = false)
class TextInputConfiguration implements WebMvcConfigurer {

	private final TextInput rule;

	private final JsonMapper jsonMapper;

	TextInputConfiguration(@Value("${isoko.web.text.max-length:" + TextInput.DEFAULT_MAX_LENGTH + "}") int maxLength,
			@Value("${isoko.web.text.multi-line-fields:description,story,reason}") List<String> multiLineFields,
			JsonMapper jsonMapper) {
		this.rule = new TextInput(maxLength, multiLineFields);
		this.jsonMapper = jsonMapper;
	}

	@Bean
	TextInputFilter textInputFilter() {
		return new TextInputFilter(rule);
	}

	/**
	 * Runs after Spring Boot's own converter set-up (this configurer has the lowest
	 * precedence), replacing its JSON converter with one whose mapper is Boot's plus the
	 * checked string deserializer.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		SimpleModule module = new SimpleModule("isoko-text-input");
		module.addDeserializer(String.class, new CheckedStrings(rule));
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(jsonMapper.rebuild().addModule(module).build()));
	}

	/**
	 * Jackson's own string deserializer, then the rule; a bad text becomes an
	 * {@link InvalidInput}, which Jackson wraps with the path of the field and
	 * {@code ProblemDetailsAdvice} answers with 400 naming it.
	 */
	static final class CheckedStrings extends StringDeserializer {

		private final TextInput rule;

		CheckedStrings(TextInput rule) {
			this.rule = rule;
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value == null) {
				return value;
			}
			String field = fieldName(parser);
			TextInput.Problem problem = rule.check(field, value);
			if (problem != null) {
				throw new InvalidInput(field, problem.detail(rule.maxLength()));
			}
			return value;
		}

		private static String fieldName(JsonParser parser) {
			TokenStreamContext context = parser.streamReadContext();
			while (context != null) {
				if (context.hasCurrentName()) {
					return context.currentName();
				}
				context = context.getParent();
			}
			return "";
		}

	}

}
