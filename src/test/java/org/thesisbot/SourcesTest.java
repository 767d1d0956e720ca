package org.thesisbot;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.Provenance;

/**
 * The real brain over three documents of three formats and dates: the seed article (AInvest, 2026-02-10,
 * Markdown), an earnings-call transcript (2026-02-05, PDF) and a later news item that changes the investment
 * to $40B and dates the term sheet (Northbridge Wire, 2026-03-02, HTML).
 */
class SourcesTest {
    @TempDir
    static Path home;
    private static Thesisbot bot;

    @BeforeAll
    static void build() {
        TestHomes.create(home);
        TestHomes.add(home, "documents/amazon-openai-term-sheet.html");
        TestHomes.add(home, "documents/amazon-q4-2025-call.pdf");
        bot = TestHomes.bot(home);
    }

    private static Answer ask(String q) {
        return bot.assistant().ask(Question.of(q));
    }

    @Test
    void retrieval_spans_the_documents_and_every_citation_names_document_publisher_and_date() {
        Answer call = ask("What did Amazon say about AWS capacity and power on the earnings call?");
        Answer why = ask("Why would Amazon invest in OpenAI when it already backs Anthropic?");
        assertAll(
                () -> assertEquals(Route.NARRATIVE, call.route(), call.text()),
                () -> assertTrue(call.citations().stream().anyMatch(c -> c.document().equals("amazon-q4-2025-call")
                        && c.publisher().equals("Example Transcripts") && c.published().equals(LocalDate.of(2026, 2, 5))),
                        call.citations().toString()),
                () -> assertTrue(why.citations().stream().anyMatch(c -> c.document().equals("amazon-openai-50b-bet")),
                        why.citations().toString()),
                () -> assertTrue(why.citations().stream().allMatch(c -> c.publisher() != null && c.published() != null
                        && c.url().startsWith("https://")), why.citations().toString()),
                () -> assertTrue(call.citations().get(0).source().contains("(Example Transcripts, 2026-02-05), paragraph "),
                        call.citations().get(0).source()));
    }

    @Test
    void when_sources_disagree_the_answer_says_so_newer_source_first() {
        Answer a = ask("How much has Amazon agreed to invest in OpenAI?");
        assertTrue(a.text().contains("_Sources disagree:_ As of 2026-03-02 (Northbridge Wire): $40B ["), a.text());
        assertTrue(a.text().contains("earlier (AInvest, 2026-02-10): $50B"), a.text());
        int newer = a.text().indexOf("As of 2026-03-02");
        int older = a.text().indexOf("earlier (AInvest");
        assertTrue(newer < older, a.text());
        assertTrue(a.citations().stream().anyMatch(c -> c.document().equals("amazon-openai-term-sheet")), a.citations().toString());
        assertTrue(a.citations().stream().anyMatch(c -> c.document().equals("amazon-openai-50b-bet")), a.citations().toString());
    }

    @Test
    void an_input_that_a_newer_source_contradicts_is_flagged_at_start_in_the_list_and_in_every_answer_using_it() {
        Provenance investment = bot.model().require("investment").provenance();
        Provenance valuation = bot.model().require("post_money_valuation").provenance();
        Answer stake = ask("What stake would $50B buy at $830B?");
        Answer list = bot.assistant().command("list", null);
        assertAll(
                () -> assertEquals("a newer source states a different value: As of 2026-03-02 (Northbridge Wire): $40B; "
                        + "earlier (AInvest, 2026-02-10): $50B", investment.flag()),
                () -> assertTrue(valuation.flag().contains("As of 2026-03-02 (Northbridge Wire): $800B; earlier (AInvest, "
                        + "2026-02-10): $830B"), valuation.flag()),
                () -> assertEquals(null, bot.model().require("round_size").provenance().flag(), "the round is unchanged: $100B"),
                () -> assertEquals(null, bot.model().require("capex_2026").provenance().flag(), "the call restates $125B"),
                () -> assertEquals(null, bot.model().require("anthropic_investment").provenance().flag()),
                () -> assertTrue(stake.text().contains("flagged: a newer source states a different value: As of 2026-03-02 "
                        + "(Northbridge Wire): $40B"), stake.text()),
                () -> assertTrue(stake.results().get(0).value().signum() > 0, "a flagged input still serves"),
                () -> assertTrue(list.text().contains("flagged: a newer source states a different value"), list.text()),
                () -> assertTrue(bot.readinessDetail().contains("flagged inputs: investment, post_money_valuation"),
                        bot.readinessDetail()));
    }

    @Test
    void whats_new_compares_the_newest_document_with_the_earlier_ones() {
        Answer a = ask("What's new since the last source?");
        Answer b = ask("what changed?");
        assertAll(
                () -> assertEquals(Route.NARRATIVE, a.route()),
                () -> assertTrue(a.text().startsWith("*What's new in \"Amazon trims OpenAI commitment to $40 billion as term "
                        + "sheet is signed\" (Northbridge Wire, 2026-03-02)*, compared with the 2 earlier sources"), a.text()),
                () -> assertTrue(a.text().contains("*Changed:* As of 2026-03-02 (Northbridge Wire): $40B ["), a.text()),
                () -> assertTrue(a.text().contains("earlier (AInvest, 2026-02-10): $50B ["), a.text()),
                () -> assertTrue(a.text().contains("$800B"), a.text()),
                () -> assertTrue(a.text().contains("*New:* The two companies signed a term sheet on February 27, 2026"), a.text()),
                () -> assertFalse(a.text().contains("OpenAI's funding round remains at up to $100 billion")
                        && !a.text().contains("SoftBank"), "nothing the earlier sources already say"),
                () -> assertTrue(a.citations().stream().allMatch(c -> c.published() != null)),
                () -> assertEquals(a.text(), b.text()));
    }

    @Test
    void sources_lists_documents_dates_and_passage_counts_newest_first() {
        String s = bot.assistant().command("sources", null).text();
        int news = s.indexOf("Northbridge Wire, 2026-03-02");
        int seed = s.indexOf("AInvest, 2026-02-10");
        int call = s.indexOf("Example Transcripts, 2026-02-05");
        assertAll(
                () -> assertTrue(s.startsWith("*Sources* (3 documents, "), s),
                () -> assertTrue(news > 0 && seed > news && call > seed, s),
                () -> assertTrue(s.contains(" passages — `amazon-q4-2025-call.pdf` — https://transcripts.example.com/amazon/q4-2025"), s),
                () -> assertTrue(s.contains("*Flagged inputs*"), s),
                () -> assertTrue(bot.assistant().isInstant("sources")));
    }

    @Test
    void citations_render_with_their_dates_in_the_cli_text() {
        Citation c = ask("What is the Indiana campus for?").citations().get(0);
        assertEquals("Amazon's potential $50 billion bet on OpenAI (AInvest, 2026-02-10), paragraph " + c.paragraph(), c.source());
    }
}
