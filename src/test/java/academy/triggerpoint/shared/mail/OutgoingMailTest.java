package academy.triggerpoint.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class OutgoingMailTest {

    private final OutgoingMail mail = new OutgoingMail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "",
            "no-reply@triggerpoint.academy");

    @Test
    void mail_to_an_address_that_cannot_receive_mail_is_not_sent() {
        mail.send("lti-3-0a1b2c3d4e5f@lti.invalid", "Reminder", "Your course is due.");
        mail.send("ana@clinic.example", "Reminder", "Your course is due.");

        assertThat(mail.logged()).extracting(OutgoingMail.Message::to).containsExactly("ana@clinic.example");
        assertThat(OutgoingMail.undeliverable(" Someone@Platform.INVALID ")).isTrue();
        assertThat(OutgoingMail.undeliverable("someone@invalid.example")).isFalse();
    }
}
