package org.thesisbot.sources;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.thesisbot.core.grounding.DocumentParser;
import org.thesisbot.core.grounding.SourceDocument;

/**
 * Reads one file into a {@link SourceDocument}: its metadata checked, its text extracted by a well-kept
 * parser (Apache PDFBox for PDF, jsoup for HTML; Markdown and text are read as UTF-8), then cleaned and
 * split into paragraphs by the core's {@link DocumentParser}. Every failure is a {@link DocumentProblem}
 * that says what is wrong with the file, never a parser's exception.
 *
 * <p>Limits: {@code maxBytes} per file and {@code maxPdfPages} per PDF, checked before parsing.
 */
public final class DocumentReader {
    /** Elements that are page furniture, never content. */
    private static final String HTML_CHROME = "script, style, noscript, template, svg, canvas, nav, header, footer, aside, "
            + "form, iframe, button, select, input, menu, dialog, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden], .advertisement, .ad, .ads, .share, .social, .byline, .author, [rel=author], "
            + ".newsletter, .comments, #comments, .related, .cookie, .subscribe";
    private static final String BLOCKS = "p, div, section, article, main, li, ul, ol, blockquote, pre, table, tr, td, th, "
            + "dd, dt, dl, figcaption, figure, address, br";

    private final long maxBytes;
    private final int maxPdfPages;

    public DocumentReader(long maxBytes, int maxPdfPages) {
        this.maxBytes = maxBytes;
        this.maxPdfPages = maxPdfPages;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxPdfPages() {
        return maxPdfPages;
    }

    /**
     * @param fileName the file's name (its id comes from it); its extension picks the format
     * @param content  the file's bytes
     * @param sidecar  the {@code .meta.yaml} text for HTML and PDF; must be null for Markdown and text
     */
    public SourceDocument read(String fileName, byte[] content, String sidecar) {
        DocumentFormat format = DocumentFormat.of(fileName).orElseThrow(() -> new DocumentProblem(fileName
                + ": not a supported document type (supported: " + DocumentFormat.supported() + ")"));
        if (content.length > maxBytes) {
            throw new DocumentProblem(fileName + ": " + size(content.length) + " is over the " + size(maxBytes)
                    + " limit (sources.max_file_bytes)");
        }
        if (content.length == 0) {
            throw new DocumentProblem(fileName + ": the file is empty");
        }
        String id = DocumentParser.idFor(fileName.substring(fileName.lastIndexOf('/') + 1));
        if (id.isEmpty()) {
            throw new DocumentProblem(fileName + ": the file name gives no id (use letters or digits, e.g. q4-call.pdf)");
        }
        Metadata meta;
        String text;
        boolean lineBreaksEndParagraphs = true;
        if (format.frontMatter()) {
            if (sidecar != null) {
                throw new DocumentProblem(fileName + ": Markdown and text files carry their metadata as front matter, "
                        + "not in a " + DocumentFormat.SIDECAR_SUFFIX + " file; move it into the file and delete the sidecar");
            }
            String all = utf8(fileName, content);
            if (all.isBlank()) {
                throw new DocumentProblem(fileName + ": the file is empty");
            }
            FrontMatter fm = FrontMatter.split(all, fileName);
            meta = Metadata.parse(fm.yaml(), fileName, 1);
            text = fm.body();
        } else {
            if (sidecar == null) {
                throw new DocumentProblem(fileName + ": needs its metadata in " + fileName + DocumentFormat.SIDECAR_SUFFIX
                        + " (title, publisher, published, url)");
            }
            meta = Metadata.parse(sidecar, fileName + DocumentFormat.SIDECAR_SUFFIX, 0);
            if (format == DocumentFormat.HTML) {
                text = html(utf8(fileName, content));
            } else {
                text = pdf(fileName, content);
                lineBreaksEndParagraphs = false;
            }
        }
        List<String> paragraphs;
        try {
            paragraphs = DocumentParser.paragraphs(text, lineBreaksEndParagraphs);
        } catch (DocumentParser.Unusable e) {
            throw new DocumentProblem(fileName + ": " + e.getMessage()
                    + (format == DocumentFormat.PDF ? " (a scanned PDF has no text: run OCR on it first)" : ""));
        }
        return new SourceDocument(id, meta.title(), meta.publisher(), meta.published(), meta.url(), format.tag(), paragraphs);
    }

    /** The metadata alone (for previews of a file that is not in the corpus yet). */
    public static Metadata metadata(String fileName, String text) {
        FrontMatter fm = FrontMatter.split(text, fileName);
        return Metadata.parse(fm.yaml(), fileName, 1);
    }

    private static String utf8(String fileName, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentProblem(fileName + ": not valid UTF-8 text (save it as UTF-8)");
        }
    }

    /** The text of an HTML page's article (or main, or body), one block per line; headings marked "#", chrome dropped. */
    static String html(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(HTML_CHROME).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.matches("h[1-6]")) {
                        out.append("\n\n# ");
                    } else if (e.is(BLOCKS)) {
                        out.append("\n\n");
                        if (tag.equals("li")) {
                            out.append("- ");
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (e.normalName().matches("h[1-6]") || e.is(BLOCKS))) {
                    out.append("\n\n");
                }
            }
        });
        return out.toString().replace('\u00A0', ' ');
    }

    private String pdf(String fileName, byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentProblem(fileName + ": the PDF has no pages");
            }
            if (pages > maxPdfPages) {
                throw new DocumentProblem(fileName + ": " + pages + " pages is over the " + maxPdfPages
                        + "-page limit (sources.max_pdf_pages)");
            }
            if (!pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new DocumentProblem(fileName + ": the PDF forbids copying its text (ask for an unprotected copy)");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n\n");
            stripper.setPageEnd("\n\n");
            return stripper.getText(pdf);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new DocumentProblem(fileName + ": the PDF is password-protected (ask for an unprotected copy)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentProblem p) {
                throw p;
            }
            throw new DocumentProblem(fileName + ": not a readable PDF (" + reason(e) + ")", e);
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(java.util.Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    /** YAML front matter between two "---" lines at the very top of a Markdown or text file. */
    record FrontMatter(String yaml, String body) {
        static FrontMatter split(String text, String fileName) {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            t = t.replace("\r\n", "\n").replace('\r', '\n');
            if (!t.startsWith("---\n")) {
                throw new DocumentProblem(fileName + ": needs YAML front matter at the top: a line '---', then "
                        + "title, publisher, published (2026-03-02) and url, then '---' (see README, Adding documents)");
            }
            int close = t.indexOf("\n---\n", 3);
            if (close < 0 && t.endsWith("\n---")) {
                close = t.length() - 4;
            }
            if (close < 0) {
                throw new DocumentProblem(fileName + ": its front matter starts with --- but never closes");
            }
            String yaml = t.substring(4, close + 1);
            String body = close + 5 <= t.length() ? t.substring(close + 5) : "";
            return new FrontMatter(yaml, body);
        }
    }
}
