package org.thesisbot.core.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkPolicyTest {
    private static final LinkPolicy AINVEST = LinkPolicy.forDocumentUrls(List.of("https://www.ainvest.com/news/amazon-openai", " ", "not a url"));

    @Test
    void a_document_borne_slack_link_with_a_lying_label_becomes_unclickable_text() {
        assertEquals("Verify at `slack.com/verify` now.", LinkPolicy.NONE.clean("Verify at <https://evil.example/login|slack.com/verify> now."));
    }

    @Test
    void a_model_markdown_link_with_a_lying_label_becomes_unclickable_text() {
        assertAll(
                () -> assertEquals("See `slack.com/verify`.", LinkPolicy.NONE.clean("See [slack.com/verify](https://evil.example/login).")),
                () -> assertEquals("See the article.", LinkPolicy.NONE.clean("See [the article](https://evil.example/login \"t\").")),
                () -> assertEquals("See the article.", LinkPolicy.NONE.clean("See <a href=\"https://evil.example\">the article</a>.")),
                () -> assertEquals("Escaped `slack.com/verify`.", LinkPolicy.NONE.clean("Escaped &lt;https://evil.example/login|slack.com/verify&gt;.")));
    }

    @Test
    void bare_addresses_and_emails_are_shown_as_code_unless_a_document_owns_the_host() {
        assertAll(
                () -> assertEquals("Go to `https://evil.example/login` or `deals@evil.example`.",
                        LinkPolicy.NONE.clean("Go to https://evil.example/login or deals@evil.example.")),
                () -> assertEquals("Read https://www.ainvest.com/news/amazon-openai and https://ainvest.com/x.",
                        AINVEST.clean("Read https://www.ainvest.com/news/amazon-openai and https://ainvest.com/x.")),
                () -> assertEquals("Read https://ainvest.com/x, then https://ainvest.com/x (where it says), not `https://ainvest.com.evil.example/x`.",
                        AINVEST.clean("Read <https://ainvest.com/x>, then [https://ainvest.com/x](https://ainvest.com.evil.example/x) "
                                + "(where it says), not https://ainvest.com.evil.example/x.")),
                () -> assertEquals("Plain prose, $8.5 billion, U.S. and e.g. stay as they are.",
                        LinkPolicy.NONE.clean("Plain prose, $8.5 billion, U.S. and e.g. stay as they are.")),
                () -> assertEquals(Set.of("ainvest.com"), AINVEST.hosts()));
    }

    @Test
    void an_edge_without_the_documents_still_removes_every_link_whose_label_differs_from_its_target() {
        assertAll(
                () -> assertEquals("slack.com/verify and slack.com/verify and https://ainvest.com/x",
                        LinkPolicy.withoutDisguisedLinks("[slack.com/verify](https://evil.example/login) and "
                                + "<https://evil.example/login|slack.com/verify> and [https://ainvest.com/x](https://ainvest.com/x)")),
                () -> assertEquals("<https://ainvest.com/x>", LinkPolicy.withoutDisguisedLinks("<https://ainvest.com/x>")));
    }
}
