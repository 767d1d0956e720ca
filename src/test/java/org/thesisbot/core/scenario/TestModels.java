package org.thesisbot.core.scenario;

import java.nio.file.Path;
import org.thesisbot.config.ScenarioYamlLoader;

/** The real scenario model from config/scenario.yaml, as every scenario test uses it. */
public final class TestModels {
    private static ScenarioModel model;

    private TestModels() {
    }

    public static synchronized ScenarioModel real() {
        if (model == null) {
            model = new ScenarioYamlLoader().load(Path.of("config", "scenario.yaml"));
        }
        return model;
    }
}
