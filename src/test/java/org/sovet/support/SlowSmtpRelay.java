package org.sovet.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP relay in front of an SMTP server that holds each new connection for a while before passing
 * it on: a slow mail server, so a test can kill the application while some of its mails have been
 * accepted and others are still on their way.
 */
public final class SlowSmtpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
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

    public void delay(Duration delay) {
        this.delay = delay;
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
            Thread.sleep(delay.toMillis()); // the slow server under test, not a wait of the test
            Thread copyBack = daemon(() -> copy(target, client));
            copy(client, target);
            copyBack.join();
        } catch (IOException e) {
            // the application died mid-conversation: the server sees the connection drop, as it would
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
