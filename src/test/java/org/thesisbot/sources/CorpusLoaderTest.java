package org.thesisbot.sources;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thesisbot.core.grounding.SourceDocument;

class CorpusLoaderTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "corpus");
    private static final String META = TestCorpus.frontMatter("A note", "Internal research", "2026-03-01",
            "https://wiki.example.com/note");

    @Test
    void reads_html_and_pdf_with_their_sidecars_and_strips_page_chrome() {
        Corpus c = TestCorpus.corpus(FIXTURES.resolve("documents"));
        Map<String, SourceDocument> byId = c.documents().stream().collect(Collectors.toMap(SourceDocument::id, d -> d));
        SourceDocument news = byId.get("amazon-openai-term-sheet");
        SourceDocument call = byId.get("amazon-q4-2025-call");
        assertAll(
                () -> assertEquals(List.of(), c.problems()),
                () -> assertEquals("Northbridge Wire", news.publisher()),
                () -> assertEquals(LocalDate.of(2026, 3, 2), news.published()),
                () -> assertEquals("html", news.format()),
                () -> assertEquals(7, news.paragraphs().size(), news.paragraphs().toString()),
                () -> assertTrue(news.paragraphs().get(0).startsWith("Amazon has agreed to invest $40 billion in OpenAI"),
                        news.paragraphs().get(0)),
                () -> assertTrue(news.paragraphs().stream().noneMatch(p -> p.contains("Subscribe") || p.contains("Markets")
                        || p.contains("Share") || p.contains("Chipmakers") || p.contains("analytics")), news.paragraphs().toString()),
                () -> assertTrue(news.paragraphs().contains("The two companies signed a term sheet on February 27, 2026, and "
                        + "expect to close the deal by the end of March."), news.paragraphs().toString()),
                () -> assertEquals("pdf", call.format()),
                () -> assertEquals(LocalDate.of(2026, 2, 5), call.published()),
                () -> assertEquals(7, call.paragraphs().size(), call.paragraphs().toString()),
                () -> assertTrue(call.paragraphs().contains("We expect capital expenditures of about $125 billion in 2026, most "
                        + "of it for AWS data centers, custom chips and power."), call.paragraphs().toString()),
                () -> assertTrue(call.paragraphs().stream().noneMatch(p -> p.matches("\\d+")), "page numbers are furniture"));
    }

    @Test
    void a_malformed_pdf_is_refused_with_a_clear_message() {
        Corpus c = TestCorpus.corpus(FIXTURES.resolve("bad"));
        assertAll(
                () -> assertEquals(List.of(), c.documents()),
                () -> assertEquals(1, c.problems().size()),
                () -> assertEquals("bad/broken.pdf", c.problems().get(0).file()),
                () -> assertTrue(c.problems().get(0).message().startsWith("not a readable PDF (")
                        || c.problems().get(0).message().startsWith("the PDF has no pages")
                        || c.problems().get(0).message().startsWith("it has no text"), c.problems().get(0).message()));
    }

    @Test
    void every_metadata_mistake_is_named_with_its_line_and_the_good_files_still_load(@TempDir Path dir) throws IOException {
        write(dir, "a-empty.md", "   \n\n");
        Files.write(dir.resolve("b-binary.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x41, (byte) 0xFF});
        write(dir, "c-no-front-matter.md", "# Notes\n\nAWS adds capacity.\n");
        write(dir, "d-open.md", "---\ntitle: never closed\nSome text.\n");
        write(dir, "e-bad-date.md", META.replace("2026-03-01", "March 1st"));
        write(dir, "f-extra-key.md", META.replace("url:", "kind: memo\nurl:"));
        write(dir, "g-missing-key.md", META.replace("publisher: Internal research\n", ""));
        write(dir, "h-bad-url.md", META.replace("https://wiki.example.com/note", "wiki/note"));
        write(dir, "i-page.html", "<p>Hello.</p>");
        write(dir, "j-orphan.pdf.meta.yaml", "title: x\n");
        write(dir, "k-note.md", META + "Anthropic trains on AWS. It is fine.\n");
        write(dir, "k-note.md.meta.yaml", "title: x\n");
        write(dir, "l-slides.pptx", "binary");
        write(dir, "m-good.txt", META + "AWS adds capacity in Indiana.\nThis line is hard-wrapped\nand continues here.\n\n- A list item stands alone.\n");

        Corpus c = TestCorpus.corpus(dir);
        Map<String, String> p = c.problems().stream().collect(Collectors.toMap(x -> x.file().replaceFirst("^[^/]+/", ""),
                Corpus.Problem::message));
        assertAll(
                () -> assertEquals(List.of("m-good"), c.documents().stream().map(SourceDocument::id).toList()),
                () -> assertEquals(List.of("AWS adds capacity in Indiana.", "This line is hard-wrapped and continues here.",
                        "- A list item stands alone."), c.documents().get(0).paragraphs()),
                () -> assertEquals("the file is empty", p.get("a-empty.md")),
                () -> assertEquals("not valid UTF-8 text (save it as UTF-8)", p.get("b-binary.txt")),
                () -> assertTrue(p.get("c-no-front-matter.md").startsWith("needs YAML front matter at the top"), p.get("c-no-front-matter.md")),
                () -> assertEquals("its front matter starts with --- but never closes", p.get("d-open.md")),
                () -> assertTrue(p.get("e-bad-date.md").endsWith("line 4: published 'March 1st' is not an ISO date (write 2026-03-02)"),
                        p.get("e-bad-date.md")),
                () -> assertTrue(p.get("f-extra-key.md").contains("line 5: unknown key 'kind' in the metadata (allowed: "
                        + "published, publisher, title, url)"), p.get("f-extra-key.md")),
                () -> assertTrue(p.get("g-missing-key.md").contains("the metadata is missing 'publisher'"), p.get("g-missing-key.md")),
                () -> assertTrue(p.get("h-bad-url.md").contains("url 'wiki/note' must be an http or https address"), p.get("h-bad-url.md")),
                () -> assertTrue(p.get("i-page.html").startsWith("needs its metadata in "), p.get("i-page.html")),
                () -> assertTrue(p.get("j-orphan.pdf.meta.yaml").contains("which is not in the directory"), p.get("j-orphan.pdf.meta.yaml")),
                () -> assertTrue(p.get("k-note.md").contains("carry their metadata as front matter"), p.get("k-note.md")),
                () -> assertTrue(p.get("l-slides.pptx").contains("not a supported document type"), p.get("l-slides.pptx")),
                () -> assertEquals(12, c.problems().size(), c.problems().toString()));
    }

    @Test
    void the_same_id_from_two_formats_is_refused_for_the_second(@TempDir Path dir) throws IOException {
        write(dir, "memo.md", META + "First text.\n");
        write(dir, "memo.txt", META + "Second text.\n");
        Corpus c = TestCorpus.corpus(dir);
        assertAll(
                () -> assertEquals(1, c.documents().size()),
                () -> assertTrue(c.problems().get(0).file().endsWith("memo.txt")),
                () -> assertTrue(c.problems().get(0).message().contains("id 'memo' is already used by"), c.problems().toString()));
    }

    @Test
    void limits_on_size_and_pages_are_checked_before_parsing(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("long.pdf"), TestPdfs.pdf(List.of(List.of("One."), List.of("Two."), List.of("Three."))));
        write(dir, "long.pdf.meta.yaml", META.replace("---\n", ""));
        write(dir, "big.md", META + "x".repeat(3000) + ".\n");
        Corpus c = new CorpusLoader(new DocumentReader(2048, 2)).load(dir);
        Map<String, String> p = c.problems().stream().collect(Collectors.toMap(x -> x.file().replaceFirst("^[^/]+/", ""),
                Corpus.Problem::message));
        assertAll(
                () -> assertEquals("3 pages is over the 2-page limit (sources.max_pdf_pages)", p.get("long.pdf")),
                () -> assertTrue(p.get("big.md").endsWith("is over the 2 KB limit (sources.max_file_bytes)"), p.get("big.md")));
    }

    @Test
    void an_unchanged_file_is_not_parsed_again_and_a_changed_one_is(@TempDir Path dir) throws IOException {
        write(dir, "a.md", META + "Alpha text.\n");
        write(dir, "b.md", META + "Beta text.\n");
        CorpusLoader loader = new CorpusLoader(new DocumentReader(TestCorpus.MAX_BYTES, TestCorpus.MAX_PAGES));
        Corpus first = loader.load(dir);
        write(dir, "b.md", META + "Beta text, edited.\n");
        Corpus second = loader.load(dir, first);
        assertAll(
                () -> assertSame(first.files().get("a.md").document(), second.files().get("a.md").document()),
                () -> assertEquals(List.of("Beta text, edited."), second.files().get("b.md").document().paragraphs()));
    }

    @Test
    void a_questions_file_beside_a_document_gives_its_sentences_their_anticipated_questions(@TempDir Path dir) throws IOException {
        write(dir, "memo.md", META + "The deal should close in March. Margins are thin.\n");
        write(dir, "memo.md.questions.yaml", """
                - sentence: "The deal should close in March."
                  questions: ["whats the make-or-break date", "when does it get done"]
                """);
        write(dir, "gone.md.questions.yaml", "[]\n");
        Corpus c = TestCorpus.corpus(dir);
        assertAll(
                () -> assertEquals(Map.of("The deal should close in March.", List.of("whats the make-or-break date", "when does it get done")),
                        c.documents().get(0).anticipated()),
                () -> assertEquals(1, c.problems().size(), c.problems().toString()),
                () -> assertTrue(c.problems().get(0).message().contains("anticipated questions for gone.md, which is not in the directory"),
                        c.problems().toString()));
    }

    @Test
    void a_malformed_questions_file_is_refused_with_its_line_and_an_edit_to_it_is_read_again(@TempDir Path dir) throws IOException {
        write(dir, "memo.md", META + "The deal should close in March.\n");
        write(dir, "memo.md.questions.yaml", "- sentence: \"The deal should close in March.\"\n  questions: when\n");
        CorpusLoader loader = new CorpusLoader(new DocumentReader(TestCorpus.MAX_BYTES, TestCorpus.MAX_PAGES));
        Corpus bad = loader.load(dir);
        write(dir, "memo.md.questions.yaml", "- sentence: \"The deal should close in March.\"\n  questions: [when]\n");
        Corpus fixed = loader.load(dir, bad);
        assertAll(
                () -> assertEquals(0, bad.documents().size()),
                () -> assertTrue(bad.problems().get(0).message().contains("line 2"), bad.problems().toString()),
                () -> assertEquals(Map.of("The deal should close in March.", List.of("when")), fixed.documents().get(0).anticipated()));
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
