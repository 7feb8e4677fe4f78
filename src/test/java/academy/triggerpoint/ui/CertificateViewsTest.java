package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.CertificateAdministration;
import academy.triggerpoint.certification.CertificateRecord;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.certification.ui.MyCertificatesView;
import academy.triggerpoint.certification.ui.VerifyView;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class CertificateViewsTest {

    @Autowired academy.triggerpoint.BackgroundWork background;
    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CertificateService certificates;
    @Autowired CertificateAdministration administration;

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    @Test
    void a_graduate_sees_the_certificate_and_a_stranger_can_verify_it_without_signing_in() {
        SignIn.as(TestAccounts.create(accounts, "Proud Graduate"));
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        var mine = certificates.mine().getFirst();
        String code = mine.code();
        KaribuViews.setUp(context);

        UI.getCurrent().navigate(MyCertificatesView.class);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isOne();
        assertThat(lines(GridKt._getCellComponent(grid, 0, "certificate"))).as("one stacked cell, nothing off-screen on a phone")
                .containsExactly("Introduction to Trigger Points", "✓ Valid · valid until " + date(mine.expiresAt()),
                        "Completed " + date(mine.completedAt()) + " · 0.5 CE hours",
                        "PDFPublic pageCredential (JSON)Badge (PNG)", "Add to wallet");
        assertThat(grid.getColumns()).hasSize(1);
        KaribuViews.tearDown();

        SignIn.out();
        KaribuViews.setUp(context);
        UI.getCurrent().navigate("verify/" + code);
        assertThat(_get(VerifyView.class)).isNotNull();
        assertThat(KaribuViews.everythingOnThePage()).contains("Valid certificate",
                "Proud Graduate completed “Introduction to Trigger Points”", "0.5 CE contact hours")
                .doesNotContain("Registration", "TEST-");
        UI.getCurrent().navigate("verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZ");
        assertThat(KaribuViews.everythingOnThePage()).contains("No certificate found").doesNotContain("Proud Graduate");
    }

    @Test
    void an_uploaded_file_gets_one_verdict_of_its_own_and_a_file_we_did_not_issue_never_shows_green() {
        SignIn.as(TestAccounts.create(accounts, "Careful Verifier Subject"));
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        String code = certificates.mine().getFirst().code();
        byte[] issued = certificates.pdf(code).orElseThrow();
        byte[] altered = issued.clone();
        altered[altered.length / 2] ^= 0x01;
        SignIn.out();
        KaribuViews.setUp(context);
        UI.getCurrent().navigate("verify/" + code);
        assertThat(verdicts()).containsExactly("Valid certificate");

        Upload upload = _get(Upload.class);
        BasicUtilsKt._fireDomEvent(upload, "upload-start");
        assertThat(verdicts()).as("the code's verdict goes as soon as a file starts uploading").isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("verdict")).getElement().getTextRecursively())
                .isEqualTo("Checking the file…");

        UploadKt._upload(upload, "certificate.pdf", "application/pdf", altered);
        // (the real upload now empties its file list, so the next file can be dropped straight away)
        MockVaadin.runUIQueue();
        assertThat(verdicts()).containsExactly("This file is not a certificate we issued");
        assertThat(_find(Div.class, spec -> spec.withClasses("passed"))).as("no green banner beside a file that does not match")
                .isEmpty();
        assertThat(verdictText()).contains("The code you checked, " + code + ", belongs to a certificate of "
                + "Careful Verifier Subject for “Introduction to Trigger Points” (valid), but this file is not the one we issued",
                "File checked: certificate.pdf");

        // The answer for this file arrives before the browser's report that its upload started.
        UploadKt._upload(upload, "certificate.pdf", "application/pdf", issued);
        MockVaadin.runUIQueue();
        assertThat(verdicts()).containsExactly("Valid certificate");
        assertThat(verdictText()).contains("The uploaded file is exactly the one we issued for this certificate",
                "Careful Verifier Subject completed “Introduction to Trigger Points”").doesNotContain("not a certificate we issued");
        assertThat(_get(TextField.class).getValue()).isEqualTo(code);

        BasicUtilsKt._fireDomEvent(upload, "upload-start");
        assertThat(verdicts()).as("the late report of the start of an answered upload keeps its verdict")
                .containsExactly("Valid certificate");
    }

    @Autowired academy.triggerpoint.certification.CredentialService credentials;

    @Test
    void an_uploaded_credential_gets_a_verdict_with_its_reason_and_only_a_valid_one_is_green() {
        SignIn.as(TestAccounts.create(accounts, "Wallet Holder"));
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        String code = certificates.mine().getFirst().code();
        byte[] json = credentials.credentialJson(code).orElseThrow().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] badge = credentials.badge(code).orElseThrow();
        SignIn.out();
        KaribuViews.setUp(context);
        UI.getCurrent().navigate("verify");
        Upload upload = _get(Upload.class);

        UploadKt._upload(upload, "credential.json", "application/json", json);
        MockVaadin.runUIQueue();
        assertThat(verdicts()).containsExactly("Valid credential");
        assertThat(verdictText()).contains("Signed with our published key", "Wallet Holder: “Introduction to Trigger Points",
                "File checked: credential.json");

        UploadKt._upload(upload, "badge.png", "image/png", badge);
        MockVaadin.runUIQueue();
        assertThat(verdicts()).containsExactly("Valid credential");

        String text = new String(json, java.nio.charset.StandardCharsets.UTF_8);
        int at = (text.indexOf('.') + text.lastIndexOf('.')) / 2;
        byte[] tampered = (text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        UploadKt._upload(upload, "credential.json", "application/json", tampered);
        MockVaadin.runUIQueue();
        assertThat(verdicts()).containsExactly("Tampered credential");
        assertThat(_find(Div.class, spec -> spec.withClasses("passed"))).isEmpty();
        assertThat(verdictText()).contains("The signature does not match the content").doesNotContain("Wallet Holder");

        UploadKt._upload(upload, "notes.json", "application/json", "{\"todo\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(verdicts()).containsExactly("Not a credential");
        assertThat(verdictText()).contains("This JSON file is not an Open Badges credential.", "File checked: notes.json");

        UploadKt._upload(upload, "photo.png", "image/png", academy.triggerpoint.certification.credential.BadgeImage.draw("A", "B", "C"));
        MockVaadin.runUIQueue();
        assertThat(verdicts()).containsExactly("No credential in this image");

        SignIn.as(TestAccounts.create(accounts, "Credential Revoker", Role.ADMIN));
        administration.revoke(code, "Test of the verdict");
        SignIn.out();
        UploadKt._upload(upload, "credential.json", "application/json", json);
        MockVaadin.runUIQueue();
        assertThat(verdicts()).containsExactly("Revoked credential");
        assertThat(verdictText()).contains("Our status list marks this credential as revoked");
    }

    @Test
    void an_administrator_reads_a_certificates_whole_code_and_revocation_reason_in_wrapping_cells() {
        SignIn.as(TestAccounts.create(accounts, "Revoked Graduate"));
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        String code = certificates.mine().getFirst().code();
        String reason = "Issued in error: the learner's practical assessment was never recorded by the clinic";
        SignIn.as(TestAccounts.create(accounts, "Certificate Admin", Role.ADMIN));
        administration.revoke(code, reason);
        KaribuViews.setUp(context);

        UI.getCurrent().navigate("admin/certificates");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Learner, course or code")), code);

        @SuppressWarnings("unchecked")
        Grid<CertificateRecord> grid = _get(Grid.class, spec -> spec.withClasses("certificates-admin"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(lines(GridKt._getCellComponent(grid, 0, "certificate")))
                .containsExactly("Revoked Graduate", "Introduction to Trigger Points", code);
        assertThat(lines(GridKt._getCellComponent(grid, 0, "status"))).startsWith("Revoked", "Reason: " + reason);
    }

    /** The headings of the verdicts on the page. */
    private static java.util.List<String> verdicts() {
        return _find(Div.class, spec -> spec.withClasses("outcome")).stream()
                .flatMap(box -> box.getChildren().filter(H2.class::isInstance).map(h -> ((H2) h).getText())).toList();
    }

    private static String verdictText() {
        return _get(Div.class, spec -> spec.withClasses("verdict")).getElement().getTextRecursively();
    }

    private static java.util.List<String> lines(com.vaadin.flow.component.Component cell) {
        return cell.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static String date(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC).format(instant);
    }
}
