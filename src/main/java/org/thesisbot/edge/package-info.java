/**
 * What every mouth of the bot shares at its edge, whatever the transport: the one bounded request-body
 * reader, the one error-id format, and the drain state that graceful shutdown flips. Depends on nothing
 * else of ours, so {@code web} and {@code slack} can both use it without depending on each other.
 */
package org.thesisbot.edge;
