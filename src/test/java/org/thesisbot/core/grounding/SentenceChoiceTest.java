package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.api.Unit;

/** How the extractive writer chooses and orders sentences, on lexical evidence (no embeddings). */
class SentenceChoiceTest {
    private static SourceLibrary library;
    private static Grounding grounding;

    @BeforeAll
    static void setUp() {
        library = GroundingFixtures.article();
        ExtractiveWriter extractive = new ExtractiveWriter(null, SourceVocabulary.of(library.passages()), org.thesisbot.core.lexicon.TestLexicons.real());
        grounding = new Grounding(new LexicalRetriever(library.passages(), org.thesisbot.core.lexicon.TestLexicons.real()), extractive, extractive, new GroundingGuard(),
                4, GroundingFixtures.minRelevance(), library.coverage(), Telemetry.NOOP);
    }

    private static GroundedAnswer ask(String q) {
        return grounding.answer(q, grounding.retrieve(q), List.of(), AnswerListener.NONE);
    }

    private static ScoredPassage passage(int n, String text, double score) {
        return new ScoredPassage(new Passage("doc#p" + n + ".1", "doc", "A test document", n, 1, text), score, score, 0);
    }

    private static Draft write(String question, ScoredPassage... passages) {
        return new ExtractiveWriter(org.thesisbot.core.lexicon.TestLexicons.real()).write(new WriteRequest(question, List.of(passages), List.of()), AnswerListener.NONE);
    }

    @Test
    void the_sentence_that_answers_comes_first_even_when_it_is_not_the_first_in_its_passage() {
        Draft d = write("Where is the new factory being built?",
                passage(1, "The company had a record year. Its new factory is being built in Porto, next to the river. "
                        + "Sales grew in every region.", 0.8));
        assertTrue(d.text().startsWith("Its new factory is being built in Porto, next to the river [1]."), d.text());
    }

    @Test
    void a_sentence_that_leans_on_the_one_before_is_followed_by_it_as_context() {
        Draft d = write("Where is the new factory being built?",
                passage(1, "The company had a record year. Its new factory is being built in Porto, next to the river. "
                        + "Sales grew in every region.", 0.8));
        assertEquals("Its new factory is being built in Porto, next to the river [1]. The company had a record year [1].",
                d.text().substring(0, d.text().indexOf("year [1].") + "year [1].".length()), d.text());
    }

    @Test
    void a_sentence_that_points_back_gives_way_to_the_sentence_that_names_what_it_points_at() {
        GroundedAnswer a = ask("What should investors watch after the deal?");
        assertTrue(a.text().startsWith("The primary financial indicator to monitor is AWS's reported growth in AI-related "
                + "revenue and compute utilization rates [1]."), a.text());
        assertTrue(a.text().contains("Investors must watch for any acceleration in these metrics"), "the pointer follows as context: " + a.text());
    }

    @Test
    void a_yes_no_question_leads_with_the_sentence_that_decides_it() {
        GroundedAnswer a = ask("Is the $115 billion just a budget?");
        assertTrue(a.text().startsWith("That is not a budget; it is a commitment to scale [1]."), a.text());
    }

    @Test
    void a_yes_no_question_about_a_comparison_leads_with_the_sentence_that_makes_it() {
        GroundedAnswer a = ask("Are Amazon's capital expenditures the highest of its peers?");
        assertTrue(a.text().startsWith("Amazon has forecast capital expenditures to reach $125 billion for 2026, the highest "
                + "among megacap peers [1]."), a.text());
    }

    @Test
    void a_question_about_a_name_the_sources_never_use_gets_the_closest_they_come_with_its_citation() {
        // retrieval already scores such a question down; past the threshold, the writer still does not pretend it answers
        Grounding lenient = new Grounding(new LexicalRetriever(library.passages(), org.thesisbot.core.lexicon.TestLexicons.real()), extractive(), extractive(),
                new GroundingGuard(), 4, 0.0, library.coverage(), Telemetry.NOOP);
        String q = "How many Trainium chips will OpenAI rent from AWS?";
        GroundedAnswer a = lenient.answer(q, lenient.retrieve(q), List.of(), AnswerListener.NONE);
        assertAll(
                () -> assertTrue(a.covered(), a.text()),
                () -> assertTrue(a.text().startsWith("The sources don't say \u201CHow many Trainium chips will OpenAI rent from AWS\u201D "
                        + "directly; the closest they come:\n"), a.text()),
                () -> assertTrue(a.text().endsWith("[1]."), "the closest sentence is quoted and cited: " + a.text()),
                () -> assertEquals(1, a.citations().size()));
    }

