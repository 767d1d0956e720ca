package org.thesisbot.core.state;

/**
 * Every piece of state the bot keeps, as ports: the composition root builds one set (in memory, or shared)
 * and hands each port to whoever needs it.
 *
 * @param threads       each conversation's state (its figures, scenario, last metric)
 * @param events        Slack {@code event_id}s already taken by some replica (dedupe)
 * @param messages      Slack messages ({@code channel:ts}) already taken: one message can arrive as two events
 * @param repliedThreads threads ({@code channel:thread_ts}) the bot answered in, for follow-ups without a mention
 * @param rateLimits    questions per user per minute
 * @param admissions    the four above as the ack path uses them for one question: one operation (one round trip)
 * @param answers       recent answers by id (Share in channel)
 * @param feedback      thumbs up / down per answer
 * @param health        whether the configured backend is answering
 */
public record StateStores(ThreadStore threads, ExpiringKeys events, ExpiringKeys messages, ExpiringKeys repliedThreads,
                          RateLimits rateLimits, Admissions admissions, RecentAnswers answers, FeedbackCounts feedback, StateHealth health) {
}
