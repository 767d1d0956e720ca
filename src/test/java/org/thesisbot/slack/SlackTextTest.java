package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void mrkdwn_bold_and_strike_become_standard_markdown_for_streams() {
        assertEquals("Amazon's **$50B** bet [1].", SlackText.toMarkdown("Amazon's *$50B* bet [1]."));
        assertEquals("**a** and **b c**, ~~old~~ _italic_ `code`", SlackText.toMarkdown("*a* and *b c*, ~old~ _italic_ `code`"));
        assertEquals("already **markdown** stays", SlackText.toMarkdown("already **markdown** stays"));
        assertEquals("2 * 3 * 4 = 24 and a*b*c", SlackText.toMarkdown("2 * 3 * 4 = 24 and a*b*c"));
        assertEquals("* a bullet", SlackText.toMarkdown("* a bullet"));
        assertEquals("", SlackText.toMarkdown(null));
    }

    @Test
    void a_question_loses_the_bot_mention_and_keeps_what_the_user_wrote() {
        assertEquals("what stake would $50B buy?", SlackText.toQuestion("<@U0BOT> what stake would $50B buy?", "U0BOT"));
        assertEquals("compare with @U0ALICE's number", SlackText.toQuestion("<@U0BOT> compare with <@U0ALICE>'s number", "U0BOT"));
        assertEquals("is AWS > Azure & GCP?", SlackText.toQuestion("<@U0BOT> is AWS &gt; Azure &amp; GCP?", "U0BOT"));
        assertEquals("see the article about it", SlackText.toQuestion("see <https://example.com/a|the article> about it", "U0BOT"));
        assertEquals("what stake?", SlackText.toQuestion("<!channel> <@U0BOT> what stake?", "U0BOT"));
        // inside the message, the bot's mention says which line of a status update asks it
        assertEquals("- deck to Dana\n- @thesisbot what exit gets us 3x?", SlackText.toQuestion("- deck to Dana\n- <@U0BOT> what exit gets us 3x?", "U0BOT"));
    }

    @Test
    void without_a_known_bot_id_the_leading_mention_is_dropped() {
        assertEquals("what stake?", SlackText.toQuestion("<@U0BOT> what stake?", null));
    }

    @Test
    void escaping_neutralises_mentions_broadcasts_and_links() {
        assertEquals("&lt;!channel&gt; &amp; &lt;@U1&gt;", SlackText.escape("<!channel> & <@U1>"));
        assertEquals("*bold* _it_ `code`", SlackText.escape("*bold* _it_ `code`"));
    }

    @Test
    void mentions_detects_the_bot_only() {
        assertTrue(SlackText.mentions("hey <@U0BOT> there", "U0BOT"));
        assertFalse(SlackText.mentions("hey <@U0ALICE> there", "U0BOT"));
        assertFalse(SlackText.mentions("hey", null));
        assertTrue(SlackText.mentionsSomeoneElse("<@U0ALICE> what do you think?", "U0BOT"));
        assertFalse(SlackText.mentionsSomeoneElse("<@U0BOT> and the bear case?", "U0BOT"));
        assertFalse(SlackText.mentionsSomeoneElse("and the bear case?", "U0BOT"));
    }

    @Test
    void split_respects_the_limit_and_prefers_paragraphs() {
        String para = "a".repeat(1400);
        List<String> parts = SlackText.split(para + "\n\n" + para + "\n\n" + para, 3000);
        assertEquals(2, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.length() <= 3000));
        assertEquals(para + "\n\n" + para, parts.get(0));

        List<String> hard = SlackText.split("x".repeat(7000), 3000);
        assertEquals(List.of(3000, 3000, 1000), hard.stream().map(String::length).toList());
    }

    @Test
    void gist_is_the_first_sentence_capitalised_and_short() {
        assertEquals("Why is Amazon doing this?", SlackText.gist("why is Amazon doing this? it already backs Anthropic"));
        assertEquals("What stake would $50B buy at an $830B valuation?",
                SlackText.gist("what stake would $50B buy at an $830B valuation?"));
        assertTrue(SlackText.gist("a ".repeat(100)).length() <= 60);
        assertEquals("Question", SlackText.gist("   "));
    }

    @Test
    void streams_cannot_ping_anyone() {
        String s = AnswerStream.defuse("hi <!channel> and <@U1> in <#C1>");
        assertFalse(s.contains("<!"));
        assertFalse(s.contains("<@"));
        assertFalse(s.contains("<#"));
    }
}