    private static ExtractiveWriter extractive() {
        return new ExtractiveWriter(null, SourceVocabulary.of(library.passages()), org.thesisbot.core.lexicon.TestLexicons.real());
    }

    @Test
    void when_no_sentence_is_close_the_writer_says_the_sources_do_not_cover_it() {
        Draft d = write("What is the boiling point of mercury?",
                passage(1, "The company had a record year. Its new factory is being built in Porto.", 0.9));
        assertEquals("The sources don't cover that.", d.text());
        Grounding lenient = new Grounding(new LexicalRetriever(library.passages(), org.thesisbot.core.lexicon.TestLexicons.real()), new ExtractiveWriter(org.thesisbot.core.lexicon.TestLexicons.real()), new ExtractiveWriter(org.thesisbot.core.lexicon.TestLexicons.real()),
                new GroundingGuard(), 4, 0.0, library.coverage(), Telemetry.NOOP);
        String q = "What is the boiling point of mercury at sea level?";
        GroundedAnswer a = lenient.answer(q, List.of(passage(1, "The company had a record year. Its new factory is being built in Porto.", 0.9)),
                List.of(), AnswerListener.NONE);
        assertFalse(a.covered(), a.text());
        assertTrue(a.text().startsWith("The sources don't cover that."), a.text());
    }

    @Test
    void the_closest_they_come_never_echoes_a_figure_the_guard_would_reject() {
        Draft d = write("How many of the 300 Trainium racks go to Porto?",
                passage(1, "The company had a record year. Its new factory is being built in Porto, next to the river.", 0.9));
        assertTrue(d.text().isEmpty() || !d.text().contains("300"), d.text());
    }

    @Test
    void hyphenation_plural_case_and_british_spelling_variants_retrieve_and_choose_the_same_sentence() {
        assertAll(
                () -> assertEquals(first("Why is AWS a non negotiable partner?"), first("Why is AWS a non-negotiable partner?")),
                () -> assertEquals(first("Where is the AI adoption s curve?"), first("Where is the AI adoption S-curve?")),
                () -> assertEquals(first("Do OpenAI's workloads run in Amazon's data centres?"),
                        first("Do OpenAI's workloads run in Amazon's data centers?")),
                () -> assertEquals(first("Which Red Flags should investors watch?"), first("Which red flag should investors watch?")),
                () -> assertTrue(first("Which Red Flags should investors watch?").contains("red flag"),
                        first("Which Red Flags should investors watch?")));
    }

    @Test
    void a_mixed_question_that_points_back_leads_with_the_sentence_that_states_the_computed_figure() {
        // "the 50b is what % of capex, and what's that supposed to signal": the computed share is 40%, and the
        // sentence that states it is the one the clause points at, not the one that merely says "signal"
        MetricResult share = new MetricResult("capex_share", "OpenAI investment as a share of 2026 capex",
                new BigDecimal("0.4"), Unit.RATIO, "base", List.of(), "50 / 125", null);
        String q = "what's that supposed to signal";
        GroundedAnswer a = grounding.answer(q, grounding.retrieve(q + " share of 2026 capex"), List.of(share), AnswerListener.NONE);
        assertTrue(a.text().startsWith("A $50 billion investment would consume a massive 40% of that annual spending plan"), a.text());
    }

    /**
     * Embeddings that put every question at the same distance from every source sentence (cosine 0.30: close, but not
     * close enough to answer on meaning alone), so that what decides a hedge is the other evidence.
     */
    /**
     * Every source text at cosine 0.30 from every question; two different source texts (a question's focus and a
     * sentence's subject) nearly unrelated (0.09), each with an axis of its own chosen by its hash.
     */
    private static final SentenceEmbeddings EQUIDISTANT = new SentenceEmbeddings() {
        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(t -> {
                float[] v = new float[64];
                v[0] = 0.30f;
                v[1 + Math.floorMod(t.hashCode(), 63)] = (float) Math.sqrt(1 - 0.09);
                return v;
            }).toList();
        }

