package org.thesisbot.core.grounding;

import org.thesisbot.core.lexicon.TestLexicons;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Telemetry;

/** Extractive answers on the real article, through the real retriever, guard and grounding. */
class ExtractiveWriterTest {
    private static final Pattern CITED_SENTENCE = Pattern.compile("(.+?) \\[(\\d+)]([.!?]?)(?: |$)");
    private static SourceLibrary library;
    private static Grounding grounding;

    @BeforeAll
    static void setUp() {
        library = GroundingFixtures.article();
        ExtractiveWriter extractive = new ExtractiveWriter(TestLexicons.real());
        grounding = new Grounding(new LexicalRetriever(library.passages(), TestLexicons.real()), extractive, extractive, new GroundingGuard(),
                4, GroundingFixtures.minRelevance(), library.coverage(), Telemetry.NOOP);
    }

    static Stream<GroundingFixtures.NarrativeQuestion> narrative() {
        return GroundingFixtures.narrativeQuestions().stream();
    }

    private static GroundedAnswer ask(String q) {
        return grounding.answer(q, grounding.retrieve(q), List.of(), AnswerListener.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrative")
    void every_sentence_is_quoted_word_for_word_from_the_passage_it_cites(GroundingFixtures.NarrativeQuestion q) {
        GroundedAnswer a = ask(q.question());
        assertTrue(a.covered(), a.text());
        assertEquals("extractive", a.answerer());
        assertEquals(List.of(ExtractiveWriter.LABEL), a.notes());
        Matcher m = CITED_SENTENCE.matcher(a.text());
        int sentences = 0;
        int end = 0;
        while (m.find()) {
            assertEquals(end, m.start(), "nothing uncited between sentences: " + a.text());
            end = m.end();
            sentences++;
            String sentence = m.group(1) + m.group(3);
            Citation c = a.citations().get(Integer.parseInt(m.group(2)) - 1);
            String paragraph = library.document(c.document()).orElseThrow().paragraphs().get(c.paragraph() - 1);
            assertTrue(paragraph.contains(sentence), "'" + sentence + "' not in paragraph " + c.paragraph());
        }
        assertEquals(a.text().length(), end, "the whole answer is cited sentences: " + a.text());
        assertTrue(sentences >= 1 && sentences <= 3, a.text());
        assertTrue(a.text().split("\\s+").length <= 110 + 80, "short answer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrative")
    void citations_are_numbered_from_1_in_order_and_quote_their_paragraph(GroundingFixtures.NarrativeQuestion q) {
        GroundedAnswer a = ask(q.question());
        for (int i = 0; i < a.citations().size(); i++) {
            Citation c = a.citations().get(i);
            String paragraph = library.document(c.document()).orElseThrow().paragraphs().get(c.paragraph() - 1);
            String quote = c.quote().endsWith("…") ? c.quote().substring(0, c.quote().length() - 1) : c.quote();
            assertAll(
                    () -> assertEquals(a.citations().indexOf(c) + 1, c.n()),
                    () -> assertTrue(a.text().contains("[" + c.n() + "]")),
                    () -> assertTrue(paragraph.contains(quote), quote));
        }
    }

    @Test
    void answers_the_anthropic_investment_question_with_the_8_billion_figure() {
        GroundedAnswer a = ask("How much has Amazon invested in Anthropic?");
        assertTrue(a.text().contains("$8 billion investment"), a.text());
    }

    @Test
    void answers_what_to_watch_with_the_indicators_to_monitor() {
        GroundedAnswer a = ask("What should investors watch after the deal?");
        assertTrue(a.text().startsWith("The primary financial indicator to monitor is AWS's reported growth in AI-related "
                + "revenue and compute utilization rates [1]."), a.text());
    }

    @Test
    void answers_the_closing_question_with_the_first_quarter() {
        GroundedAnswer a = ask("When is the deal expected to close?");
        assertTrue(a.text().contains("expected to close by the end of the first quarter"), a.text());
    }

    @Test
    void does_not_repeat_the_same_sentence_from_different_paragraphs() {
        GroundedAnswer a = ask("How much does OpenAI plan to spend on compute?");
        int first = a.text().indexOf("$115 billion");
        assertTrue(first >= 0, a.text());
        assertEquals(-1, a.text().indexOf("$115 billion", first + 1), a.text());
    }

    @Test
    void is_deterministic() {
        String q = "Why would Amazon fund Anthropic's rival?";
        assertEquals(ask(q), ask(q));
    }

    @Test
    void writes_nothing_without_passages() {
        Draft d = new ExtractiveWriter(TestLexicons.real()).write(new WriteRequest("anything", List.of(), List.of()), AnswerListener.NONE);
        assertEquals("", d.text());
    }
}
