package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Provenance;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.ThreadState;

class StateJsonTest {
    private static final Instant UPDATED = Instant.parse("2026-11-26T09:30:00Z");

    @Test
    void a_thread_state_survives_the_round_trip_exactly() {
        ThreadState s = new ThreadState(Map.of(InputId.POST_MONEY_VALUATION, new BigDecimal("1000.125"),
                InputId.AWS_CAPTURE_SHARE, new BigDecimal("0.6")), List.of("bull", "bear"), List.of(Metric.IRR, Metric.MOIC),
                new ThreadState.Target(Metric.MOIC, new BigDecimal("3"), InputId.EXIT_VALUATION), Route.MIXED, 7, UPDATED);
        String json = StateJson.threadState(s);
        assertTrue(json.startsWith("{\"v\":" + ThreadState.VERSION + ","), json);
        assertTrue(json.contains(":1000.125") && json.contains(":0.6") && !json.matches("(?s).*\\d[eE][-+]?\\d.*"), "exact plain decimals: " + json);
        assertEquals(s, StateJson.threadState(json));
    }

    @Test
    void a_threads_bands_survive_the_round_trip_and_state_without_them_reads_as_none() {
        ThreadState s = ThreadState.empty(UPDATED).withBands(Map.of(InputId.EXIT_VALUATION,
                List.of(new BigDecimal("900"), new BigDecimal("1200.5")), InputId.HOLDING_YEARS, List.of(new BigDecimal("5"), new BigDecimal("7"))));
        ThreadState back = StateJson.threadState(StateJson.threadState(s));
        assertEquals(s, back);
        assertEquals(List.of(new BigDecimal("900"), new BigDecimal("1200.5")), back.bands().get(InputId.EXIT_VALUATION));
        String older = StateJson.threadState(ThreadState.empty(UPDATED)).replaceAll(",\"bands\":\\{\\}", "");
        assertTrue(!older.contains("bands"), older);
        assertTrue(StateJson.threadState(older).bands().isEmpty());
    }

    @Test
    void a_threads_bars_and_levers_survive_the_round_trip_and_state_without_them_reads_as_none() {
        ThreadState.Bound bars = new ThreadState.Bound(List.of(
                new ThreadState.Target(Metric.MOIC, new BigDecimal("2.5"), InputId.EXIT_VALUATION),
                new ThreadState.Target(Metric.IRR, new BigDecimal("0.2"), InputId.EXIT_VALUATION)), true);
        ThreadState s = ThreadState.empty(UPDATED).withBound(bars).withLevers(List.of("capture +10pts", "margin +5pts"));
        ThreadState back = StateJson.threadState(StateJson.threadState(s));
        assertEquals(s, back);
        assertEquals(bars, back.bound());
        assertEquals(List.of("capture +10pts", "margin +5pts"), back.levers());
        // state saved before these fields existed has neither
        String older = StateJson.threadState(ThreadState.empty(UPDATED)).replaceAll(",\"bound\":null", "").replaceAll(",\"levers\":\\[\\]", "");
        assertFalse(older.contains("bound") || older.contains("levers"), older);
        assertNull(StateJson.threadState(older).bound());
        assertTrue(StateJson.threadState(older).levers().isEmpty());
        // one bar, or a lever too long to be one, is none
        assertNull(ThreadState.empty(UPDATED).withBound(new ThreadState.Bound(bars.legs().subList(0, 1), true)).bound());
        assertTrue(ThreadState.empty(UPDATED).withLevers(List.of("x".repeat(ThreadState.LEVER_MAX + 1), "margin +5pts")).levers().isEmpty());
    }

    @Test
    void a_threads_flows_survive_the_round_trip_and_state_without_them_reads_as_none() {
        List<String> flows = List.of("draw 20 0", "draw 15 1", "sale 0.5 1200 3", "sale rest ? 6");
        ThreadState s = ThreadState.empty(UPDATED).withFlows(flows);
        ThreadState back = StateJson.threadState(StateJson.threadState(s));
        assertEquals(s, back);
        assertEquals(flows, back.flows());
        String older = StateJson.threadState(ThreadState.empty(UPDATED)).replaceAll(",\"flows\":\\[\\]", "");
        assertFalse(older.contains("flows"), older);
        assertTrue(StateJson.threadState(older).flows().isEmpty());
        // too many flows, or one too long to be the assistant's own short form, is none
        assertTrue(ThreadState.empty(UPDATED).withFlows(java.util.Collections.nCopies(ThreadState.MAX_FLOWS + 1, "draw 1 0")).flows().isEmpty());
        assertTrue(ThreadState.empty(UPDATED).withFlows(List.of("x".repeat(ThreadState.FLOW_MAX + 1))).flows().isEmpty());
    }

