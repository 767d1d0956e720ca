package org.thesisbot.state;

import java.net.URI;
import java.time.Duration;
import org.thesisbot.config.ConfigException;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;

/**
 * {@code THESISBOT_REDIS_URL}, parsed and checked at start: {@code redis://[[user]:password@]host[:port][/database]},
 * or {@code rediss://} for TLS. The URL may carry a password, so it is never printed: {@link #display()} (and
 * {@link #toString()}) is host, port, database and whether TLS and a password are used.
 */
record RedisUrl(HostAndPort where, String user, String password, int database, boolean tls, Duration commandTimeout) {
    /** The timeout of the connection handshake and of the warm-up commands that follow it. */
    static final Duration SETUP_TIMEOUT = Duration.ofSeconds(2);

    static final String VARIABLE = "THESISBOT_REDIS_URL";
    private static final int DEFAULT_PORT = 6379;

    static RedisUrl parse(String url, Duration commandTimeout) {
        String u = url.strip();
        if (!(u.startsWith("redis://") || u.startsWith("rediss://"))) {
            throw new ConfigException(VARIABLE + " must start with redis:// or rediss:// (TLS), "
                    + "e.g. redis://localhost:6379/0 or redis://:PASSWORD@redis:6379/0");
        }
        String host;
        int port;
        String user = null;
        String password = null;
        int database;
        try {
            URI uri = URI.create(u);
            host = uri.getHost();
            port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
            String info = uri.getUserInfo();
            if (info != null) {
                int colon = info.indexOf(':');
                user = colon <= 0 ? null : info.substring(0, colon);
                password = colon < 0 ? info : info.substring(colon + 1);
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            database = path.isEmpty() ? 0 : Integer.parseInt(path);
        } catch (RuntimeException e) {
            // the message of a parse error may quote the URL, and so the password: never pass it on
            throw new ConfigException(VARIABLE + " is not a valid Redis URL (expected redis://[[user]:password@]host[:port][/database])");
        }
        if (host == null || host.isBlank()) {
            throw new ConfigException(VARIABLE + " names no host (expected redis://host:6379/0)");
        }
        if (database < 0) {
            throw new ConfigException(VARIABLE + " names a negative database");
        }
        return new RedisUrl(new HostAndPort(host, port), user, password == null || password.isEmpty() ? null : password,
                database, u.startsWith("rediss://"), commandTimeout);
    }

    /**
     * How to open a connection: the handshake (log-in, database) bounded by {@link #SETUP_TIMEOUT}, in RESP2 with no
     * {@code HELLO} and no {@code CLIENT SETINFO}: nothing is sent on connecting but what the URL asks for.
     */
    JedisClientConfig config() {
        return DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) SETUP_TIMEOUT.toMillis())
                .socketTimeoutMillis((int) SETUP_TIMEOUT.toMillis())
                .user(user)
                .password(password)
                .database(database)
                .ssl(tls)
                .autoNegotiateProtocol(false)
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
                .build();
    }

    /** Where, without secrets: {@code redis://host:6379/0 (with password)}. */
    String display() {
        return (tls ? "rediss://" : "redis://") + where.getHost() + ":" + where.getPort() + "/" + database
                + (password != null ? " (with password)" : "");
    }

    @Override
    public String toString() {
        return display();
    }
}
