package org.thesisbot.state;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh redis-server for each test (skipped where none can start), and whatever the test opened against it, closed
 * after it: the set-up the Redis test classes share.
 */
abstract class RedisPerTest {
    final List<AutoCloseable> open = new ArrayList<>();
    RedisServer redis;

    @BeforeEach
    void startRedis() {
        redis = RedisServer.startOrSkip();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        if (redis != null) {
            redis.close();
        }
    }
}
