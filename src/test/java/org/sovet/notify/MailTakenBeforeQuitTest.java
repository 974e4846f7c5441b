package org.sovet.notify;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sovet.config.SovetProperties;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.thymeleaf.TemplateEngine;

/**
 * A mail the SMTP server has taken is recorded at once, before the connection's closing exchange: a
 * server (or a crash) breaking off at QUIT no longer fails the job, whose retry then mailed the member again.
 */
class MailTakenBeforeQuitTest extends SovetTest {

    @Autowired TemplateEngine templates;
    @Autowired SovetProperties properties;
    @Autowired SentMail sentMail;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldRecordAMailTheServerTookThoughTheConnectionBreaksAtQuit() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            AtomicInteger taken = new AtomicInteger();
            Thread server = new Thread(() -> serve(socket, taken), "quitless-smtp");
            server.setDaemon(true);
            server.start();
            Mailer mailer = new Mailer(new SmtpDelivery(sender(socket.getLocalPort())), templates, properties, sentMail);
            MailKey key = new MailKey("process/activity-instance/belyaev");

            mailer.send(key, mail());
            mailer.send(key, mail());

            assertThat(taken).as("messages the server took").hasValue(1);
            assertThat(jdbc.sql("select count(*) from sent_mail where mail_key = ?").param(key.value()).query(Integer.class).single())
                    .isOne();
            server.interrupt();
        }
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    private static Mail mail() {
        return new Mail("belyaev@example.org", "Беляев Сергей Иванович", "Сергей Иванович", "Новая задача", "task-assigned",
                Map.of("tasks", List.of(Map.of("taskName", "Предложить вопросы в повестку"))), List.of());
    }

    /** An SMTP server that takes every message and then, asked to QUIT, drops the connection without an answer. */
    private static void serve(ServerSocket socket, AtomicInteger taken) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), US_ASCII))) {
                OutputStream out = client.getOutputStream();
                answer(out, "220 test");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.toUpperCase();
                    if (command.startsWith("QUIT")) {
                        break;
                    } else if (command.startsWith("DATA")) {
                        answer(out, "354 go on");
                        readMessage(in);
                        taken.incrementAndGet();
                        answer(out, "250 taken");
                    } else {
                        answer(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The message's lines, up to the lone dot that ends it. */
    private static void readMessage(BufferedReader in) throws IOException {
        String line = in.readLine();
        while (line != null && !line.equals(".")) {
            line = in.readLine();
        }
    }

    private static void answer(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(US_ASCII));
        out.flush();
    }
}
