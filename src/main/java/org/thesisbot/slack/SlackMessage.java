package org.thesisbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message ready for Slack: the notification / accessibility text and the Block Kit blocks.
 *
 * @param text   plain fallback text (notifications, screen readers), at most 3000 characters
 * @param blocks at most 50 blocks, every section within Slack's 3000-character limit
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
    SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
