package org.thesisbot.core.scenario;

import java.nio.file.Path;
import org.thesisbot.config.ScenarioYamlLoader;
import org.thesisbot.config.UnderstandingYamlLoader;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Vocabulary;

/** The real scenario model from config/scenario.yaml, as every scenario test uses it. */
public final class TestModels {
    private static ScenarioModel model;
    private static Reader reader;

    private TestModels() {
    }

    public static synchronized ScenarioModel real() {
        if (model == null) {
            model = new ScenarioYamlLoader().load(Path.of("config", "scenario.yaml"));
        }
        return model;
    }

    /** config/understanding.yaml, checked. */
    public static Vocabulary vocabulary() {
        return new UnderstandingYamlLoader().load(Path.of("config", "understanding.yaml"));
    }

    /** The real reader: the real model and config/understanding.yaml. */
    public static synchronized Reader reader() {
        if (reader == null) {
            Vocabulary words = new UnderstandingYamlLoader().load(Path.of("config", "understanding.yaml"));
            reader = new Reader(real(), words);
        }
        return reader;
    }
}
