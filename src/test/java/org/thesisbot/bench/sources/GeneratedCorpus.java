package org.thesisbot.bench.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes N generated Markdown documents (front matter with the four keys, 8 paragraphs of 3 sentences, about
 * 450 words each) into a directory, deterministic for a seed: varied companies, topics, figures and dates, so
 * retrieval has real work to do.
 */
public final class GeneratedCorpus {
    private static final List<String> COMPANIES = List.of("Amazon", "OpenAI", "Anthropic", "Nvidia", "Microsoft", "Google",
            "Oracle", "CoreWeave", "AMD", "Intel", "SoftBank", "Meta", "Broadcom", "TSMC", "Samsung");
    private static final List<String> TOPICS = List.of("data center capacity", "chip supply", "power contracts",
            "inference pricing", "training clusters", "cloud revenue", "capital expenditure", "model licensing",
            "sovereign AI deals", "networking gear", "cooling systems", "energy permits", "GPU leasing", "custom silicon",
            "enterprise adoption", "regulatory review", "antitrust scrutiny", "talent hiring", "debt financing",
            "equity rounds");
    private static final List<String> VERBS = List.of("expects", "plans", "reported", "announced", "signalled", "estimated",
            "warned", "confirmed", "projected", "disclosed");
    private static final List<String> PLACES = List.of("Indiana", "Texas", "Ohio", "Virginia", "Oregon", "Arizona", "Ireland",
            "Sweden", "Japan", "India", "Quebec", "Georgia");

    private GeneratedCorpus() {
    }

    public static void write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        for (int i = 1; i <= count; i++) {
            String topic = TOPICS.get(r.nextInt(TOPICS.size()));
            String company = COMPANIES.get(r.nextInt(COMPANIES.size()));
            StringBuilder sb = new StringBuilder("---\n")
                    .append("title: \"").append(company).append(" and ").append(topic).append(": note ").append(i).append("\"\n")
                    .append("publisher: Generated Wire ").append(1 + r.nextInt(12)).append('\n')
                    .append("published: ").append(LocalDate.of(2025, 1, 1).plusDays(i)).append('\n')
                    .append("url: https://generated.example.com/notes/").append(i).append("\n---\n");
            for (int p = 0; p < 8; p++) {
                for (int s = 0; s < 3; s++) {
                    sb.append(sentence(r)).append(' ');
                }
                sb.append("\n\n");
            }
            Files.writeString(dir.resolve(String.format("generated-%03d.md", i)), sb.toString());
        }
    }

    static String sentence(Random r) {
        String a = COMPANIES.get(r.nextInt(COMPANIES.size()));
        String b = COMPANIES.get(r.nextInt(COMPANIES.size()));
        String topic = TOPICS.get(r.nextInt(TOPICS.size()));
        String verb = VERBS.get(r.nextInt(VERBS.size()));
        String place = PLACES.get(r.nextInt(PLACES.size()));
        int amount = 1 + r.nextInt(120);
        int year = 2025 + r.nextInt(5);
        return switch (r.nextInt(5)) {
            case 0 -> a + " " + verb + " $" + amount + " billion of spending on " + topic + " in " + place + " by " + year + ".";
            case 1 -> "Analysts said " + a + "'s " + topic + " could shift demand away from " + b + " over the next " + (1 + r.nextInt(6)) + " years.";
            case 2 -> "The agreement between " + a + " and " + b + " covers " + topic + " and a new campus in " + place + ".";
            case 3 -> a + " " + verb + " that " + topic + " margins reached " + (10 + r.nextInt(50)) + "% in " + year + ", ahead of " + b + ".";
            default -> "Investors are watching whether " + b + " can keep pace with " + a + " on " + topic + " as costs rise.";
        };
    }
}
