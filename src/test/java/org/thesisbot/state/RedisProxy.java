package org.thesisbot.state;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP relay between the bot and a real {@link RedisServer}, at the network boundary: commands pass at once; Redis'
 * replies pass at once too, unless {@link #hold} is on, when they are kept until {@link #release} lets a given number
 * of bytes through. So a test can let the bot read one reply while the one after it (already written by Redis) waits.
 */
final class RedisProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int redisPort;
    private final List<Socket> sockets = new ArrayList<>();
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private OutputStream heldFor;
    private boolean holding;

    RedisProxy(int redisPort) throws IOException {
        this.redisPort = redisPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "redis-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** {@code redis://127.0.0.1:<port>/0}, through the relay. */
    String url() {
        return "redis://127.0.0.1:" + server.getLocalPort() + "/0";
    }

    /** From now on, replies are kept (see {@link #release}). */
    synchronized void hold() {
        holding = true;
    }

    /** Bytes of replies kept so far and not released. */
    synchronized int held() {
        return held.size();
    }

    /** Lets the first {@code n} kept bytes through, in order; the rest stay kept. */
    synchronized void release(int n) throws IOException {
        byte[] all = held.toByteArray();
        heldFor.write(all, 0, n);
        heldFor.flush();
        held.reset();
        held.write(all, n, all.length - n);
    }

    /** Lets everything kept through, and stops holding. */
    synchronized void releaseAll() throws IOException {
        if (held.size() > 0) {
            release(held.size());
        }
        holding = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket redis = new Socket(InetAddress.getLoopbackAddress(), redisPort);
                client.setTcpNoDelay(true);
                redis.setTcpNoDelay(true);
                synchronized (this) {
                    sockets.add(client);
                    sockets.add(redis);
                }
                pump(client.getInputStream(), redis.getOutputStream(), false);
                pump(redis.getInputStream(), client.getOutputStream(), true);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out, boolean replies) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (this) {
                        if (replies && holding) {
                            if (heldFor != null && heldFor != out && held.size() > 0) {
                                throw new IllegalStateException("replies held on two connections at once");
                            }
                            heldFor = out;
                            held.write(buf, 0, n);
                        } else {
                            out.write(buf, 0, n);
                            out.flush();
                        }
                    }
                }
            } catch (IOException e) {
                // a side closed: the relay of this connection ends
            }
        }, "redis-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public synchronized void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
