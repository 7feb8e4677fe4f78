package academy.triggerpoint.shared.mail;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail. With {@code spring.mail.host} set, mail goes to that SMTP server; without
 * it (the demo profile and tests) each message is written to the log and kept in memory, so a
 * person trying the demo can follow a verification link from the console.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);
    private static final int KEPT = 200;

    private final JavaMailSender sender;
    private final String from;
    private final Deque<Message> kept = new ConcurrentLinkedDeque<>();

    OutgoingMail(ObjectProvider<JavaMailSender> sender,
                 @Value("${spring.mail.host:}") String host,
                 @Value("${academy.mail.from:no-reply@triggerpoint.academy}") String from) {
        this.sender = host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
    }

    /** Whether the address is under the reserved {@code .invalid} top-level domain, which no mail reaches. */
    public static boolean undeliverable(String to) {
        return to != null && to.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".invalid");
    }

    /** A message as it was handed over for delivery. */
    public record Message(String to, String subject, String body) {
    }

    public void send(String to, String subject, String body) {
        if (undeliverable(to)) {
            // An account another system created without a usable email (LTI) has an address under the
            // reserved .invalid domain (RFC 2606): nothing can reach it, so nothing is sent or retried.
            log.debug("Mail to {} not sent: the address cannot receive mail", to);
            return;
        }
        Message message = new Message(to, subject, body);
        if (sender != null) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(body);
            sender.send(mail);
        } else {
            log.info("Mail (not sent, no spring.mail.host) to {}: {}\n{}", to, subject, body);
            kept.addLast(message);
            while (kept.size() > KEPT) {
                kept.pollFirst();
            }
        }
    }

    /** Messages logged instead of sent, oldest first (demo profile and tests only). */
    public List<Message> logged() {
        return new ArrayList<>(kept);
    }
}
