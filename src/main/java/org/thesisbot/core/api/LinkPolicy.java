package org.thesisbot.core.api;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which links an answer may show: none whose label differs from its target, and only those whose host is
 * one the source documents name in their own metadata (their {@code url}). Everything else is made
 * unclickable: a Markdown link {@code [label](url)}, a Slack link {@code <url|label>} or an HTML anchor
 * becomes its label; a bare address or domain whose host is not allowed is shown as code
 * ({@code `evil.example/login`}), which neither Slack, Markdown nor the playground turns into a link.
 * Applied to everything the core shows that it did not write itself (model output, quotes, document
 * text). Immutable and thread-safe.
 */
public final class LinkPolicy {
    /** Shows no link at all: the policy when no document names a url. */
    public static final LinkPolicy NONE = new LinkPolicy(Set.of());

    private static final Pattern MARKDOWN = Pattern.compile("!?\\[([^\\[\\]\\n]{0,300})]\\(\\s*<?([^()\\s<>]{1,2000})>?(?:\\s+\"[^\"\\n]{0,300}\")?\\s*\\)");
    private static final Pattern ANGLE = Pattern.compile("(?:<|&lt;)((?:https?|mailto|ftp|file|javascript|data|tel|slack)[^<>|\\s]{0,2000}?)(?:\\|([^<>\\n]{0,300}?))?(?:>|&gt;)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANCHOR = Pattern.compile("(?is)<a\\b[^>]{0,2000}>(.{0,300}?)</a\\s*>");
    /** An address with a scheme, a www. address, an e-mail address, or a domain with a path or a common TLD. */
    private static final Pattern BARE = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp)://[^\\s<>`\"')\\]]+|www\\.[^\\s<>`\"')\\]]+|[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}"
                    + "|(?<![\\w@.-])[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\\.(?:com|net|org|io|ai|co|app|dev|info|biz|xyz|me|us|uk|de|fr|ru|cn|example|test|link|site|online|top|club|page|gov|edu)\\b(?:/[^\\s<>`\"')\\]]*)?)");

    private final Set<String> hosts;

    private LinkPolicy(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    /**
     * The policy for documents whose metadata names these urls (blank or malformed ones are ignored): links to
     * their hosts (and subdomains of them) may show, when the label is the address itself.
     */
    public static LinkPolicy forDocumentUrls(Collection<String> urls) {
        Set<String> hosts = new TreeSet<>();
        for (String u : urls) {
            host(u).ifPresent(hosts::add);
        }
        return hosts.isEmpty() ? NONE : new LinkPolicy(hosts);
    }

    /** The hosts whose links may show, in order. */
    public Set<String> hosts() {
        return new TreeSet<>(hosts);
    }

    /** {@code text} with every link it may not show made unclickable (see the class comment). */
    public String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = Replacements.each(ANCHOR, text, m -> m.group(1).replaceAll("<[^>]*>", ""));
        t = Replacements.each(MARKDOWN, t, m -> label(m.group(1), m.group(2)));
        t = Replacements.each(ANGLE, t, m -> label(m.group(2), m.group(1)));
        return defang(t);
    }

    /**
     * {@code text} with every link whose label differs from its target replaced by its label, whatever the
     * hosts: the last line of defence at an edge that does not know the documents (Slack's streamed Markdown).
     */
    public static String withoutDisguisedLinks(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = Replacements.each(ANCHOR, text, m -> m.group(1).replaceAll("<[^>]*>", ""));
        t = Replacements.each(MARKDOWN, t, m -> disguised(m.group(1), m.group(2)) ? m.group(1).strip() : m.group(2));
        return Replacements.each(ANGLE, t, m -> m.group(2) != null && disguised(m.group(2), m.group(1)) ? m.group(2).strip() : m.group());
    }

    private static boolean disguised(String label, String target) {
        String l = label == null ? "" : label.strip();
        return !l.isEmpty() && !l.equalsIgnoreCase(target.strip()) && !l.equalsIgnoreCase(target.strip().replaceFirst("(?i)^(https?|mailto):(//)?", ""));
    }

    /** The label of a link, or its address when it has none (the address is then checked like any bare one). */
    private static String label(String label, String target) {
        String l = label == null ? "" : label.strip();
        return l.isEmpty() ? target : l;
    }

    /** Bare addresses stay only when their host is allowed; others become code, so nothing turns them into links. */
    private String defang(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = BARE.matcher(text);
        int last = 0;
        while (m.find()) {
            String found = m.group();
            String trimmed = found.replaceAll("[.,;:!?]+$", "");
            int end = m.start() + trimmed.length();
            out.append(text, last, m.start());
            if (allowed(trimmed) || insideCode(text, m.start())) {
                out.append(trimmed);
            } else {
                out.append('`').append(trimmed.replace("`", "")).append('`');
            }
            last = end;
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private boolean allowed(String address) {
        if (address.contains("@") && !address.contains("/")) {
            return false; // e-mail addresses are never the documents' own links
        }
        String withScheme = address.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? address : "https://" + address;
        return host(withScheme).filter(h -> hosts.stream().anyMatch(a -> h.equals(a) || h.endsWith("." + a))).isPresent();
    }

    private static boolean insideCode(String text, int at) {
        int ticks = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    private static java.util.Optional<String> host(String url) {
        if (url == null || url.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || u.getHost() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkPolicy other && other.hosts.equals(hosts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hosts);
    }

    @Override
    public String toString() {
        return hosts.isEmpty() ? "no links" : "links to " + hosts();
    }
}
