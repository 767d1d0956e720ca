package org.thesisbot.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP client under every LLM model: LangChain4j's JDK client, with the two things it lacks for
 * streams whose caller has given up.
 *
 * <ul>
 *   <li><b>A stream can be cut off.</b> The JDK client's timeout covers only the wait for the response
 *       headers; a server that sends headers and then stalls keeps a thread blocked in the body read, and
 *       its connection open, forever (60 hung streams took a process from 47 to 194 threads). LangChain4j's
 *       own {@code StreamingHandle.cancel()} only exists once a first token has arrived. So every streamed
 *       body is attached to the {@link Call} opened on the thread that started the model call, and
 *       {@link Call#cancel()} closes it, which ends the blocked read and closes the connection.</li>
 *   <li><b>Idle threads go away.</b> The JDK client's default executor keeps idle threads for 60 s; this
 *       one keeps them for 2 s, so after a burst of abandoned streams the thread count is back to its
 *       baseline a few seconds after the last deadline.</li>
 * </ul>
 * One instance per model factory; thread-safe.
 */
public final class LlmHttp {
    private static final Duration IDLE_THREAD = Duration.ofSeconds(2);
    /** Far above the answer workers that can call a model at once; a bound, not a tuning knob. */
    private static final int MAX_THREADS = 256;

    private final ThreadPoolExecutor executor;
    private final ThreadLocal<Call> current = new ThreadLocal<>();

    public LlmHttp() {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, MAX_THREADS, IDLE_THREAD.toMillis(), TimeUnit.MILLISECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "llm-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The builder to give a LangChain4j model ({@code .httpClientBuilder(...)}); the model sets its timeouts. */
    public HttpClientBuilder builder() {
        return new Builder(new JdkHttpClientBuilder().httpClientBuilder(java.net.http.HttpClient.newBuilder().executor(executor)));
    }

    /**
     * Opens a call on this thread: a stream that a model starts on this thread before {@link #release()}
     * belongs to it. Model calls start their HTTP request on the calling thread and read it elsewhere.
     */
    public Call open() {
        Call call = new Call();
        current.set(call);
        return call;
    }

    /** Ends the window opened by {@link #open()} (the call itself stays cancellable). */
    public void release() {
        current.remove();
    }

    /** Threads of this client that are alive now (for tests and the bench). */
    public int liveThreads() {
        return executor.getPoolSize();
    }

    /** One model call's streamed body, which can be closed from any thread, before or after it arrives. */
    public static final class Call {
        private InputStream body;
        private boolean cancelled;

        synchronized void attach(InputStream in) {
            if (cancelled) {
                closeQuietly(in);
            } else {
                body = in;
            }
        }

        /** Closes the stream (now, or as soon as it arrives): the read ends and the connection is closed. */
        public void cancel() {
            InputStream in;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                in = body;
                body = null;
            }
            if (in != null) {
                closeQuietly(in);
            }
        }

        public synchronized boolean cancelled() {
            return cancelled;
        }

        private static void closeQuietly(InputStream in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }

    private final class Builder implements HttpClientBuilder {
        private final JdkHttpClientBuilder delegate;

        Builder(JdkHttpClientBuilder delegate) {
            this.delegate = delegate;
        }

        @Override
        public Duration connectTimeout() {
            return delegate.connectTimeout();
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            delegate.connectTimeout(timeout);
            return this;
        }

        @Override
        public Duration readTimeout() {
            return delegate.readTimeout();
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            delegate.readTimeout(timeout);
            return this;
        }

        @Override
        public HttpClient build() {
            return new Client(delegate.build());
        }
    }

    private final class Client implements HttpClient {
        private final HttpClient delegate;

        Client(HttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
            return delegate.execute(request);
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            Call call = current.get();
            if (call == null) {
                delegate.execute(request, parser, listener);
                return;
            }
            delegate.execute(request, (in, l) -> {
                call.attach(in);
                parser.parse(in, l);
            }, listener);
        }
    }
}
