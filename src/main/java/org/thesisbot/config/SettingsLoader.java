package org.thesisbot.config;

import org.apache.commons.text.similarity.LevenshteinDistance;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code thesisbot.yaml}, applies environment overrides and checks the result. Every failure is a
 * {@link ConfigException} whose message names the file or variable, and the problem.
 */
public final class SettingsLoader {
    private static final String PREFIX = "THESISBOT_";
    /**
     * The {@code THESISBOT_*} variables that are not settings overrides. Any other {@code THESISBOT_*}
     * variable must name a setting, so a misspelt one ({@code THESISBOT_API_TOKN}) stops start-up instead of
     * being silently ignored.
     */
    public static final List<String> ENVIRONMENT_ONLY = List.of("THESISBOT_HOME", "THESISBOT_LOG_LEVEL",
            "THESISBOT_API_TOKEN", "THESISBOT_REDIS_URL");
    /** The bundled sentence-embedding models (grounding.embedding_model), as llm.EmbeddingModelChoice names them. */
    public static final List<String> EMBEDDING_MODELS = List.of("minilm", "bge-small", "e5-small");
    private static final String SECTIONS = String.join(", ", java.util.Arrays.stream(Settings.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList());

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public Settings load(Path file, Map<String, String> env) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file not found: " + file
                    + " (run from the repository root, or set THESISBOT_HOME)");
        }
        JsonNode root;
        try {
            root = yaml.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!(root instanceof ObjectNode obj)) {
            throw new ConfigException(file + ": expected a mapping of sections (" + SECTIONS + ")");
        }
        checkKeys(obj, file);
        applyEnv(obj, env, file);
        Settings s;
        try {
            s = yaml.treeToValue(obj, Settings.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown setting '" + e.getPropertyName() + "' in "
                    + e.getPathReference().replace("org.thesisbot.config.", ""), e);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new ConfigException(file + ": " + e.getOriginalMessage() + " at " + e.getPathReference()
                    .replace("org.thesisbot.config.", ""), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": " + e.getOriginalMessage(), e);
        }
        check(s, file);
        return s;
    }

    /** Every section and key must be one Settings knows, and every key it knows must be present. */
    private static void checkKeys(ObjectNode root, Path file) {
        for (java.lang.reflect.RecordComponent section : Settings.class.getRecordComponents()) {
            JsonNode node = root.get(section.getName());
            if (!(node instanceof ObjectNode obj)) {
                throw new ConfigException(file + ": missing section '" + section.getName() + "'");
            }
            List<String> known = new ArrayList<>();
            for (java.lang.reflect.RecordComponent c : section.getType().getRecordComponents()) {
                JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
                if (p == null) {
                    p = c.getAnnotation(JsonProperty.class);
                }
                known.add(p != null ? p.value() : c.getName());
            }
            obj.fieldNames().forEachRemaining(k -> {
                if (!known.contains(k)) {
                    throw new ConfigException(file + ": unknown setting '" + k + "' in section '" + section.getName()
                            + "' (known: " + String.join(", ", known) + ")");
                }
            });
            for (String k : known) {
                if (!obj.has(k)) {
                    throw new ConfigException(file + ": missing setting " + section.getName() + "." + k);
                }
            }
        }
        root.fieldNames().forEachRemaining(k -> {
            boolean ok = java.util.Arrays.stream(Settings.class.getRecordComponents()).anyMatch(c -> c.getName().equals(k));
            if (!ok) {
                throw new ConfigException(file + ": unknown section '" + k + "' (known: " + SECTIONS + ")");
            }
        });
    }

    /** THESISBOT_LLM_MODEL=x sets llm.model; PORT sets server.port. */
    private static void applyEnv(ObjectNode root, Map<String, String> env, Path file) {
        Map<String, String> sorted = new TreeMap<>(env);
        String port = sorted.get("PORT");
        if (port != null && !port.isBlank()) {
            section(root, "server", file).put("port", port.trim());
        }
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (!e.getKey().startsWith(PREFIX)) {
                continue;
            }
            if (ENVIRONMENT_ONLY.contains(e.getKey())) {
                continue;
            }
            String rest = e.getKey().substring(PREFIX.length()).toLowerCase(Locale.ROOT);
            int us = rest.indexOf('_');
            String sectionName = us < 0 ? rest : rest.substring(0, us);
            String key = us < 0 ? "" : rest.substring(us + 1);
            JsonNode sec = root.get(sectionName);
            if (!(sec instanceof ObjectNode section)) {
                throw unknownVariable(e.getKey(), root);
            }
            JsonNode current = section.get(key);
            if (current == null) {
                throw new ConfigException(e.getKey() + " does not name a setting: '" + sectionName
                        + "' has no key '" + key + "' in " + file);
            }
            if (current.isArray() && java.util.stream.StreamSupport.stream(current.spliterator(), false)
                    .allMatch(JsonNode::isValueNode)) {
                // a list of words (slack.admins): THESISBOT_SLACK_ADMINS=U123,U456
                com.fasterxml.jackson.databind.node.ArrayNode list = section.putArray(key);
                for (String item : e.getValue().split(",")) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
                continue;
            }
            if (current.isContainerNode()) {
                throw new ConfigException(e.getKey() + ": " + sectionName + "." + key
                        + " is a list or mapping; set it in " + file);
            }
            section.put(key, e.getValue());
        }
    }

    /** "THESISBOT_API_TOKN is not a thesisbot variable; did you mean THESISBOT_API_TOKEN?" */
    private static ConfigException unknownVariable(String name, ObjectNode root) {
        List<String> known = new ArrayList<>(ENVIRONMENT_ONLY);
        root.fields().forEachRemaining(section -> section.getValue().fieldNames().forEachRemaining(k ->
                known.add(PREFIX + section.getKey().toUpperCase(Locale.ROOT) + "_" + k.toUpperCase(Locale.ROOT))));
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name, k);
            if (d < best) {
                best = d;
                closest = k;
            }
        }
        String hint = closest != null && best <= 3 ? "; did you mean " + closest + "?"
                : "; it must be one of " + String.join(", ", ENVIRONMENT_ONLY) + " or THESISBOT_<SECTION>_<KEY> for a setting";
        return new ConfigException(name + " is not a thesisbot variable (unknown THESISBOT_* variables stop start-up, "
                + "so a misspelt one is never silently ignored)" + hint + " Unset it or fix its name.");
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }

    private static ObjectNode section(ObjectNode root, String name, Path file) {
        JsonNode n = root.get(name);
        if (n instanceof ObjectNode o) {
            return o;
        }
        throw new ConfigException(file + ": missing section '" + name + "'");
    }

    private static void check(Settings s, Path file) {
        List<String> problems = new ArrayList<>();
        if (s.server() == null || s.assistant() == null || s.grounding() == null || s.sources() == null
                || s.llm() == null || s.slack() == null || s.state() == null) {
            throw new ConfigException(file + ": every section is required: " + SECTIONS);
        }
        if (s.server().port() < 0 || s.server().port() > 65535) {
            problems.add("server.port must be 0..65535 (got " + s.server().port() + ")");
        }
        if (s.server().maxBodyBytes() < 1024) {
            problems.add("server.max_body_bytes must be at least 1024");
        }
        if (s.server().questionMaxChars() < 10) {
            problems.add("server.question_max_chars must be at least 10");
        }
        String host = s.server().host() == null ? "" : s.server().host().strip();
        if (!host.isEmpty() && !host.matches("[A-Za-z0-9.:%-]+|\\[[0-9A-Fa-f:.%]+]")) {
            problems.add("server.host must be an IP address or host name such as 127.0.0.1 or 0.0.0.0, or empty (got '"
                    + s.server().host() + "')");
        }
        if (s.server().askWorkers() < 1 || s.server().askWorkers() > 256) {
            problems.add("server.ask_workers must be 1..256");
        }
        if (s.server().askQueue() < 0 || s.server().askQueue() > 10_000) {
            problems.add("server.ask_queue must be 0..10000");
        }
        if (s.server().drainSeconds() < 1 || s.server().drainSeconds() > 600) {
            problems.add("server.drain_seconds must be 1..600");
        }
        if (s.assistant().threadTtlMinutes() < 1) {
            problems.add("assistant.thread_ttl_minutes must be at least 1");
        }
        String em = s.grounding().embeddingModel() == null ? "" : s.grounding().embeddingModel().strip().toLowerCase(Locale.ROOT);
        if (!EMBEDDING_MODELS.contains(em)) {
            problems.add("grounding.embedding_model must be " + String.join(", ", EMBEDDING_MODELS.subList(0, EMBEDDING_MODELS.size() - 1))
                    + " or " + EMBEDDING_MODELS.get(EMBEDDING_MODELS.size() - 1) + " (got '" + s.grounding().embeddingModel() + "')");
        }
        if (s.grounding().topK() < 1 || s.grounding().topK() > 20) {
            problems.add("grounding.top_k must be 1..20");
        }
        if (s.grounding().extractivePool() < 0 || s.grounding().extractivePool() > 200) {
            problems.add("grounding.extractive_pool must be 0..200");
        }
        if (s.grounding().minRelevance() < 0 || s.grounding().minRelevance() > 1) {
            problems.add("grounding.min_relevance must be 0..1");
        }
        if (s.sources().debounceMs() < 50 || s.sources().debounceMs() > 60_000) {
            problems.add("sources.debounce_ms must be 50..60000");
        }
        if (s.sources().maxFileBytes() < 1024 || s.sources().maxFileBytes() > 200L * 1024 * 1024) {
            problems.add("sources.max_file_bytes must be 1024..209715200 (200 MB)");
        }
        if (s.sources().maxPdfPages() < 1 || s.sources().maxPdfPages() > 5000) {
            problems.add("sources.max_pdf_pages must be 1..5000");
        }
        for (String admin : s.slack().admins()) {
            if (admin == null || !admin.matches("[UW][A-Z0-9]{2,30}")) {
                problems.add("slack.admins: '" + admin + "' is not a Slack user id (like U012AB3CD; in Slack: profile > ⋮ > Copy member ID)");
            }
        }
        String p = s.llm().provider() == null ? "" : s.llm().provider().toLowerCase(Locale.ROOT);
        if (!List.of("auto", "none", "openai", "anthropic", "ollama").contains(p)) {
            problems.add("llm.provider must be auto, none, openai, anthropic or ollama (got '" + s.llm().provider() + "')");
        }
        if (s.llm().deadlineSeconds() < 1) {
            problems.add("llm.deadline_seconds must be at least 1");
        }
        if (s.llm().maxRetries() < 0 || s.llm().maxRetries() > 5) {
            problems.add("llm.max_retries must be 0..5");
        }
        if (s.llm().temperature() < 0 || s.llm().temperature() > 2) {
            problems.add("llm.temperature must be 0..2");
        }
        if (s.llm().maxTokens() < 16) {
            problems.add("llm.max_tokens must be at least 16");
        }
        if (s.llm().maxAnswerChars() < 200 || s.llm().maxAnswerChars() > 100_000) {
            problems.add("llm.max_answer_chars must be 200..100000");
        }
        String cmd = s.slack().command();
        if (cmd == null || !cmd.matches("/[a-z0-9_-]{1,31}")) {
            problems.add("slack.command must look like /scenario (got '" + cmd + "')");
        }
        if (s.slack().rateLimitPerMinute() < 1) {
            problems.add("slack.rate_limit_per_minute must be at least 1");
        }
        if (s.slack().workers() < 1 || s.slack().queueCapacity() < 1) {
            problems.add("slack.workers and slack.queue_capacity must be at least 1");
        }
        if (s.slack().dedupeTtlMinutes() < 10) {
            problems.add("slack.dedupe_ttl_minutes must be at least 10 (Slack retries for several minutes)");
        }
        if (s.slack().suggestedPrompts() == null || s.slack().suggestedPrompts().size() > 4) {
            problems.add("slack.suggested_prompts must list at most 4 prompts");
        }
        if (s.state().localMemoryMb() < 8 || s.state().localMemoryMb() > 65536) {
            problems.add("state.local_memory_mb must be 8..65536");
        }
        if (s.state().redisTimeoutMs() < 5 || s.state().redisTimeoutMs() > 5000) {
            problems.add("state.redis_timeout_ms must be 5..5000 (tens of milliseconds: a slower Redis must not slow answers)");
        }
        String prefix = s.state().redisKeyPrefix();
        if (prefix == null || !prefix.matches("[A-Za-z0-9_.:-]{1,64}")) {
            problems.add("state.redis_key_prefix must be 1..64 characters of A-Z a-z 0-9 _ . : - (got '" + prefix + "')");
        }
        if (s.state().recentAnswersMinutes() < 1 || s.state().recentAnswersMinutes() > 10080) {
            problems.add("state.recent_answers_minutes must be 1..10080");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(file + ": " + String.join("; ", problems));
        }
    }
}
