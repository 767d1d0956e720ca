package org.thesisbot.core.grounding;

import org.thesisbot.sources.Corpus;
import org.thesisbot.sources.TestCorpus;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thesisbot.core.scenario.QuoteLocator.Location;

class SourceLibraryTest {
    private static final String ID = "amazon-openai-50b-bet";
    private static SourceLibrary library;
    private static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void load() {
        Corpus corpus = TestCorpus.corpus(Path.of("documents"));
        corpus.problems().forEach(pr -> warnings.add(pr.file() + ": " + pr.message()));
        library = SourceLibrary.of(corpus.documents());
    }

    private static SourceDocument article() {
        return library.document(ID).orElseThrow();
    }

    @Test
    void loads_the_seed_article_with_its_front_matter() {
        SourceDocument d = article();
        assertAll(
                () -> assertEquals(List.of(), warnings),
                () -> assertEquals("Amazon's potential $50 billion bet on OpenAI", d.title()),
                () -> assertEquals("AInvest", d.publisher()),
                () -> assertEquals(java.time.LocalDate.of(2026, 2, 10), d.published()),
                () -> assertEquals("https://www.ainvest.com/news/amazon-50-billion-bet-securing-ai-compute-curve-2601", d.url()),
                () -> assertEquals("md", d.format()),
                () -> assertEquals("AInvest, 2026-02-10", d.byline()));
    }

    @Test
    void strips_page_chrome_and_numbers_the_thirteen_article_paragraphs() {
        List<String> ps = article().paragraphs();
        assertEquals(13, ps.size());
        assertTrue(ps.get(0).startsWith("Amazon is making a high-stakes, first-principles bet"));
        assertTrue(ps.get(12).startsWith("The most critical strategic signal will come from Amazon's other major AI partner"));
        for (String p : ps) {
            assertAll(p,
                    () -> assertFalse(p.contains("Newsletter")),
                    () -> assertFalse(p.contains("crypto headlines")),
                    () -> assertFalse(p.contains("Comments")),
                    () -> assertFalse(p.contains("No comments yet")),
                    () -> assertFalse(p.contains("AI Writing Agent")),
                    () -> assertFalse(p.contains("Eli Grant")),
                    () -> assertFalse(p.contains("AMZN")),
                    () -> assertFalse(p.contains("--")));
        }
    }

    @Test
    void removes_ticker_artefacts_glued_to_company_names() {
        assertTrue(article().paragraphs().get(1).contains("On one side, Amazon has already committed deeply to Anthropic"));
    }

    @Test
    void passages_never_cross_a_paragraph_boundary_and_cover_every_paragraph_in_order() {
        SourceDocument d = article();
        for (int p = 1; p <= d.paragraphs().size(); p++) {
            int paragraph = p;
            List<Passage> parts = library.passages().stream().filter(x -> x.paragraph() == paragraph).toList();
            assertFalse(parts.isEmpty());
            String joined = String.join(" ", parts.stream().map(Passage::text).toList());
            assertEquals(d.paragraphs().get(p - 1), joined, "paragraph " + p);
            for (int i = 0; i < parts.size(); i++) {
                Passage x = parts.get(i);
                assertEquals(i + 1, x.ordinal());
                assertEquals(ID + "#p" + paragraph + "." + (i + 1), x.id());
                assertEquals(d.title(), x.title());
                assertTrue(x.text().split("\\s+").length <= 80, "passage " + x.id() + " is a few sentences");
            }
        }
    }

    @Test
    void long_paragraphs_split_into_several_passages_of_whole_sentences() {
        List<Passage> p7 = library.passages().stream().filter(x -> x.paragraph() == 7).toList();
        assertTrue(p7.size() >= 2);
        for (Passage x : p7) {
            assertTrue(x.text().endsWith("."), x.text());
            assertTrue(Character.isUpperCase(x.text().charAt(0)), x.text());
        }
    }

    @Test
    void locates_quotes_tolerating_whitespace_and_curly_quote_marks() {
        Optional<Location> plain = library.locate(ID, "seeking up to $100 billion in new capital");
        Optional<Location> spaced = library.locate(ID, "seeking  up to\n$100 billion   in new capital");
        Optional<Location> curly = library.locate(ID, "Amazon\u2019s potential $50 billion contribution");
        assertAll(
                () -> assertEquals(Optional.of(new Location(article().title(), 2, "AInvest", java.time.LocalDate.of(2026, 2, 10))), plain),
                () -> assertEquals(plain, spaced),
                () -> assertEquals(Optional.of(new Location(article().title(), 2, "AInvest", java.time.LocalDate.of(2026, 2, 10))), curly));
    }

    @Test
    void finds_the_cleaned_wording_not_the_ticker_artefact() {
        assertAll(
                () -> assertEquals(2, library.locate(ID, "Amazon has already committed deeply to Anthropic").orElseThrow().paragraph()),
                () -> assertTrue(library.locate(ID, "AmazonAMZN-- has already").isEmpty()));
    }

    @Test
    void never_locates_page_chrome_text_across_paragraphs_or_in_another_document() {
        assertAll(
                () -> assertTrue(library.locate(ID, "Daily stocks & crypto headlines").isEmpty()),
                () -> assertTrue(library.locate(ID, "No comments yet").isEmpty()),
                () -> assertTrue(library.locate(ID, "The Deep Tech Strategist").isEmpty()),
                () -> assertTrue(library.locate(ID, "Amazon's potential $50 billion contribution would be a cornerstone "
                        + "of that deal. This isn't a new relationship").isEmpty()),
                () -> assertTrue(library.locate("no-such-document", "Amazon").isEmpty()),
                () -> assertTrue(library.locate(ID, "  ").isEmpty()),
                () -> assertTrue(library.locate(ID, "potential $50 billion investment in openai").isEmpty(), "exact case"));
    }

    @Test
    void coverage_is_one_sentence_naming_the_sources_with_publisher_and_date() {
        assertEquals("The source is \"Amazon's potential $50 billion bet on OpenAI\" (AInvest, 2026-02-10).",
                library.coverage());
    }

    @Test
    void a_missing_directory_gives_a_problem_and_an_empty_library(@TempDir Path dir) {
        Corpus c = TestCorpus.corpus(dir.resolve("nope"));
        SourceLibrary lib = SourceLibrary.of(c.documents());
        assertAll(
                () -> assertTrue(lib.passages().isEmpty()),
                () -> assertEquals(1, c.problems().size()),
                () -> assertEquals("No source documents are loaded.", lib.coverage()));
    }

    @Test
    void the_content_hash_is_stable_and_changes_with_the_cleaned_text(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve(ID + ".md");
        Files.copy(Path.of("documents", ID + ".md"), copy);
        String same = TestCorpus.library(dir).contentHash();
        assertEquals(library.contentHash(), same);

        Files.writeString(copy, Files.readString(copy).replace("Comments\n", "Comments\r\n"));
        assertEquals(library.contentHash(), TestCorpus.library(dir).contentHash(), "chrome-only change");

        Files.writeString(copy, Files.readString(copy).replace("$125 billion", "$130 billion"));
        assertNotEquals(library.contentHash(), TestCorpus.library(dir).contentHash());
    }
}
