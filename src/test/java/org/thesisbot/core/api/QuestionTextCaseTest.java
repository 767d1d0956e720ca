package org.thesisbot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionTextCaseTest {
    @Test
    void a_shouted_message_is_read_in_lower_case() {
        assertEquals("whats amzns piece of oai worth if oai hits 1t", QuestionText.plain("WHATS AMZNS PIECE OF OAI WORTH IF OAI HITS 1T"));
    }

    @Test
    void a_message_with_every_word_capitalised_is_read_in_lower_case() {
        assertEquals("hold period in the irr calc?", QuestionText.plain("Hold Period In The Irr Calc?"));
    }

    @Test
    void capitals_that_mark_names_and_acronyms_are_kept() {
        assertEquals("what's AWS's take if OpenAI exits at 1T?", QuestionText.plain("what's AWS's take if OpenAI exits at 1T?"));
        assertEquals("What does Microsoft Think of the Deal?", QuestionText.plain("What does Microsoft Think of the Deal?"));
        // two words are too few to judge by: "MOIC BULL?" stays as typed
        assertEquals("MOIC BULL?", QuestionText.plain("MOIC BULL?"));
    }

    @Test
    void curly_apostrophes_and_quotes_are_the_typewriters() {
        assertEquals("req'd exit at \"830\"", QuestionText.plain("req\u2019d exit at \u201C830\u201D"));
    }
}
