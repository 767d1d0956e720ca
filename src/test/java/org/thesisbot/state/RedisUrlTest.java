package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.ConfigException;
import redis.clients.jedis.HostAndPort;

class RedisUrlTest {
    private static final Duration TIMEOUT = Duration.ofMillis(50);

    @Test
    void a_url_names_where_who_and_which_database_and_prints_no_password() {
        RedisUrl u = RedisUrl.parse(" redis://bot:s3cret-pass@redis-host:6380/2 ", TIMEOUT);
        assertEquals(new HostAndPort("redis-host", 6380), u.where());
        assertEquals("bot", u.user());
        assertEquals("s3cret-pass", u.password());
        assertEquals(2, u.database());
        assertFalse(u.tls());
        assertEquals("redis://redis-host:6380/2 (with password)", u.display());
        assertEquals(u.display(), u.toString(), "a record's own toString would print the password");
    }

    @Test
    void port_database_user_and_password_are_optional_and_rediss_is_tls() {
        RedisUrl u = RedisUrl.parse("rediss://redis-host", TIMEOUT);
        assertEquals(new HostAndPort("redis-host", 6379), u.where());
        assertEquals(0, u.database());
        assertTrue(u.tls());
        assertEquals(null, u.user());
        assertEquals(null, u.password());
        assertEquals("rediss://redis-host:6379/0", u.display());
        RedisUrl passwordOnly = RedisUrl.parse("redis://:pw@h:1/0", TIMEOUT);
        assertEquals(null, passwordOnly.user());
        assertEquals("pw", passwordOnly.password());
    }

    @Test
    void other_schemes_and_bad_databases_stop_start_up_without_quoting_the_url() {
        ConfigException socket = assertThrows(ConfigException.class, () -> RedisUrl.parse("redis-socket:///tmp/redis.sock", TIMEOUT));
        assertTrue(socket.getMessage().startsWith("THESISBOT_REDIS_URL must start with redis:// or rediss://"), socket.getMessage());
        ConfigException db = assertThrows(ConfigException.class, () -> RedisUrl.parse("redis://:s3cret@h:6379/zero", TIMEOUT));
        assertFalse(db.getMessage().contains("s3cret"), db.getMessage());
    }
}
