package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReframingTest {

    private static String said(List<int[]> spans) {
        StringBuilder b = new StringBuilder();
        for (int[] s : spans) {
            b.append('[').append(s[0]).append(',').append(s[1]).append(')');
        }
        return b.toString();
    }

    @Test
    void spans_are_sorted_and_merged_where_they_overlap_or_lie_within_the_gap() {
        List<int[]> spans = List.of(new int[] {20, 25}, new int[] {0, 5}, new int[] {4, 9}, new int[] {10, 12});
        assertEquals("[0,9)[10,12)[20,25)", said(Reframing.merged(spans, 0)));
        assertEquals("[0,12)[20,25)", said(Reframing.merged(spans, 1)));
        assertEquals("[0,5)", said(List.of(spans.get(1))), "the spans given are left as they were");
    }

    @Test
    void a_span_inside_another_is_absorbed_and_no_spans_give_none() {
        assertEquals("[2,30)", said(Reframing.merged(List.of(new int[] {2, 30}, new int[] {5, 8}), 0)));
        assertEquals("", said(Reframing.merged(List.of(), 3)));
    }

    @Test
    void spans_cut_from_a_text_each_leave_one_space() {
        String text = "sale at $420bn; senior to us, $30bn of debt and 1x prefs on $90bn";
        // "$30bn of debt" [30, 43), an overlapping "of debt and" [37, 48) and the touching "1x prefs on $90bn" [48, 65) merge into one
        assertEquals("sale at $420bn; senior to us,  ", Reframing.cut(text, List.of(new int[] {48, 65}, new int[] {30, 43}, new int[] {37, 48})));
        assertEquals(text, Reframing.cut(text, List.of()));
    }
}
