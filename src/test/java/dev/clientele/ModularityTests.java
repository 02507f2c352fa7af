package dev.clientele;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ClienteleApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
