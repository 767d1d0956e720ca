package org.thesisbot.state;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import org.thesisbot.config.ConfigException;

/**
 * {@code THESISBOT_REDIS_URL}, parsed and checked at start. The URL may carry a password, so it is never
 * printed: {@link #display()} is host, port, database and whether TLS and a password are used.
 */
record RedisUrl(RedisURI uri, boolean password, Duration commandTimeout) {
    /** The timeout of the connection handshake and of the warm-up commands that follow it. */
    static final Duration SETUP_TIMEOUT = Duration.ofSeconds(2);

    static final String VARIABLE = "THESISBOT_REDIS_URL";

    static RedisUrl parse(String url, Duration commandTimeout) {
        String u = url.strip();
        if (!(u.startsWith("redis://") || u.startsWith("rediss://") || u.startsWith("redis-socket://"))) {
            throw new ConfigException(VARIABLE + " must start with redis://, rediss:// (TLS) or redis-socket://, "
                    + "e.g. redis://localhost:6379/0 or redis://:PASSWORD@redis:6379/0");
        }
        RedisURI uri;
        try {
            uri = RedisURI.create(u);
        } catch (RuntimeException e) {
            // the message of a parse error may quote the URL, and so the password: never pass it on
            throw new ConfigException(VARIABLE + " is not a valid Redis URL (expected redis://[[user]:password@]host[:port][/database])");
        }
        if (uri.getSocket() == null && (uri.getHost() == null || uri.getHost().isBlank())) {
            throw new ConfigException(VARIABLE + " names no host (expected redis://host:6379/0)");
        }
        uri.setTimeout(SETUP_TIMEOUT);
        return new RedisUrl(uri, u.indexOf('@') > 0 && !u.startsWith("redis-socket://"), commandTimeout);
    }

    /** Where, without secrets: {@code redis://host:6379/0 (TLS, password)}. */
    String display() {
        String where = uri.getSocket() != null ? "redis-socket://" + uri.getSocket()
                : (uri.isSsl() ? "rediss://" : "redis://") + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
        return where + (password ? " (with password)" : "");
    }
}
