package dev.clientele.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and Chinese messages name exactly the same keys, so no page shows a key instead of a text. */
class MessagesTests {

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> english = keys("/messages.properties");
		Set<String> chinese = keys("/messages_zh_CN.properties");

		assertThat(chinese).as("keys missing in Chinese").containsAll(english);
		assertThat(english).as("keys missing in English").containsAll(chinese);
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String file : new String[] { "/messages.properties", "/messages_zh_CN.properties" }) {
			Properties properties = load(file);
			assertThat(properties.stringPropertyNames()).as(file)
				.allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	private static Set<String> keys(String file) throws IOException {
		return new TreeSet<>(load(file).stringPropertyNames());
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
