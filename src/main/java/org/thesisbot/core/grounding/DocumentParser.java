package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one file's text into a {@link SourceDocument}: reads the front matter, drops page chrome and
 * ticker artefacts, and finds the paragraphs.
 *
 * <p>Paragraph rule: a blank line always ends a paragraph; so does a line break after a line that ends a
 * sentence (. ! ? or a closing quote after one), because scraped articles put one paragraph per line.
 * A line that does not end a sentence is joined with the next (hard-wrapped prose). Markdown headings
 * and horizontal rules are not paragraphs; a list item starts a new paragraph.
 */
final class DocumentParser {
    /** Whole lines that are page furniture, not content (case-insensitive, after trimming). */
    private static final List<Pattern> CHROME = List.of(
            Pattern.compile("(?i)^[\\p{L}\\p{N} &.'-]{0,40}\\bnewsletter$"),
            Pattern.compile("(?i)^daily stocks & crypto headlines\\b.*"),
            Pattern.compile("(?i)^(\\d+\\s+)?comments?$"),
            Pattern.compile("(?i)^no comments yet\\.?$"),
            Pattern.compile("(?i)^(be the first to comment|leave a comment|share this article|advertisement|subscribe( now)?|sign up)\\.?$"),
            Pattern.compile("(?i)^ai writing agent\\b.*"),
            Pattern.compile("(?i)^(written by|about the author)\\b.{0,300}$"));

    /** "AmazonAMZN--" -> "Amazon": a ticker glued to a name by the page's stock widget. */
    private static final Pattern TICKER = Pattern.compile("(?<=\\p{Ll})[A-Z]{1,5}(?:\\.[A-Z])?--");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'\u201D\u2019)*_]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,3}[.)])\\s+.*");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");

    private DocumentParser() {
    }

    /** The problem with a file that cannot be used, as a short phrase for the warning. */
    static final class Unusable extends RuntimeException {
        Unusable(String reason) {
            super(reason);
        }
    }

    static SourceDocument parse(String fileName, String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Unusable("the file is empty");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        int bodyStart = first;
        if (first < lines.size() && lines.get(first).trim().equals("---")) {
            int close = -1;
            for (int i = first + 1; i < lines.size(); i++) {
                if (lines.get(i).trim().equals("---")) {
                    close = i;
                    break;
                }
                readMeta(lines.get(i), meta);
            }
            if (close < 0) {
                throw new Unusable("its front matter starts with --- but never closes");
            }
            bodyStart = close + 1;
        }
        List<String> body = lines.subList(bodyStart, lines.size());
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : body) {
            String line = TICKER.matcher(rawLine.strip()).replaceAll("");
            if (line.isEmpty() || RULE.matcher(line).matches()) {
                flush(current, paragraphs);
                continue;
            }
            if (line.startsWith("#")) {
                flush(current, paragraphs);
                if (heading == null) {
                    heading = line.replaceFirst("^#+\\s*", "").strip();
                }
                continue;
            }
            if (isChrome(line)) {
                flush(current, paragraphs);
                continue;
            }
            if (LIST_ITEM.matcher(line).matches()) {
                flush(current, paragraphs);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
            if (SENTENCE_END.matcher(line).matches()) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        if (paragraphs.isEmpty()) {
            throw new Unusable("it has no text after its front matter and page furniture");
        }
        String stem = fileName.replaceFirst("\\.[^.]+$", "");
        String id = meta.getOrDefault("id", stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        String title = meta.getOrDefault("title", heading != null ? heading : stem);
        return new SourceDocument(id, title, meta.getOrDefault("publisher", "unknown publisher"),
                meta.getOrDefault("kind", "document"), paragraphs, meta.getOrDefault("covers", title),
                meta.getOrDefault("provenance", ""), meta.getOrDefault("url", "").strip());
    }

    static boolean isChrome(String line) {
        String t = line.strip();
        return CHROME.stream().anyMatch(p -> p.matcher(t).matches());
    }

    private static void readMeta(String line, Map<String, String> meta) {
        int colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith("#")) {
            return;
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        if (!key.isEmpty() && !value.isEmpty()) {
            meta.put(key, value);
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().strip().replaceAll("\\s+", " ");
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }
}
