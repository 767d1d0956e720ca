package org.thesisbot.core.reading;

record Scored(double score, int[] span, String text) {
    static final Scored NONE = new Scored(0, null, "");

    int spanStart() {
        return span == null ? -1 : span[0];
    }
}
