package org.thesisbot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTextPartsTest {
    @Test
    void numbered_questions_on_one_line_are_parts_with_the_preamble_on_the_first() {
        assertEquals(List.of("two checks: what exit makes 2.5x", "same for a 4x"),
                QuestionText.parts("two checks: 1) what exit makes 2.5x 2) same for a 4x"));
        assertEquals(List.of("stake at 1T", "moic at a 1.2T exit", "irr"), QuestionText.parts("(a) stake at 1T (b) moic at a 1.2T exit (c) irr"));
    }

    @Test
    void one_item_per_line_is_a_part_each() {
        assertEquals(List.of("for the memo: stake at 1T", "irr over 4 yrs"), QuestionText.parts("for the memo:\n1. stake at 1T\n2. irr over 4 yrs"));
    }

    @Test
    void markers_count_only_as_a_run_from_one() {
        assertEquals(List.of(), QuestionText.parts("what's the stake at 1) a 1T post?"));
        assertEquals(List.of(), QuestionText.parts("see 2) and 3) of the memo: stake at 1T?"));
        assertEquals(List.of(), QuestionText.parts("stake at 1.2) what about 2) irr"));
        assertEquals(List.of(), QuestionText.parts("- exit 1.1T\n- 6 yrs\nirr?")); // bullets list one question's inputs
    }
}
