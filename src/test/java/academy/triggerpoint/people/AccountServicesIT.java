package academy.triggerpoint.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.AuditEvent;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.mail.OutgoingMail;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class AccountServicesIT {

    @Autowired ProfileService profiles;
    @Autowired AccountAdministration admin;
    @Autowired AccountDirectory directory;
    @Autowired AccountRepository accounts;
    @Autowired AuditTrail audit;
    @Autowired OutgoingMail mail;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_change_of_the_certificate_name_is_recorded_in_the_audit_trail() {
        LoginAccount learner = TestAccounts.create(accounts, "Anna Smith");
        SignIn.as(learner);

        profiles.updateMyProfile("Anna Smith-Ngata", "PT-1", "New Zealand", "Otago");

        assertThat(profiles.myProfile().fullName()).isEqualTo("Anna Smith-Ngata");
        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN));
        assertThat(audit.historyOf("account:" + learner.id())).extracting(AuditEvent::action, AuditEvent::details)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("certificate-name-changed",
                        "from \"Anna Smith\" to \"Anna Smith-Ngata\""));
    }

    @Test
    void a_profile_name_the_certificate_cannot_print_is_refused_and_the_old_name_kept() {
        LoginAccount learner = TestAccounts.create(accounts, "Carla Ruiz");
        SignIn.as(learner);

        assertThatThrownBy(() -> profiles.updateMyProfile("Carla \uD83E\uDDEA Ruiz", "PT-3", "Spain", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("fullName");
                    assertThat(e.getMessage()).startsWith("The character '\uD83E\uDDEA' (U+1F9EA) cannot be printed");
                });
        assertThat(profiles.myProfile().fullName()).isEqualTo("Carla Ruiz");

        profiles.updateMyProfile("카를라 루이스", "PT-3", "Spain", null);
        assertThat(profiles.myProfile().fullName()).isEqualTo("카를라 루이스");
    }

    @Test
    void an_admin_cannot_create_an_account_whose_name_the_certificate_cannot_print() {
        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN));

        assertThatThrownBy(() -> admin.createStaffAccount("Author \uD83E\uDDEA", "emoji.author." + System.nanoTime()
                + "@academy.example", EnumSet.of(Role.AUTHOR)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("fullName"));
    }

    @Test
    void editing_licence_details_without_renaming_writes_no_audit_entry() {
        LoginAccount learner = TestAccounts.create(accounts, "Ben Jones");
        SignIn.as(learner);

        profiles.updateMyProfile("Ben Jones", "PT-2", "Australia", "Victoria");

        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN));
        assertThat(audit.historyOf("account:" + learner.id())).isEmpty();
    }

    @Test
    void anonymous_callers_cannot_read_any_profile() {
        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_learner_cannot_use_account_administration() {
        SignIn.as(TestAccounts.create(accounts, "Curious Learner"));

        assertThatThrownBy(() -> admin.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.setEnabled(1, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_creates_a_manager_who_gets_a_link_to_choose_a_password() {
        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN));

        AccountSummary created = admin.createStaffAccount("Mere Manager", "mere@clinic.example", EnumSet.of(Role.MANAGER));

        assertThat(created.roles()).containsExactly(Role.MANAGER);
        assertThat(directory.findForLogin("mere@clinic.example").orElseThrow().passwordHash()).isNull();
        assertThat(mail.logged()).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo("mere@clinic.example");
            assertThat(m.body()).contains("/reset-password?token=");
        });
    }

    @Test
    void a_disabled_account_is_no_longer_active_and_the_change_is_audited() {
        LoginAccount learner = TestAccounts.create(accounts, "Leaving Learner");
        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN));

        admin.setEnabled(learner.id(), false);

        assertThat(directory.isActive(learner.id())).isFalse();
        assertThat(audit.historyOf("account:" + learner.id())).extracting(AuditEvent::action).containsExactly("account-disabled");
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        LoginAccount me = TestAccounts.create(accounts, "Admin", Role.ADMIN);
        SignIn.as(me);

        assertThatThrownBy(() -> admin.setEnabled(me.id(), false)).hasMessage("You cannot disable your own account.");
    }
}
