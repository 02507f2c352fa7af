package dev.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final Path DOCS = Path.of("docs/modules");

	static final Path GENERATED = Path.of("target/modules");

	private final ApplicationModules modules = ApplicationModules.of(ClienteleApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	/**
	 * Writes the module diagrams into {@code docs/modules}. The documenter does not keep the order
	 * of lines from run to run, so a diagram is replaced only when its content changed.
	 */
	@Test
	void writesTheModuleDiagramsToTheDocsFolder() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(GENERATED)) {
			for (Path generated : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				Path kept = DOCS.resolve(generated.getFileName());
				if (!Files.exists(kept) || !sortedLines(kept).equals(sortedLines(generated))) {
					Files.copy(generated, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertThat(DOCS.resolve("components.puml")).exists();
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
