package org.thesisbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thesisbot.core.reading.Vocabulary;
import org.thesisbot.core.scenario.InvalidInputException;

/** Reads {@code config/understanding.yaml} (how metrics and inputs are talked about) into a checked {@link Vocabulary}. */
public final class UnderstandingYamlLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    record File(Map<String, String> macros, Map<String, MetricWords> metrics, Map<String, InputWords> inputs,
                Map<String, RatioWords> ratios, Map<String, SumWords> sums, CalendarWords calendar, RestWords rests) {
    }

    /** The words for the rest of a whole a metric is part of: by part metric, and cues for any part. */
    record RestWords(Map<String, List<String>> names, List<String> cues) {
    }

    /** When the sources expect the deal to close ("2026-03"), how to say it, and the source's words. */
    record CalendarWords(@JsonProperty("expected_close") String expectedClose, String said, String quote) {
    }

    record SumWords(List<String> plus, List<String> minus) {
    }

    record RatioWords(String over, String under) {
    }

    record MetricWords(List<String> strong, List<String> weak, List<String> examples) {
    }

    record InputWords(List<String> names, List<String> cues, List<BigDecimal> plausible,
                      @JsonProperty("examples") List<String> examples) {
    }

    private static Vocabulary.ExpectedClose expectedClose(CalendarWords c, String name) {
        if (c.expectedClose() == null || c.said() == null || c.said().isBlank() || c.quote() == null || c.quote().isBlank()) {
            throw new ConfigException(name + ": calendar needs expected_close (YYYY-MM), said and quote");
        }
        try {
            return new Vocabulary.ExpectedClose(java.time.YearMonth.parse(c.expectedClose()), c.said(), c.quote());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConfigException(name + ": calendar.expected_close must be a month as YYYY-MM (got '" + c.expectedClose() + "')", e);
        }
    }

    public Vocabulary load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public Vocabulary parse(String text, String name) {
        File f;
        try {
            f = YAML.readValue(text, File.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(name + ": line " + e.getLocation().getLineNr() + ": unknown key '"
                    + e.getPropertyName() + "'", e);
        } catch (IOException e) {
            throw new ConfigException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (f == null || f.metrics() == null || f.inputs() == null) {
            throw new ConfigException(name + ": needs 'metrics' and 'inputs' sections");
        }
        Map<String, Vocabulary.RawMetric> metrics = new LinkedHashMap<>();
        f.metrics().forEach((k, v) -> metrics.put(k, new Vocabulary.RawMetric(v == null ? null : v.strong(), v == null ? null : v.weak(),
                v == null || v.examples() == null ? List.of() : v.examples())));
        Map<String, Vocabulary.RawInput> inputs = new LinkedHashMap<>();
        f.inputs().forEach((k, v) -> inputs.put(k, v == null ? new Vocabulary.RawInput(null, null, null)
                : new Vocabulary.RawInput(v.names(), v.cues(), v.plausible())));
        try {
            Map<String, Vocabulary.RawRatio> ratios = new LinkedHashMap<>();
            if (f.ratios() != null) {
                f.ratios().forEach((k, v) -> ratios.put(k, v == null ? null : new Vocabulary.RawRatio(v.over(), v.under())));
            }
            Map<String, Vocabulary.RawSum> sums = new LinkedHashMap<>();
            if (f.sums() != null) {
                f.sums().forEach((k, v) -> sums.put(k, v == null ? null : new Vocabulary.RawSum(v.plus(), v.minus())));
            }
            Vocabulary v = Vocabulary.compile(f.macros() == null ? Map.of() : f.macros(), metrics, inputs, ratios, sums);
            if (f.rests() != null) {
                v = v.withRests(f.macros() == null ? Map.of() : f.macros(), f.rests().names() == null ? Map.of() : f.rests().names(),
                        f.rests().cues() == null ? List.of() : f.rests().cues());
            }
            return f.calendar() == null ? v : v.withExpectedClose(expectedClose(f.calendar(), name));
        } catch (InvalidInputException e) {
            throw new ConfigException(name + ": " + e.getMessage(), e);
        }
    }
}