    @Test
    void a_threads_path_survives_the_round_trip_and_state_without_one_reads_as_none() {
        ThreadState s = ThreadState.empty(UPDATED).withPath("MAX aws_compute_profit false 0 0 | tie aws_capture_share aws_operating_margin -0.5 - - false | each 10pts");
        ThreadState back = StateJson.threadState(StateJson.threadState(s));
        assertEquals(s, back);
        assertEquals(s.path(), back.path());
        String older = StateJson.threadState(s).replaceAll(",\"path\":\"[^\"]*\"", "");
        assertFalse(older.contains("path"), older);
        assertEquals(null, StateJson.threadState(older).path());
        assertEquals(null, ThreadState.empty(UPDATED).withPath("x".repeat(ThreadState.PATH_MAX + 1)).path());
    }

    @Test
    void a_threads_frames_survive_the_round_trip_and_state_without_them_reads_as_none() {
        ThreadState s = ThreadState.empty(UPDATED).withFrames(List.of("cash basis\t30 cash / 20 credits at 65c/$ on a cash basis"));
        ThreadState back = StateJson.threadState(StateJson.threadState(s));
        assertEquals(s, back);
        assertEquals(List.of("cash basis\t30 cash / 20 credits at 65c/$ on a cash basis"), back.frames());
        String older = StateJson.threadState(s).replaceAll(",\"frames\":\\[[^\\]]*\\]", "");
        assertFalse(older.contains("frames"), older);
        assertEquals(List.of(), StateJson.threadState(older).frames());
        assertEquals(List.of(), ThreadState.empty(UPDATED).withFrames(List.of("x".repeat(ThreadState.FRAME_MAX + 1))).frames());
    }

