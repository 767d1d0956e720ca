package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a document's text (Markdown, plain text, or the text a PDF or HTML parser extracted) into numbered
 * paragraphs: drops page chrome and ticker artefacts and applies the paragraph rule. Metadata is read and
 * checked by the format readers in {@code sources/}.
 *
 * <p>Paragraph rule: a blank line always ends a paragraph; so does a line break after a line that ends a
 * sentence (. ! ? or a closing quote after one), because scraped articles put one paragraph per line.
 * A line that does not end a sentence is joined with the next (hard-wrapped prose). Markdown headings
 * and horizontal rules are not paragraphs; a list item starts a new paragraph.
 */
public final class DocumentParser {
    /** Whole lines that are page furniture, not content (case-insensitive, after trimming). */
    private static final List<Pattern> CHROME = List.of(
            Pattern.compile("(?i)^[\\p{L}\\p{N} &.'-]{0,40}\\bnewsletter$"),
            Pattern.compile("(?i)^daily stocks & crypto headlines\\b.*"),
            Pattern.compile("(?i)^(\\d+\\s+)?comments?$"),
            Pattern.compile("(?i)^no comments yet\\.?$"),
            Pattern.compile("(?i)^(be the first to comment|leave a comment|share this article|advertisement|subscribe( now)?|sign up)\\.?$"),
            Pattern.compile("(?i)^ai writing agent\\b.*"),
            Pattern.compile("(?i)^(written by|about the author)\\b.{0,300}$"),
            Pattern.compile("(?i)^(page\\s+)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?$"));

    /** "AmazonAMZN--" -> "Amazon": a ticker glued to a name by the page's stock widget. */
    private static final Pattern TICKER = Pattern.compile("(?<=\\p{Ll})[A-Z]{1,5}(?:\\.[A-Z])?--");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'\u201D\u2019)*_]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,3}[.)])\\s+.*");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");

    private DocumentParser() {
    }

    /** The problem with a file that cannot be used, as a short phrase for the warning. */
    public static final class Unusable extends RuntimeException {
        public Unusable(String reason) {
            super(reason);
        }
    }

    /**
     * The paragraphs of a document's text (front matter already removed): chrome and ticker artefacts
     * dropped, lines joined and split by the paragraph rule above. Markdown headings are not paragraphs.
     *
     * @param lineBreaksEndParagraphs true for text written one paragraph per line (scraped articles, Markdown,
     *                                 HTML blocks): a line ending a sentence ends its paragraph; false for text
     *                                 whose lines are layout (PDF), where only blank lines end paragraphs
     * @throws Unusable when nothing is left
     */
    public static List<String> paragraphs(String text, boolean lineBreaksEndParagraphs) {
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : body.split("\n", -1)) {
            String line = TICKER.matcher(rawLine.strip()).replaceAll("");
            if (line.isEmpty() || RULE.matcher(line).matches()) {
                flush(current, paragraphs);
                continue;
            }
            if (line.startsWith("#") || isChrome(line)) {
                flush(current, paragraphs);
                continue;
            }
            if (LIST_ITEM.matcher(line).matches()) {
                flush(current, paragraphs);
            }
            if (current.length() > 0) {
                if (current.charAt(current.length() - 1) == '-' && current.length() > 1
                        && Character.isLetter(current.charAt(current.length() - 2)) && Character.isLowerCase(line.charAt(0))) {
                    current.setLength(current.length() - 1); // "infra-" + "structure": a word hyphenated at a line end
                } else {
                    current.append(' ');
                }
            }
            current.append(line);
            if (lineBreaksEndParagraphs && SENTENCE_END.matcher(line).matches()) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        if (paragraphs.isEmpty()) {
            throw new Unusable("it has no text after its metadata and page furniture");
        }
        return paragraphs;
    }

    /** A document id from its file name: "Q4 Call (transcript).pdf" -> "q4-call-transcript". */
    public static String idFor(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]+$", "");
        return stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    public static boolean isChrome(String line) {
        String t = line.strip();
        return CHROME.stream().anyMatch(p -> p.matcher(t).matches());
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().strip().replaceAll("\\s+", " ");
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }
}
