package org.thesisbot.llm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two or more embedding models as one: each text's unit vectors from every model, each scaled by the square
 * root of its weight, side by side. The weights sum to 1, so the result is a unit vector and the cosine of two
 * results is the weighted mean of the models' cosines: an ensemble that every cosine threshold, cache and index
 * handles as one model. Each model gets its own prefixes ({@link #embed(List, boolean)}).
 */
final class ConcatenatedEmbeddingModel implements EmbeddingModel {
    /**
     * @param weight share of the combined cosine, > 0 (the weights of all parts sum to 1)
     */
    record Part(EmbeddingModel model, String queryPrefix, String passagePrefix, double weight) {
        Part {
            Objects.requireNonNull(model, "model");
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight must be in (0, 1]");
            }
        }
    }

    private final List<Part> parts;

    ConcatenatedEmbeddingModel(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no models");
        }
        double total = parts.stream().mapToDouble(Part::weight).sum();
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("the weights must sum to 1 (got " + total + ")");
        }
        this.parts = List.copyOf(parts);
    }

    /** Unit vectors for texts (without prefixes), as questions when {@code query}, as source text otherwise. */
    List<float[]> embed(List<String> texts, boolean query) {
        List<List<float[]>> each = new ArrayList<>();
        int dim = 0;
        for (Part p : parts) {
            String prefix = query ? p.queryPrefix() : p.passagePrefix();
            List<Embedding> e = p.model().embedAll(texts.stream().map(t -> TextSegment.from(prefix + t)).toList()).content();
            List<float[]> vs = new ArrayList<>(e.size());
            for (Embedding x : e) {
                vs.add(CachedSentenceEmbeddings.unit(x.vector()));
            }
            each.add(vs);
            dim += vs.isEmpty() ? 0 : vs.get(0).length;
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] v = new float[dim];
            int at = 0;
            for (int k = 0; k < parts.size(); k++) {
                float[] part = each.get(k).get(i);
                float w = (float) Math.sqrt(parts.get(k).weight());
                for (int j = 0; j < part.length; j++) {
                    v[at + j] = w * part[j];
                }
                at += part.length;
            }
            out.add(v);
        }
        return out;
    }

    /** Source text, as LangChain4j asks (no prefixes added beyond each model's passage prefix). */
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(embed(segments.stream().map(TextSegment::text).toList(), false).stream().map(Embedding::from).toList());
    }
}