    @Test
    void a_frame_too_long_loses_only_itself_and_the_latest_frames_are_kept() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < ThreadState.MAX_FRAMES + 2; i++) {
            many.add("frame " + i + "\twords " + i);
        }
        many.add(3, "long\t" + "x".repeat(ThreadState.FRAME_MAX));
        List<String> kept = ThreadState.empty(UPDATED).withFrames(many).frames();
        assertEquals(ThreadState.MAX_FRAMES, kept.size());
        assertEquals("frame " + (ThreadState.MAX_FRAMES + 1) + "\twords " + (ThreadState.MAX_FRAMES + 1), kept.get(kept.size() - 1));
        assertFalse(kept.stream().anyMatch(k -> k.startsWith("long")), kept.toString());
        assertEquals(kept, StateJson.threadState(StateJson.threadState(ThreadState.empty(UPDATED).withFrames(many))).frames());
    }

    @Test
    void a_threads_rests_and_a_level_goal_survive_the_round_trip_and_state_without_them_reads_as_none() {
        ThreadState.Target level = new ThreadState.Target(org.thesisbot.core.scenario.Metric.AWS_COMPUTE_PROFIT, BigDecimal.ZERO,
                org.thesisbot.core.scenario.InputId.AWS_CAPTURE_SHARE, org.thesisbot.core.scenario.Metric.GAIN, true, false);
        ThreadState s = new ThreadState(java.util.Map.of(), List.of("bear"), List.of(org.thesisbot.core.scenario.Metric.AWS_COMPUTE_PROFIT),
                level, null, 1, UPDATED).withRests(List.of(org.thesisbot.core.scenario.Metric.AWS_COMPUTE_REVENUE));
        ThreadState back = StateJson.threadState(StateJson.threadState(s));
        assertEquals(s, back);
        assertEquals(level, back.target());
        assertEquals(List.of(org.thesisbot.core.scenario.Metric.AWS_COMPUTE_REVENUE), back.rests());
        // state saved before these existed: a plain goal and no rests
        String older = StateJson.threadState(s).replaceAll(",\"rests\":\\[[^\\]]*\\]", "")
                .replaceAll(",\"level\":\"?[a-z_A-Z]*\"?", "").replaceAll(",\"offsetting\":(?:true|false)", "")
                .replaceAll(",\"rest\":(?:true|false)", "");
        assertFalse(older.contains("rests") || older.contains("offsetting"), older);
        ThreadState read = StateJson.threadState(older);
        assertTrue(read.rests().isEmpty());
        assertEquals(null, read.target().level());
        assertFalse(read.target().offsetting());
        // a metric that is part of no whole is no rest
        assertTrue(ThreadState.empty(UPDATED).withRests(List.of(org.thesisbot.core.scenario.Metric.MOIC)).rests().isEmpty());
    }

    @Test
    void what_the_thread_asked_the_sources_survives_the_round_trip_and_is_capped() {
        ThreadState s = ThreadState.empty(UPDATED).withTopic("how is amazon tied up with anthropic");
        assertEquals(s, StateJson.threadState(StateJson.threadState(s)));
        assertEquals("how is amazon tied up with anthropic", StateJson.threadState(StateJson.threadState(s)).topic());
        assertEquals(ThreadState.TOPIC_MAX, ThreadState.empty(UPDATED).withTopic("x".repeat(5000)).topic().length());
        assertEquals("", StateJson.threadState(StateJson.threadState(ThreadState.empty(UPDATED))).topic());
    }

    @Test
    void the_figures_each_answer_showed_survive_the_round_trip_and_the_oldest_middle_ones_are_dropped() {
        ThreadState s = ThreadState.empty(UPDATED);
        for (int i = 1; i <= ThreadState.FIRST_KEPT + ThreadState.LAST_KEPT + 4; i++) {
            List<ThreadState.Figure> figures = List.of(
                    new ThreadState.Figure("exit_valuation", new BigDecimal("1660.5"), Unit.USD_BILLIONS, "base", true),
                    new ThreadState.Figure("moic", new BigDecimal(i), Unit.MULTIPLE, "bull", false));
            s = s.withAnswer(s.shown(), figures);
        }
        ThreadState back = StateJson.threadState(StateJson.threadState(s));
        assertEquals(s, back);
        // the first answers ("your first answer") and the last ones ("2 answers up"), numbered as in the thread
        assertEquals(List.of(1, 2, 3, 8, 19), List.of(back.shown().get(0).answer(), back.shown().get(1).answer(),
                back.shown().get(2).answer(), back.shown().get(3).answer(), back.shown().get(back.shown().size() - 1).answer()));
        assertEquals(new BigDecimal("1660.5"), back.shown().get(3).figures().get(0).value());
        assertTrue(back.shown().get(3).figures().get(0).solved());
        assertTrue(StateJson.threadState("{\"v\":1,\"state\":{\"turns\":1}}").shown().isEmpty());
    }

    @Test
    void the_scenarios_a_thread_named_survive_the_round_trip_latest_last() {
        ThreadState s = ThreadState.empty(UPDATED)
                .withSaved(Map.of("heatwave", new ThreadState.Saved(Map.of(InputId.EXIT_VALUATION, new BigDecimal("1300"),
                        InputId.AWS_CAPTURE_SHARE, new BigDecimal("0.65")), List.of())))
                .withSaved(Map.of("slow grind", new ThreadState.Saved(Map.of(InputId.HOLDING_YEARS, new BigDecimal("7")), List.of("bear"))));
        ThreadState back = StateJson.threadState(StateJson.threadState(s));
        assertEquals(s, back);
        assertEquals(List.of("heatwave", "slow grind"), List.copyOf(back.saved().keySet()));
        assertEquals(new BigDecimal("0.65"), back.saved().get("heatwave").overrides().get(InputId.AWS_CAPTURE_SHARE));
        assertTrue(StateJson.threadState("{\"v\":1,\"state\":{\"turns\":1}}").saved().isEmpty());
    }

    @Test
    void version_1_json_as_stored_by_the_first_release_still_reads() throws IOException {
        ThreadState s = StateJson.threadState(resource("state/thread-state-v1.json"));
        assertEquals(0, new BigDecimal("1000").compareTo(s.overrides().get(InputId.POST_MONEY_VALUATION)));
        assertEquals(0, new BigDecimal("4").compareTo(s.overrides().get(InputId.HOLDING_YEARS)));
        assertEquals(List.of("bull"), s.scenarios());
        assertEquals(List.of(Metric.STAKE, Metric.IRR), s.metrics());
        assertEquals(new ThreadState.Target(Metric.MOIC, new BigDecimal("3"), InputId.EXIT_VALUATION), s.target());
        assertEquals(Route.NUMERIC, s.lastRoute());
        assertEquals(3, s.turns());
        assertEquals(UPDATED, s.updated());
    }

    @Test
    void fields_missing_from_older_json_read_as_empty_values() {
        ThreadState s = StateJson.threadState("{\"v\":1,\"state\":{\"metrics\":[\"STAKE\"],\"turns\":1}}");
        assertEquals(List.of(Metric.STAKE), s.metrics());
        assertTrue(s.overrides().isEmpty());
        assertTrue(s.scenarios().isEmpty());
        assertNull(s.target());
        assertNull(s.updated());
    }

    @Test
    void json_from_a_newer_version_is_read_as_far_as_it_goes() {
        ThreadState s = StateJson.threadState("{\"v\":" + (ThreadState.VERSION + 1) + ",\"state\":{\"metrics\":[\"IRR\"],"
                + "\"turns\":2,\"aFieldAddedLater\":{\"x\":1},\"updated\":\"2026-11-26T09:30:00Z\"},\"extra\":true}");
        assertEquals(List.of(Metric.IRR), s.metrics());
        assertEquals(2, s.turns());
    }

    @Test
    void unreadable_values_are_reported_not_guessed() {
        for (String bad : List.of("not json", "{}", "{\"v\":1}", "{\"v\":1,\"state\":[1]}", "{\"state\":{}}",
                "{\"v\":1,\"state\":{\"metrics\":[\"NO_SUCH_METRIC\"]}}", "{\"v\":1,\"state\":{\"metrics\":[null]}}")) {
            assertThrows(StateJson.UnreadableException.class, () -> StateJson.threadState(bad), bad);
        }
    }

    @Test
    void an_answer_survives_the_round_trip_with_its_numbers_sources_and_citations() {
        Provenance quoted = Provenance.source("amazon-openai-50b-bet", "potential $50 billion investment", null)
                .located("Amazon's $50B bet", 2);
        MetricResult stake = new MetricResult("stake", "Amazon's stake in OpenAI",
                new BigDecimal("0.06024096385542168674698795180722892"), Unit.RATIO, "base",
                List.of(new InputUsed("investment", "Investment", new BigDecimal("50"), Unit.USD_BILLIONS, InputOrigin.SOURCE, quoted),
                        new InputUsed("post_money_valuation", "Valuation", new BigDecimal("830"), Unit.USD_BILLIONS,
                                InputOrigin.QUESTION, Provenance.assumption("the question set it"))),
                "$50B / $830B = 6.02%", null);
        Answer a = new Answer("q-0123456789", Route.MIXED, "*stake* 6.02% & <why> [1]", "Because [1].", List.of(stake),
                List.of(new Citation(1, "amazon-openai-50b-bet", "Amazon's $50B bet", 4, "a short quote")), "mixed",
                List.of("I read $830B as the post-money valuation."),
                new RouteDecision(Route.MIXED, 0.85, 0.42, List.of("metric:stake", "why")));
        String json = StateJson.answer(a);
        assertTrue(json.startsWith("{\"v\":1,\"answer\":{"), json);
        assertEquals(a, StateJson.answer(json));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StateJsonTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void an_answer_with_a_grid_a_tornado_and_charts_survives_the_round_trip_exactly() {
        org.thesisbot.core.assistant.RoutingAssistant brain = org.thesisbot.TestBrains.offline().brain().assistant();
        for (String command : List.of("grid stake investment=50B..250B step 50B post_money_valuation=100B,200B",
                "grid irr exit_valuation=500B..2T holding_years=3..7", "tornado", "chart compare moic irr")) {
            Answer a = brain.command(command, "u");
            assertFalse(a.charts().isEmpty(), command);
            Answer back = StateJson.answer(StateJson.answer(a));
            assertEquals(a, back, command);
            assertEquals(a.charts().get(0).data().getClass(), back.charts().get(0).data().getClass());
        }
    }
}
