package org.thesisbot.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes small real PDFs with PDFBox: each page a list of paragraphs, wrapped at 80 characters, with a blank
 * line between paragraphs and a page number at the foot (page furniture the reader must drop).
 *
 * <pre>
 * mvn -q -B exec:java -Dexec.classpathScope=test -Dmain.class=org.thesisbot.sources.TestPdfs   # regenerates the transcript fixture
 * </pre>
 */
public final class TestPdfs {
    private TestPdfs() {
    }

    /** The earnings-call-style transcript of the test corpus, two pages. */
    public static final List<List<String>> TRANSCRIPT = List.of(
            List.of("Operator: Good afternoon, and welcome to the fourth-quarter 2025 earnings call. All participants are in listen-only mode.",
                    "Chief Executive Officer: AWS revenue grew 24% in the quarter, and AI workloads were the largest driver of the new capacity we brought online.",
                    "We expect capital expenditures of about $125 billion in 2026, most of it for AWS data centers, custom chips and power.",
                    "Trainium2 capacity is fully subscribed, and we are adding more than one gigawatt of power to our data centers in 2026."),
            List.of("Analyst: Can you comment on reports that Amazon is in talks to invest in OpenAI?",
                    "Chief Executive Officer: We don't comment on talks. We have a deep partnership with Anthropic, and we will keep serving every leading model builder on AWS.",
                    "Chief Financial Officer: AWS operating margin was 36% in the quarter, helped by the efficiency of our own chips."));

    public static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int pageNo = 0;
            for (List<String> paragraphs : pages) {
                pageNo++;
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 720;
                    for (String paragraph : paragraphs) {
                        for (String line : wrap(paragraph, 80)) {
                            cs.beginText();
                            cs.setFont(font, 11);
                            cs.newLineAtOffset(72, y);
                            cs.showText(line);
                            cs.endText();
                            y -= 14;
                        }
                        y -= 14;
                    }
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.newLineAtOffset(300, 40);
                    cs.showText(String.valueOf(pageNo));
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("src", "test", "resources", "corpus", "documents", "amazon-q4-2025-call.pdf");
        Files.write(out, pdf(TRANSCRIPT));
        System.out.println("wrote " + out);
    }
}
