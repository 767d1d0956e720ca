package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AfterAckTest {

    @Test
    void work_handed_off_during_a_request_reaches_the_workers_only_when_the_ack_is_released() throws Exception {
        AfterAck afterAck = new AfterAck();
        try (WorkQueue queue = new WorkQueue(2, 10, afterAck)) {
            CountDownLatch answered = new CountDownLatch(1);
            afterAck.open();
            queue.submitAfterAck(answered::countDown, () -> { });
            assertFalse(answered.await(300, TimeUnit.MILLISECONDS), "the worker started before the ack was written");
            afterAck.release();
            assertTrue(answered.await(5, TimeUnit.SECONDS), "the deferred answer never ran");
        }
    }

    @Test
    void outside_a_request_work_is_handed_off_at_once() throws Exception {
        AfterAck afterAck = new AfterAck();
        try (WorkQueue queue = new WorkQueue(1, 10, afterAck)) {
            CountDownLatch noticed = new CountDownLatch(1);
            queue.noticeAfterAck(noticed::countDown);
            assertTrue(noticed.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void deferred_jobs_run_in_order_and_one_failing_does_not_lose_the_others() {
        AfterAck afterAck = new AfterAck();
        List<String> ran = new CopyOnWriteArrayList<>();
        afterAck.open();
        afterAck.run(() -> ran.add("first"));
        afterAck.run(() -> {
            throw new IllegalStateException("boom");
        });
        afterAck.run(() -> ran.add("third"));
        assertTrue(ran.isEmpty());
        afterAck.release();
        assertEquals(List.of("first", "third"), ran);
        afterAck.run(() -> ran.add("after release: at once"));
        assertEquals(List.of("first", "third", "after release: at once"), ran);
    }

    @Test
    void a_full_pool_still_gets_the_busy_notice_after_the_ack() throws Exception {
        AfterAck afterAck = new AfterAck();
        try (WorkQueue queue = new WorkQueue(1, 1, afterAck)) {
            CountDownLatch hold = new CountDownLatch(1);
            CountDownLatch busy = new CountDownLatch(1);
            queue.submit(() -> awaitQuietly(hold), () -> { });   // the only worker is taken
            queue.submit(() -> { }, () -> { });                  // the only queue slot is taken
            afterAck.open();
            queue.submitAfterAck(() -> { }, busy::countDown);
            assertFalse(busy.await(200, TimeUnit.MILLISECONDS));
            afterAck.release();
            assertTrue(busy.await(5, TimeUnit.SECONDS), "no busy notice for a question the pool could not take");
            hold.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
