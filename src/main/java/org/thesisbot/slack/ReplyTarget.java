package org.thesisbot.slack;

/**
 * Where a reply goes: always a thread.
 *
 * @param channel  the conversation id
 * @param threadTs the thread's root ts (the question's own ts when it started the thread)
 * @param user     who asked
 * @param teamId   the asker's workspace (streaming needs it)
 * @param surface  how the reply is delivered
 */
record ReplyTarget(String channel, String threadTs, String user, String teamId, Surface surface) {

    enum Surface {
        /** a channel (mention or follow-up): the answer is posted once it is ready */
        CHANNEL,
        /** a direct message: LLM answers stream */
        DM,
        /** Slack's assistant pane: loading status, thread title, streaming */
        ASSISTANT
    }

    /** The conversation id the brain keeps thread memory under: {@code channel:thread_ts}. */
    String threadKey() {
        return channel + ":" + threadTs;
    }

    boolean streams() {
        return surface != Surface.CHANNEL;
    }
}
