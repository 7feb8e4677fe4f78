package academy.triggerpoint.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.ProfileService;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.AuditEvent;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CertificateAdministrationIT {

    @Autowired academy.triggerpoint.BackgroundWork background;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired ProfileService profiles;
    @Autowired CertificateService certificates;
    @Autowired CertificateAdministration administration;
    @Autowired AccountRepository accounts;
    @Autowired AuditTrail audit;
    @Autowired CertificateBatches batches;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String certificateOf(LoginAccount learner) {
        SignIn.as(learner);
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        return certificates.mine().getFirst().code();
    }

    private void asAdmin() {
        SignIn.as(TestAccounts.create(accounts, "Certificate Admin", Role.ADMIN));
    }

    @Test
    void a_revoked_certificate_verifies_as_revoked_with_its_date_but_not_the_reason_and_the_reason_is_audited() {
        String code = certificateOf(TestAccounts.create(accounts, "Revoked Learner"));
        asAdmin();

        assertThatThrownBy(() -> administration.revoke(code, " ")).isInstanceOf(InvalidInputException.class);
        CertificateRecord revoked = administration.revoke(code, "Completion obtained by sharing an account");

        assertThat(revoked.status()).isEqualTo("REVOKED");
        Verification seen = certificates.verify(code);
        assertThat(seen.status()).isEqualTo("REVOKED");
        assertThat(seen.revokedOn()).isNotNull();
        assertThat(seen.toString()).doesNotContain("sharing an account");
        assertThat(audit.historyOf("certificate:" + code)).extracting(AuditEvent::details)
                .containsExactly("Completion obtained by sharing an account");
        assertThatThrownBy(() -> administration.revoke(code, "again")).isInstanceOf(InvalidInputException.class);
        assertThat(administration.search("Revoked Learner")).extracting(CertificateRecord::code).containsExactly(code);
    }

    @Test
    void after_a_name_correction_a_reissued_certificate_carries_the_new_name_and_the_old_one_is_superseded() {
        LoginAccount learner = TestAccounts.create(accounts, "Jon Smyth");
        String old = certificateOf(learner);
        var profile = profiles.myProfile();
        profiles.updateMyProfile("John Smith", profile.licenceNumber(), profile.licenceCountry(), profile.licenceRegion());
        asAdmin();

        CertificateRecord replacement = administration.reissue(old);

        assertThat(replacement.learnerName()).isEqualTo("John Smith");
        assertThat(replacement.code()).isNotEqualTo(old);
        assertThat(certificates.verify(old).status()).isEqualTo("SUPERSEDED");
        assertThat(certificates.verify(replacement.code()).status()).isEqualTo("VALID");
        SignIn.as(learner);
        assertThat(certificates.mine()).extracting(CertificateSummary::status).containsExactly("VALID", "SUPERSEDED");
    }

    @Test
    void only_administrators_may_search_revoke_or_reissue() {
        LoginAccount learner = TestAccounts.create(accounts, "Ordinary Learner");
        String code = certificateOf(learner);

        assertThatThrownBy(() -> administration.search("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.revoke(code, "mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.reissue(code)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_batch_signs_a_courses_certificates_again_with_progress_and_earlier_downloads_still_verify() throws Exception {
        LoginAccount learner = TestAccounts.create(accounts, "Batch Learner");
        String code = certificateOf(learner);
        byte[] before = certificates.pdf(code).orElseThrow();
        asAdmin();
        int valid = batches.countValid("intro-course");

        BatchProgress started = batches.start("intro-course");
        assertThat(started.total()).isEqualTo(valid);
        BatchProgress finished = started;
        for (int i = 0; i < 200 && finished.running(); i++) {
            Thread.sleep(50);
            finished = batches.progress().orElseThrow();
        }

        assertThat(finished.running()).isFalse();
        assertThat(finished.done()).isEqualTo(valid);
        assertThat(finished.failed()).isZero();
        SignIn.as(learner);
        byte[] after = certificates.pdf(code).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(certificates.matchUpload(after, "10.0.0.9").code()).isEqualTo(code);
        assertThat(certificates.matchUpload(before, "10.0.0.9").code()).as("a copy downloaded before").isEqualTo(code);
        assertThat(certificates.verify(code).status()).isEqualTo("VALID");
        assertThatThrownBy(() -> batches.start(null)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
