package org.sovet.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of an SMTP server. Slowed, it passes one connection at a time, each after
 * holding it a while; paused, it holds every new connection until resumed. So a test kills the
 * application with mail on its way but between two mails — those before accepted and recorded —
 * never in the instant between the server's acceptance and the application's record of it.
 */
public final class SlowSmtpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Semaphore oneAtATime = new Semaphore(1);
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger passing = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile long lastEnded = System.nanoTime();
    private volatile Duration delay = Duration.ZERO;

    public SlowSmtpRelay(int targetPort) {
        this.targetPort = targetPort;
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Zero: every connection passes at once; more: one at a time, each held this long first. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** Holds every connection not yet passed until {@link #resume()}. */
    public void pause() {
        gate = new CountDownLatch(1);
    }

    public void resume() {
        gate.countDown();
    }

    /** Connections held, not yet passed to the server. */
    public int held() {
        return held.get();
    }

    /** No conversation under way, and the last one ended at least {@code quiet} ago. */
    public boolean quiet(Duration quiet) {
        return passing.get() == 0 && System.nanoTime() - lastEnded >= quiet.toNanos();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon(() -> relay(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        Duration hold = delay;
        boolean serial = !hold.isZero();
        held.incrementAndGet();
        try (client) {
            if (serial) {
                oneAtATime.acquire();
            }
            try {
                Thread.sleep(hold.toMillis()); // the slow server under test, not a wait of the test
                gate.await();
                held.decrementAndGet();
                pass(client);
            } finally {
                if (serial) {
                    oneAtATime.release();
                }
            }
        } catch (IOException e) {
            // the application died mid-conversation: the server sees the connection drop, as it would
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pass(Socket client) throws IOException, InterruptedException {
        passing.incrementAndGet();
        try (Socket target = new Socket("127.0.0.1", targetPort)) {
            Thread copyBack = daemon(() -> copy(target, client));
            copy(client, target);
            copyBack.join();
        } finally {
            lastEnded = System.nanoTime();
            passing.decrementAndGet();
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "slow-smtp-relay");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed by the other side
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
