package org.sovet.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A relay in front of an SMTP server that reads the client's side of the conversation message by
 * message. Slowed, it passes one message at a time, each held a while before its {@code MAIL FROM};
 * paused, it holds every message not yet begun until resumed. So a test kills the application with
 * mail on its way but between two mails — those before accepted and recorded — never in the instant
 * between the server's acceptance and the application's record of it. A message counts as under way
 * from its {@code MAIL FROM} until the client's next command: the client sends that only after the
 * server accepted the message and the application recorded it.
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

    /** Zero: every message passes at once; more: one at a time, each held this long first. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** Holds every message not yet begun until {@link #resume()}. */
    public void pause() {
        gate = new CountDownLatch(1);
    }

    public void resume() {
        gate.countDown();
    }

    /** Messages held, not yet begun. */
    public int held() {
        return held.get();
    }

    /** No message under way, and the last one ended at least {@code quiet} ago. */
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
        try (client; Socket target = new Socket("127.0.0.1", targetPort)) {
            Thread copyBack = daemon(() -> copy(target, client));
            new Conversation(client.getInputStream(), target.getOutputStream()).run();
            target.shutdownOutput();
            copyBack.join();
        } catch (IOException e) {
            // the application died mid-conversation: the server sees the connection drop, as it would
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The client's lines passed on one by one; a message's MAIL FROM waits for the delay and the gate. */
    private final class Conversation {

        private final InputStream in;
        private final OutputStream out;
        private boolean inData;
        private boolean underWay;
        private boolean serialHeld;

        Conversation(InputStream in, OutputStream out) {
            this.in = new BufferedInputStream(in);
            this.out = out;
        }

        void run() throws IOException, InterruptedException {
            try {
                for (byte[] line = line(); line != null; line = line()) {
                    String text = new String(line, StandardCharsets.US_ASCII).trim();
                    if (inData) {
                        inData = !text.equals(".");
                    } else {
                        if (underWay) {
                            ended();
                        }
                        if (text.toUpperCase().startsWith("MAIL FROM")) {
                            begin();
                        }
                        inData = text.equalsIgnoreCase("DATA");
                    }
                    out.write(line);
                    out.flush();
                }
            } finally {
                if (underWay) {
                    ended();
                }
            }
        }

        private void begin() throws InterruptedException {
            held.incrementAndGet();
            boolean serial = !delay.isZero();
            if (serial) {
                oneAtATime.acquire();
            }
            try {
                Thread.sleep(delay.toMillis()); // the slow server under test, not a wait of the test
                gate.await();
            } catch (InterruptedException e) {
                if (serial) {
                    oneAtATime.release();
                }
                throw e;
            } finally {
                held.decrementAndGet();
            }
            passing.incrementAndGet();
            underWay = true;
            serialHeld = serial;
        }

        private void ended() {
            underWay = false;
            lastEnded = System.nanoTime();
            passing.decrementAndGet();
            if (serialHeld) {
                serialHeld = false;
                oneAtATime.release();
            }
        }

        private byte[] line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            for (int b = in.read(); b != -1; b = in.read()) {
                line.write(b);
                if (b == '\n') {
                    return line.toByteArray();
                }
            }
            return line.size() == 0 ? null : line.toByteArray();
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
