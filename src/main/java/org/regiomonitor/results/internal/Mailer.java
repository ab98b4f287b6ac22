package org.regiomonitor.results.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mails through Spring Boot's mail sender. Without {@code spring.mail.host} there is no sender:
 * nothing is sent and this is logged once. A failing server is logged and never passed on, so that no
 * change of data depends on it.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final AtomicBoolean toldDisabled = new AtomicBoolean();

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${regiomonitor.mail.from:regiomonitor@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether a mail server is configured. */
    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Sends the mail; returns whether the server accepted it (false also when mail is off). */
    boolean send(String to, String subject, String text) {
        JavaMailSender s = sender.getIfAvailable();
        if (s == null) {
            if (toldDisabled.compareAndSet(false, true)) {
                log.info("spring.mail.host is not set: no mails are sent");
            }
            return false;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject(subject);
        m.setText(text);
        try {
            s.send(m);
            return true;
        } catch (MailException e) {
            log.warn("Mail '{}' to {} not sent: {}", subject, to, e.getMessage());
            return false;
        }
    }
}