        @Override
        public List<float[]> embedQueries(List<String> questions) {
            return questions.stream().map(q -> {
                float[] v = new float[64];
                v[0] = 1f;
                return v;
            }).toList();
        }
    };

    private static Draft writeWithMeaning(String question, List<MetricResult> numbers, ScoredPassage... passages) {
        return new ExtractiveWriter(EQUIDISTANT, null, org.thesisbot.core.lexicon.TestLexicons.real())
                .write(new WriteRequest(question, List.of(passages), numbers), AnswerListener.NONE);
    }

    @Test
    void a_close_sentence_of_the_kind_asked_for_answers_without_a_hedge() {
        String q = "when's the ferry business happening?";
        assertAll(
                // a time question; the sentence has two of a time's words ("end", "quarter")
                () -> assertEquals("The ferry contract should be signed by the end of the third quarter [1].", writeWithMeaning(q, List.of(),
                        passage(1, "Harbour officials met twice. The ferry contract should be signed by the end of the third quarter.", 0.8)).text()),
                // one time word only ("soon"): close, but not the kind of answer asked for, so the answer says so
                () -> assertEquals("The sources don't say \u201Cwhen's the ferry business happening\u201D directly; the closest they come:\n"
                        + "The ferry contract should be signed soon [1].", writeWithMeaning(q, List.of(),
                        passage(1, "Harbour officials met twice. The ferry contract should be signed soon.", 0.8)).text()));
    }

    @Test
    void a_sentence_stating_the_figure_a_clause_points_at_answers_it_without_a_hedge() {
        MetricResult share = new MetricResult("capex_share", "share of the yearly budget", new BigDecimal("0.25"), Unit.RATIO, "base",
                List.of(), "10 / 40", null);
        ScoredPassage budget = passage(1, "The board met in May. The ferry order would take a full 25% of the yearly budget.", 0.8);
        assertAll(
                () -> assertEquals("The ferry order would take a full 25% of the yearly budget [1].",
                        writeWithMeaning("so why does that matter", List.of(share), budget).text()),
                // a computed 30% is not the figure the sentence states (the filler "so" is left out of the quoted question)
                () -> assertEquals("The sources don't say \u201Cwhy does that matter\u201D directly; the closest they come:\n"
                        + "The ferry order would take a full 25% of the yearly budget [1].", writeWithMeaning("so why does that matter",
                        List.of(new MetricResult("capex_share", "share of the yearly budget", new BigDecimal("0.30"), Unit.RATIO, "base",
                                List.of(), "12 / 40", null)), budget).text()));
    }

    @Test
    void a_deal_that_falls_through_or_is_not_got_done_is_read_as_its_failure_and_keeps_its_subject() {
        Thesaurus words = new Thesaurus(org.thesisbot.core.lexicon.TestLexicons.real().retrieval());
        org.thesisbot.core.scenario.Shorthand shorthand = new org.thesisbot.core.scenario.Shorthand(
                org.thesisbot.core.lexicon.TestLexicons.real().shorthand());
        assertAll(
                () -> assertEquals("what if the merger falls through", shorthand.expand("what if the merger falls thru")),
                () -> assertEquals("what if the merger failure breakdown", words.idioms("what if the merger falls through")),
                () -> assertEquals("suppose the ferry talks failure breakdown", words.idioms("suppose the ferry talks fell apart")),
                () -> assertEquals("if they can't the merger finalize close by june", words.idioms("if they can't get the merger done by june")),
                () -> assertEquals("if they can't the merger finalize close", words.idioms("if they can't get the merger over the line")),
                () -> assertEquals("what if it finalize close", words.idioms("what if it gets done")),
                // "got it done" three words apart is left alone: the words between are the question's own
                () -> assertEquals("if they got all of the paperwork done", words.idioms("if they got all of the paperwork done")));
    }

    @Test
    void when_asks_a_time_only_where_it_opens_a_question_not_where_it_joins_a_clause() {
        assertAll(
                () -> assertTrue(QuestionForm.of("when does the ferry line open?").is(QuestionForm.Kind.TIME)),
                () -> assertTrue(QuestionForm.of("so when's the ferry line opening").is(QuestionForm.Kind.TIME)),
                () -> assertTrue(QuestionForm.of("is the ferry line open yet? if not, when's it due").is(QuestionForm.Kind.TIME)),
                () -> assertTrue(QuestionForm.of("what's the ferry plan and when does it start").is(QuestionForm.Kind.TIME)),
                () -> assertTrue(QuestionForm.of("any idea when the ferry line opens").is(QuestionForm.Kind.TIME)),
                () -> assertTrue(QuestionForm.of("the ferry line opens when?").is(QuestionForm.Kind.TIME)),
                () -> assertFalse(QuestionForm.of("how did the port's shares move when the ferry news broke").is(QuestionForm.Kind.TIME)),
                () -> assertFalse(QuestionForm.of("what happens to fares when the ferry line opens").is(QuestionForm.Kind.TIME)));
    }

    @Test
    void naming_the_thesis_or_the_big_picture_asks_for_a_summary_only_when_nothing_more_particular_is_asked() {
        assertAll(
                () -> assertTrue(SummaryRequest.asks("tl;dr of the thesis?")),
                () -> assertTrue(SummaryRequest.asks("what's the thesis here")),
                () -> assertTrue(SummaryRequest.asks("can you summarise the ferry note")),
                () -> assertTrue(SummaryRequest.asks("big picture?")),
                () -> assertFalse(SummaryRequest.asks("what's the next catalyst for the thesis?")),
                () -> assertFalse(SummaryRequest.asks("by when must the ferry line open for the thesis to hold")),
                () -> assertFalse(SummaryRequest.asks("big picture, what could blow up for the port here")),
                () -> assertFalse(SummaryRequest.asks("what happens to the thesis if the ferry line never opens")),
                () -> assertFalse(SummaryRequest.asks("when does the ferry line open?")));
    }

    @Test
    void a_computed_figure_counts_only_where_a_sentence_states_it() {
        List<Figures.Figure> computed = SentenceChooser.computedFigures(List.of(
                new MetricResult("capex_share", "share of capex", new BigDecimal("0.4"), Unit.RATIO, "base", List.of(), "", null),
                new MetricResult("gain", "gain", new BigDecimal("50.2"), Unit.USD_BILLIONS, "base", List.of(), "", null),
                new MetricResult("moic", "moic", new BigDecimal("2"), Unit.MULTIPLE, "base", List.of(), "", null)));
        assertAll(
                () -> assertEquals(1, SentenceChooser.statesFigure("It would consume a massive 40% of that plan.", computed)),
                () -> assertEquals(1, SentenceChooser.statesFigure("The potential $50 billion investment.", computed)),
                () -> assertEquals(0, SentenceChooser.statesFigure("It is 41% of the plan and 2 times the outlay.", computed)),
                () -> assertEquals(0, SentenceChooser.statesFigure("Between 2025 and 2029.", computed)),
                () -> assertEquals(0, SentenceChooser.statesFigure("It would consume 40% of that plan.", List.of())));
    }

    @Test
    void a_trailing_scene_is_not_part_of_a_yes_no_questions_predicate() {
        QuestionForm q = QuestionForm.of("is that actually a big deal for them, given that 50b is what % of amazon's capex");
        assertAll(
                () -> assertTrue(q.yesNo()),
                () -> assertTrue(q.predicate().contains(Terms.stem("deal")), q.predicate().toString()),
                () -> assertFalse(q.predicate().contains(Terms.stem("capex")), q.predicate().toString()));
    }

    @Test
    void a_question_about_failure_is_a_question_about_risk() {
        assertAll(
                // the choice itself, with embeddings: NarrativeChoiceTest
                () -> assertTrue(QuestionForm.of("if it doesnt get done what does that tell us").is(QuestionForm.Kind.RISK)),
                () -> assertTrue(QuestionForm.of("what if the term sheet falls apart").is(QuestionForm.Kind.RISK)),
                () -> assertFalse(QuestionForm.of("what if aws wins the whole workload").is(QuestionForm.Kind.RISK)),
                () -> assertFalse(QuestionForm.of("what if they want a bigger stake").is(QuestionForm.Kind.RISK)));
    }

    @Test
    void a_question_about_what_follows_if_it_never_happens_asks_for_a_failure_and_its_own_words_count_only_on_their_own() {
        QuestionForm never = QuestionForm.of("suppose they never sign the term sheet, what then?");
        assertAll(
                () -> assertTrue(never.is(QuestionForm.Kind.FAILURE)),
                // the failure words are weighed as evidence of their own (Weights.kinds), not among every kind's cues
                () -> assertTrue(QuestionForm.Kind.FAILURE.cues().contains(Terms.stem("stagnant"))),
                () -> assertFalse(never.cues().contains(Terms.stem("stagnant")), never.cues().toString()),
                () -> assertFalse(QuestionForm.of("what if aws wins the whole workload").is(QuestionForm.Kind.FAILURE)),
                () -> assertFalse(QuestionForm.of("when will they sign the term sheet?").is(QuestionForm.Kind.FAILURE)));
    }

    @Test
    void an_awkward_or_conflicted_position_is_a_question_about_risk() {
        assertAll(
                () -> assertTrue(QuestionForm.of("why is that awkward with the openai deal").is(QuestionForm.Kind.RISK)),
                () -> assertTrue(QuestionForm.of("isn't backing both a conflict of interest?").is(QuestionForm.Kind.RISK)),
                () -> assertFalse(QuestionForm.of("why is amazon doing this deal?").is(QuestionForm.Kind.RISK)));
    }

    @Test
    void a_question_about_where_things_stand_favours_sentences_about_now() {
        // with embeddings the "For now" sentence leads (NarrativeChoiceTest); here, the form that favours it
        QuestionForm form = QuestionForm.of("has anthropic said anything publicly about this yet?");
        assertAll(
                () -> assertTrue(form.is(QuestionForm.Kind.STATUS)),
                () -> assertTrue(form.cues().contains(Terms.stem("now")), form.cues().toString()),
                () -> assertFalse(QuestionForm.of("why is amazon doing this deal?").is(QuestionForm.Kind.STATUS)));
    }

    @Test
    void a_clause_that_only_sets_the_scene_is_not_what_is_asked() {
        assertAll(
                () -> assertEquals("what's the main money number people should be watching?",
                        QuestionForm.foreground("once it's signed, what's the main money number people should be watching?")),
                () -> assertEquals("ok but why is amazon even doing this",
                        QuestionForm.foreground("ok but why is amazon even doing this when it already backs anthropic")),
                () -> assertEquals("why would amazon invest even more?", QuestionForm.foreground("why would amazon invest even more?")),
                () -> assertEquals("when does the deal close?", QuestionForm.foreground("when does the deal close?")));
        String text = ask("once the term sheet is signed, what should investors watch?").text();
        assertTrue(text.startsWith("The primary financial indicator to monitor is AWS's reported growth"), text);
    }

    private static String first(String q) {
        String text = ask(q).text();
        int end = text.indexOf(" [");
        return end < 0 ? text : text.substring(0, end);
    }

    @Test
    void a_problem_is_read_as_a_risk_and_risky_as_a_risk_or_downside() {
        // config/lexicon.yaml's thesaurus: "problem" may stand for "risk", "tension" or "friction"; "risky" for "risk"
        // or "downside"
        Draft problem = write("What is the problem?",
                passage(1, "The ferries were repainted in May. A shortage of pilots is the main risk.", 0.8));
        Draft risky = write("What is risky?",
                passage(1, "The timetable changed in June. The downside is a shortage of pilots.", 0.8));
        assertAll(
                () -> assertEquals("A shortage of pilots is the main risk [1].", problem.text()),
                () -> assertEquals("The downside is a shortage of pilots [1].", risky.text()));
    }

    @Test
    void a_wh_question_names_the_thing_it_asks_for() {
        assertAll(
                () -> assertEquals("main risk", QuestionForm.of("what's the main risk the report flags?").focus()),
                () -> assertEquals("kpi", QuestionForm.of("which kpi should go on the dashboard").focus()),
                () -> assertEquals("reaction", QuestionForm.of("besides the port, whose reaction should we watch?").focus()),
                () -> assertEquals("move", QuestionForm.of("what kind of move would be the real warning sign").focus()),
                () -> assertEquals("ferry terminal", QuestionForm.of("what's the ferry terminal actually for").focus()),
                () -> assertEquals("", QuestionForm.of("what does the city get out of it").focus()),
                () -> assertEquals("", QuestionForm.of("what happens if the permit is refused").focus()),
                () -> assertEquals("", QuestionForm.of("what's pushing the fares up").focus()),
                () -> assertEquals("", QuestionForm.of("what's that supposed to signal").focus()),
                () -> assertEquals("", QuestionForm.of("is the main risk the permit?").focus()),
                () -> assertEquals("reason", QuestionForm.of("why is the port doing this").focus()),
                () -> assertEquals("real reason", QuestionForm.of("why the ferry, what's the real reason").focus()));
    }

    @Test
    void a_question_asking_for_a_party_is_told_apart() {
        assertAll(
                () -> assertTrue(QuestionForm.of("who else is bidding for the route?").who()),
                () -> assertTrue(QuestionForm.of("whose reaction should we watch").who()),
                () -> assertTrue(QuestionForm.of("which other companies are circling the port").who()),
                () -> assertTrue(QuestionForm.of("any other big names in the running?").who()),
                () -> assertTrue(QuestionForm.of("who else is bidding for the route?").others()),
                () -> assertTrue(QuestionForm.of("besides the port, whose reaction should we watch").others()),
                () -> assertFalse(QuestionForm.of("who is advising the port, any banks named?").others()),
                () -> assertFalse(QuestionForm.of("what's the whole point of the route").who()),
                () -> assertFalse(QuestionForm.of("why is the port doing this").who()));
    }

    @Test
    void a_sentence_that_says_what_its_subject_is_names_that_subject() {
        assertAll(
                () -> assertEquals("strategic risk", SentenceChooser.subject("Yet the strategic risk is a costly divergence.")),
                () -> assertEquals("upside", SentenceChooser.subject("The upside is clear: the port doubles its traffic.")),
                () -> assertEquals("primary indicator to monitor", SentenceChooser.subject("The primary indicator to monitor is ferry traffic.")),
                () -> assertEquals("silence from the council", SentenceChooser.subject("For now, the silence from the council is notable.")),
                () -> assertEquals("", SentenceChooser.subject("The deal, expected to close in May, will test the port.")),
                () -> assertEquals("", SentenceChooser.subject("This is a direct strategic pivot.")),
                () -> assertEquals("", SentenceChooser.subject("Ferries from Leith would take the traffic.")));
    }

    @Test
    void whether_or_not_is_no_failed_condition_and_inflected_cues_still_say_what_is_asked() {
        assertAll(
                () -> assertFalse(QuestionForm.of("what should we track to tell if the route is working or not").is(QuestionForm.Kind.FAILURE)),
                () -> assertTrue(QuestionForm.of("what should we track to tell if the route is working or not").is(QuestionForm.Kind.EVIDENCE)),
                () -> assertTrue(QuestionForm.of("what if the route never opens").is(QuestionForm.Kind.FAILURE)),
                () -> assertTrue(QuestionForm.of("which number are we watching after launch").is(QuestionForm.Kind.EVIDENCE)),
                () -> assertTrue(QuestionForm.of("why is running both routes risky").is(QuestionForm.Kind.RISK)),
                () -> assertTrue(QuestionForm.of("whens the ferry line due").is(QuestionForm.Kind.TIME)));
    }

    @Test
    void a_party_the_question_does_not_name_counts_by_how_rare_it_is_in_the_sources_and_a_principal_not_at_all() {
        ScoredPassage talks = passage(1, "The port of Dunmore is in talks to run the new ferry route. Ferries from Leith, which is "
                + "also in talks with the council, could bid for the route as well.", 0.9);
        ScoredPassage opening = passage(2, "Dunmore expects the route to open in May.", 0.5);
        ScoredPassage fares = passage(3, "Fares from Dunmore will be set by the council.", 0.4);
        SourceVocabulary words = SourceVocabulary.of(List.of(talks.passage(), opening.passage(), fares.passage()));
        SentenceChooser chooser = new SentenceChooser(null, new Thesaurus(org.thesisbot.core.lexicon.TestLexicons.real().retrieval()),
                Anticipations.none(), words);
        List<SentenceChooser.Candidate> cs = chooser.rank(new WriteRequest("who else is in talks about the route besides Dunmore?",
                List.of(talks, opening, fares), List.of())).bestFirst();
        List<SentenceChooser.Candidate> any = chooser.rank(new WriteRequest("who is in talks about the route?",
                List.of(talks, opening, fares), List.of())).bestFirst();
        // Leith is in one passage of three: log(1 + 3/1.5) / log(1 + 3/0.5) = 0.56; Dunmore is named by the first question,
        // and in every passage (log(1 + 3/3.5) / log(7) = 0.32, below 0.5: the story's principal, no other party)
        assertAll(
                () -> assertEquals(Math.log(3) / Math.log(7), party(cs, "Ferries from Leith"), 1e-9),
                () -> assertEquals(0.0, party(cs, "The port of Dunmore")),
                () -> assertEquals(0.0, party(cs, "Fares from Dunmore")),
                () -> assertEquals(Math.log(3) / Math.log(7), party(any, "Ferries from Leith"), 1e-9),
                () -> assertEquals(0.0, party(any, "The port of Dunmore")));
    }

    @Test
    void a_capitalised_word_that_only_says_what_kind_of_answer_is_wanted_is_no_unknown_name() {
        ScoredPassage traffic = passage(1, "The main indicator to watch is weekly ferry traffic out of Dunmore.", 0.9);
        ExtractiveWriter writer = new ExtractiveWriter(null, SourceVocabulary.of(List.of(traffic.passage())),
                org.thesisbot.core.lexicon.TestLexicons.real());
        assertAll(
                () -> assertEquals(List.of(), writer.unknownNames("which KPIs tell us the ferry route works?")),
                () -> assertEquals(List.of("Brightline"), writer.unknownNames("which KPIs does Brightline report for the route?")));
    }

    @Test
    void a_when_that_opens_a_question_of_its_own_asks_a_time_wherever_it_stands() {
        assertAll(
                () -> assertTrue(QuestionForm.of("tl;dr when does the ferry line open").is(QuestionForm.Kind.TIME)),
                () -> assertTrue(QuestionForm.of("my boss is asking when the route opens, cheers").is(QuestionForm.Kind.TIME)),
                () -> assertFalse(QuestionForm.of("how did fares move when the route opened").is(QuestionForm.Kind.TIME)));
    }

    @Test
    void anyone_besides_a_party_asks_for_other_parties() {
        assertAll(
                () -> assertTrue(QuestionForm.of("is anyone besides the port also bidding for the route?").others()),
                () -> assertTrue(QuestionForm.of("apart from Dunmore, is any other investor in talks about the route?").others()),
                () -> assertFalse(QuestionForm.of("is anyone worried about the fares?").who()));
        ScoredPassage talks = passage(1, "The port of Dunmore is in talks to run the new ferry route. Ferries from Leith, which is "
                + "also in talks with the council, could bid for the route as well.", 0.9);
        ScoredPassage opening = passage(2, "Dunmore expects the route to open in May.", 0.5);
        ScoredPassage fares = passage(3, "Fares from Dunmore will be set by the council.", 0.4);
        SentenceChooser chooser = new SentenceChooser(null, new Thesaurus(org.thesisbot.core.lexicon.TestLexicons.real().retrieval()),
                Anticipations.none(), SourceVocabulary.of(List.of(talks.passage(), opening.passage(), fares.passage())));
        List<SentenceChooser.Candidate> cs = chooser.rank(new WriteRequest("is anyone besides Dunmore in talks about the route?",
                List.of(talks, opening, fares), List.of())).bestFirst();
        // a party the question does not name counts (by its rarity in the sources), as for "who else …"
        assertEquals(Math.log(3) / Math.log(7), party(cs, "Ferries from Leith"), 1e-9);
    }

    @Test
    void a_risk_the_sentence_says_is_removed_does_not_answer_a_question_about_a_risk_posed() {
        ScoredPassage p = passage(1, "The harbour board deal counters this risk. "
                + "Running both routes strains relations with the harbour board.", 0.9);
        assertAll(
                () -> assertTrue(write("does the second route put the harbour board at risk?", p).text()
                        .startsWith("Running both routes strains relations with the harbour board [1]."),
                        write("does the second route put the harbour board at risk?", p).text()),
                // asked which risk it removes, the sentence that says so answers
                () -> assertTrue(write("what risk does the harbour board deal head off?", p).text()
                        .startsWith("The harbour board deal counters this risk [1]."),
                        write("what risk does the harbour board deal head off?", p).text()));
    }

    @Test
    void a_sentence_saying_what_the_question_asks_for_leads_one_scored_about_as_well_that_does_not() {
        // "number" asks for a measure: "The main indicator to watch is …" names one; the sentence about bookings, scored the
        // same, does not
        ScoredPassage p = passage(1, "Watch for a jump in bookings on the new ferry route. "
                + "The main indicator to watch is weekly traffic on the new ferry route.", 0.9);
        Draft d = write("what's the key number to watch on the new ferry route?", p);
        assertTrue(d.text().startsWith("The main indicator to watch is weekly traffic on the new ferry route [1]."), d.text());
    }

    @Test
    void a_plural_noun_of_a_kind_and_an_aside_after_the_wh_word_still_name_what_is_asked() {
        assertAll(
                () -> assertEquals("numbers", QuestionForm.of("what numbers should we watch after the launch").focus()),
                () -> assertEquals("key number", QuestionForm.of("what, in the council's view, is the key number to watch?").focus()),
                () -> assertEquals("", QuestionForm.of("what happens after the launch").focus()));
    }

    @Test
    void the_examples_a_question_lists_after_a_dash_or_a_colon_are_what_it_asks_about() {
        ScoredPassage lease = passage(1, "The port signed a ten-year lease for the ferry terminal. The lease terms are due in May.", 0.9);
        ExtractiveWriter writer = new ExtractiveWriter(null, SourceVocabulary.of(List.of(lease.passage())),
                org.thesisbot.core.lexicon.TestLexicons.real());
        assertAll(
                () -> assertEquals(List.of("break clause", "service charge"),
                        QuestionForm.listed("what are the actual lease terms - break clause, service charge, anything?")),
                () -> assertEquals(List.of("mooring permits", "berth licences"), QuestionForm.listed(
                        "The board asked which permits the port holds: 1) mooring permits, 2) berth licences. What does the report say?")),
                () -> assertEquals(List.of(), QuestionForm.listed("what's the main risk - in one line?")),
                () -> assertEquals(List.of("break clause", "service charge"),
                        writer.absentFocus("what are the actual lease terms - break clause, service charge, anything?")),
                () -> assertEquals(List.of("mooring permits", "berth licences"), writer.absentFocus(
                        "The board asked which permits the port holds: 1) mooring permits, 2) berth licences. What does the report say?")),
                () -> assertEquals(List.of(), writer.absentFocus("what does the lease say - terms, dates?")));
    }

    @Test
    void a_sentence_naming_a_reason_does_not_displace_a_better_scored_one_for_a_question_asking_for_the_logic() {
        // reasons are given in many ways besides naming one: "the entire purpose is …" is weighed by its score alone
        ScoredPassage p = passage(1, "The new ferry route ties the two harbours into one network. "
                + "The new ferry route's entire purpose is to fill the ferries in winter.", 0.9);
        Draft d = write("what's the logic of the new ferry route?", p);
        assertTrue(d.text().startsWith("The new ferry route ties the two harbours into one network [1]."), d.text());
    }

    private static double party(List<SentenceChooser.Candidate> cs, String start) {
        return cs.stream().filter(c -> c.sentence().startsWith(start)).findFirst().orElseThrow().evidence().party();
    }
}
