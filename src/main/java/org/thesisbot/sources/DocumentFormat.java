package org.thesisbot.sources;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The document formats the corpus takes, by file extension. */
public enum DocumentFormat {
    MARKDOWN("md", List.of("md", "markdown"), true),
    TEXT("txt", List.of("txt"), true),
    HTML("html", List.of("html", "htm"), false),
    PDF("pdf", List.of("pdf"), false);

    /** The sidecar of {@code report.pdf} is {@code report.pdf.meta.yaml}. */
    public static final String SIDECAR_SUFFIX = ".meta.yaml";
    /** The optional file beside a document with the questions its sentences answer (see {@code core.grounding.Anticipations}). */
    public static final String QUESTIONS_SUFFIX = ".questions.yaml";

    private final String tag;
    private final List<String> extensions;
    private final boolean frontMatter;

    DocumentFormat(String tag, List<String> extensions, boolean frontMatter) {
        this.tag = tag;
        this.extensions = extensions;
        this.frontMatter = frontMatter;
    }

    /** "md", "txt", "html" or "pdf". */
    public String tag() {
        return tag;
    }

    /** True when the metadata is YAML front matter in the file; false when it is a {@code .meta.yaml} sidecar. */
    public boolean frontMatter() {
        return frontMatter;
    }

    public static Optional<DocumentFormat> of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = n.substring(dot + 1);
        for (DocumentFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** ".md, .markdown, .txt, .html, .htm, .pdf" for messages. */
    public static String supported() {
        List<String> all = new java.util.ArrayList<>();
        for (DocumentFormat f : values()) {
            f.extensions.forEach(e -> all.add("." + e));
        }
        return String.join(", ", all);
    }
}
