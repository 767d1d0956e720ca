package org.thesisbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Typed runtime settings, read once at start from {@code config/thesisbot.yaml} and overridden by
 * environment variables ({@code THESISBOT_<SECTION>_<KEY>}, e.g. {@code THESISBOT_LLM_MODEL}, plus
 * {@code PORT}). Secrets are never here: see {@link Secrets}.
 */
public record Settings(Server server, Assistant assistant, Grounding grounding, Sources sources, Llm llm, Slack slack,
                       State state) {

    /**
     * @param host           bind address; empty = automatic ({@link #bindAddress})
     * @param askWorkers     {@code /api/ask} questions answered at once (their own pool, apart from Slack's acks)
     * @param askQueue       {@code /api/ask} questions allowed to wait for a worker; beyond it, 503 + Retry-After
     * @param drainSeconds   on SIGTERM, the time allowed to finish acknowledged work before the process exits
     */
    public record Server(
            String host,
            int port,
            @JsonProperty("max_body_bytes") int maxBodyBytes,
            @JsonProperty("question_max_chars") int questionMaxChars,
            @JsonProperty("ask_workers") int askWorkers,
            @JsonProperty("ask_queue") int askQueue,
            @JsonProperty("drain_seconds") int drainSeconds) {

        /**
         * The address to listen on: {@code server.host} when set; otherwise every interface when Slack
         * must reach the bot over HTTP, and only this machine (127.0.0.1) in local and Socket Mode.
         */
        public String bindAddress(boolean slackOverHttp) {
            if (host != null && !host.isBlank()) {
                return host.strip();
            }
            return slackOverHttp ? "0.0.0.0" : "127.0.0.1";
        }
    }

    public record Assistant(
            @JsonProperty("thread_ttl_minutes") int threadTtlMinutes) {
    }

    public record Grounding(
            @JsonProperty("documents_dir") String documentsDir,
            @JsonProperty("cache_dir") String cacheDir,
            boolean embeddings,
            @JsonProperty("embedding_model") String embeddingModel,
            @JsonProperty("top_k") int topK,
            @JsonProperty("min_relevance") double minRelevance,
            @JsonProperty("extractive_pool") int extractivePool) {
    }

    /**
     * Source documents: hot reload and the limits on every file, whether it was dropped into
     * {@code documents/} or added from Slack.
     */
    public record Sources(
            boolean watch,
            @JsonProperty("debounce_ms") int debounceMs,
            @JsonProperty("max_file_bytes") long maxFileBytes,
            @JsonProperty("max_pdf_pages") int maxPdfPages) {
    }

    public record Llm(
            String provider,
            String model,
            @JsonProperty("base_url") String baseUrl,
            double temperature,
            @JsonProperty("max_tokens") int maxTokens,
            @JsonProperty("deadline_seconds") int deadlineSeconds,
            @JsonProperty("max_retries") int maxRetries,
            @JsonProperty("max_answer_chars") int maxAnswerChars) {
    }

    public record Slack(
            String command,
            @JsonProperty("follow_ups") boolean followUps,
            @JsonProperty("ignore_other_bots") boolean ignoreOtherBots,
            @JsonProperty("rate_limit_per_minute") int rateLimitPerMinute,
            int workers,
            @JsonProperty("queue_capacity") int queueCapacity,
            @JsonProperty("dedupe_ttl_minutes") int dedupeTtlMinutes,
            String greeting,
            @JsonProperty("suggested_prompts") List<Prompt> suggestedPrompts,
            @JsonProperty("loading_messages") List<String> loadingMessages,
            List<String> admins) {
        public Slack {
            admins = admins == null ? List.of() : List.copyOf(admins);
        }
    }

    public record Prompt(String title, String message) {
    }

    /**
     * Where state lives. In memory by default; shared in Redis when {@code THESISBOT_REDIS_URL} is set (the URL
     * may hold a password, so it is read from the environment, never from this file).
     *
     * @param localMemoryMb        the cap on in-process state (thread state, dedupe keys, recent answers, rate
     *                             windows, votes), by estimated weight; with Redis it bounds the local fallback copy
     * @param redisTimeoutMs       a Redis command slower than this counts as a fault and local state answers
     * @param redisKeyPrefix       every key starts with it (two bots can share one Redis with different prefixes)
     * @param recentAnswersMinutes how long an answer is kept for "Share in channel" (then it is recomputed)
     */
    public record State(
            @JsonProperty("local_memory_mb") int localMemoryMb,
            @JsonProperty("redis_timeout_ms") int redisTimeoutMs,
            @JsonProperty("redis_key_prefix") String redisKeyPrefix,
            @JsonProperty("recent_answers_minutes") int recentAnswersMinutes) {
    }
}
