package academy.triggerpoint.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.i18n.Languages;
import academy.triggerpoint.shared.mail.OutgoingMail;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class RegistrationServiceIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Autowired RegistrationService registration;
    @Autowired AccountDirectory directory;
    @Autowired AccountRepository accounts;
    @Autowired OutgoingMail mail;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;

    static RegistrationRequest request(String email) {
        return TestAccounts.registration(email);
    }

    private List<OutgoingMail.Message> mailTo(String email) {
        return mail.logged().stream().filter(m -> m.to().equalsIgnoreCase(email)).toList();
    }

    private String lastToken(String email) {
        List<OutgoingMail.Message> messages = mailTo(email);
        Matcher m = TOKEN.matcher(messages.get(messages.size() - 1).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void a_learner_registers_and_the_emailed_link_verifies_the_address_once() {
        registration.register(request("Zoe@Clinic.example"));

        LoginAccount created = directory.findForLogin("zoe@clinic.example").orElseThrow();
        assertThat(created.fullName()).isEqualTo("Zoë Łukasz Ngũgĩ");
        assertThat(created.roles()).containsExactly(Role.LEARNER);
        assertThat(created.emailVerified()).isFalse();
        assertThat(encoder.matches("trigger points in taut bands", created.passwordHash())).isTrue();

        String token = lastToken("zoe@clinic.example");
        assertThat(registration.verifyEmail(token)).isTrue();
        assertThat(directory.findForLogin("ZOE@clinic.example").orElseThrow().emailVerified()).isTrue();
        assertThat(registration.verifyEmail(token)).as("a used link").isFalse();
    }

    @Test
    void a_registration_from_a_spanish_page_gets_a_spanish_verification_mail_and_keeps_spanish_for_later_mail() {
        registration.register(request("lucia@clinic.example"), null, Languages.SPANISH);

        assertThat(accounts.findByEmailNormalized("lucia@clinic.example").orElseThrow().getLanguage()).isEqualTo("es");
        assertThat(mailTo("lucia@clinic.example")).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Confirme su dirección de correo electrónico");
            assertThat(m.body()).startsWith("Le damos la bienvenida a Trigger Point Academy. Confirme su dirección en un plazo de 48 horas:\n")
                    .contains("/verify-email?token=");
        });
        assertThat(registration.verifyEmail(lastToken("lucia@clinic.example"))).isTrue();

        registration.requestPasswordReset("lucia@clinic.example", null, Languages.GERMAN);
        assertThat(mailTo("lucia@clinic.example")).last().satisfies(m -> {
            assertThat(m.subject()).as("the account's language wins over the page's").isEqualTo("Restablezca su contraseña de Trigger Point Academy");
            assertThat(m.body()).contains("/reset-password?token=", "Si no lo ha solicitado usted");
        });
    }

    @Test
    void mail_to_an_account_without_a_language_follows_the_page_it_was_asked_from_else_english() {
        registration.register(request("nolang@clinic.example"));
        assertThat(accounts.findByEmailNormalized("nolang@clinic.example").orElseThrow().getLanguage()).isNull();

        registration.requestPasswordReset("nolang@clinic.example", null, Languages.GERMAN);
        registration.register(request("nolang@clinic.example"), null, Languages.SPANISH);

        assertThat(mailTo("nolang@clinic.example")).extracting(OutgoingMail.Message::subject).containsExactly(
                "Confirm your email address", "Passwort für Trigger Point Academy zurücksetzen",
                "Alguien intentó registrarse con su dirección");
    }

    @Test
    void registering_an_existing_address_looks_the_same_and_warns_the_owner_instead() {
        registration.register(request("twice@clinic.example"));
        long before = accounts.count();

        registration.register(request(" TWICE@clinic.example "));

        assertThat(accounts.count()).isEqualTo(before);
        assertThat(mailTo("twice@clinic.example")).extracting(OutgoingMail.Message::subject)
                .containsExactly("Confirm your email address", "Someone tried to register with your address");
    }

    @Test
    void a_common_password_is_refused_with_the_field_named_and_nothing_is_saved() {
        RegistrationRequest weak = request("weak@clinic.example");
        weak.setPassword("password123");

        assertThatThrownBy(() -> registration.register(weak))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains("most commonly used");
                });
        assertThat(directory.findForLogin("weak@clinic.example")).isEmpty();
    }

    @Test
    void a_name_with_a_character_the_certificate_cannot_print_is_refused_at_the_name_naming_the_character() {
        RegistrationRequest emoji = request("emoji@clinic.example");
        emoji.setFullName("Zoë \uD83E\uDDEA Łukasz");

        assertThatThrownBy(() -> registration.register(emoji))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("fullName");
                    assertThat(e.getMessage()).startsWith("The character '\uD83E\uDDEA' (U+1F9EA) cannot be printed on a certificate");
                });
        assertThat(directory.findForLogin("emoji@clinic.example")).isEmpty();
    }

    @Test
    void names_in_the_scripts_the_certificate_fonts_cover_are_accepted() {
        RegistrationRequest reported = request("zoe.nguyen@clinic.example");
        reported.setFullName("Zoë Łukasiewicz-Nguyễn 李");
        RegistrationRequest korean = request("minjun@clinic.example");
        korean.setFullName("김민준");

        registration.register(reported);
        registration.register(korean);

        assertThat(directory.findForLogin("zoe.nguyen@clinic.example").orElseThrow().fullName())
                .isEqualTo("Zoë Łukasiewicz-Nguyễn 李");
        assertThat(directory.findForLogin("minjun@clinic.example").orElseThrow().fullName()).isEqualTo("김민준");
    }

    @Test
    void missing_fields_are_named_in_the_message() {
        RegistrationRequest incomplete = request("incomplete@clinic.example");
        incomplete.setLicenceNumber(" ");

        assertThatThrownBy(() -> registration.register(incomplete))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("licenceNumber"));
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_stops_working_after_an_hour() {
        registration.register(request("reset@clinic.example"));

        registration.requestPasswordReset("reset@clinic.example");
        String token = lastToken("reset@clinic.example");
        assertThat(registration.resetPassword(token, "a brand new passphrase")).isTrue();
        assertThat(encoder.matches("a brand new passphrase",
                directory.findForLogin("reset@clinic.example").orElseThrow().passwordHash())).isTrue();
        assertThat(registration.resetPassword(token, "another new passphrase")).as("single use").isFalse();

        registration.requestPasswordReset("reset@clinic.example");
        String late = lastToken("reset@clinic.example");
        clock.advance(Duration.ofMinutes(61));
        assertThat(registration.resetPassword(late, "too late passphrase")).as("expired").isFalse();
    }

    @Test
    void reset_mails_are_limited_per_address_and_per_client_and_the_answer_never_changes() {
        registration.register(request("flood@clinic.example"));
        int before = mailTo("flood@clinic.example").size();

        for (int i = 0; i < 5; i++) {
            registration.requestPasswordReset("flood@clinic.example", "203.0.113.7");
        }
        assertThat(mailTo("flood@clinic.example")).hasSize(before + MailLimit.PER_ADDRESS);

        // One client cannot spread the flood over many addresses either.
        for (int i = 0; i < 15; i++) {
            String address = "victim" + i + "@clinic.example";
            registration.register(request(address));
            registration.requestPasswordReset(address, "198.51.100.9");
        }
        long resets = mail.logged().stream().filter(m -> m.to().startsWith("victim") && m.subject().startsWith("Reset")).count();
        assertThat(resets).isEqualTo(MailLimit.PER_CLIENT);

        clock.advance(MailLimit.WINDOW.plusMinutes(1));
        registration.requestPasswordReset("flood@clinic.example", "203.0.113.7");
        assertThat(mailTo("flood@clinic.example")).hasSize(before + MailLimit.PER_ADDRESS + 1);
    }

    @Test
    void asking_to_reset_an_unknown_address_sends_nothing_and_says_nothing() {
        int before = mail.logged().size();

        registration.requestPasswordReset("nobody@nowhere.example");

        assertThat(mail.logged()).hasSize(before);
    }
}
