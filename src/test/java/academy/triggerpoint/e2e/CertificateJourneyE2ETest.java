package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.certification.pdf.PdfQr;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.security.SignIn;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A graduate downloads their certificate; a stranger verifies it by its link without signing in. */
class CertificateJourneyE2ETest extends BrowserJourney {

    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CertificateService certificates;

    @Test
    void a_certificate_pending_for_an_unprintable_name_is_issued_once_the_learner_corrects_the_name_in_the_browser() {
        LoginAccount graduate = TestAccounts.create(accounts, "Kai \uD83E\uDDEA Tane");
        SignIn.as(graduate);
        try {
            FixtureJourneys.completeTheCourse(catalog, attempts);
        } finally {
            SignIn.out();
        }
        background.awaitDone();

        Page page = signedIn(withPassword(graduate));
        page.navigate(url("certificates"));
        assertThat(page.getByText("is pending: ")).isVisible();
        assertThat(page.getByText("U+1F9EA")).isVisible();
        Browser.screenshot(page, "certificate-pending");

        page.navigate(url("profile"));
        ready(page);
        page.getByLabel("Full name (prints on certificates)").fill("Kai Tane");
        page.getByLabel("Licence or registration number").fill("PT-4242");
        page.getByLabel("Country that issued the licence").fill("New Zealand");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
        assertThat(page.getByText("Your details are saved.")).isVisible();
        background.awaitDone();

        page.navigate(url("certificates"));
        assertThat(page.getByText("Introduction to Trigger Points").first()).isVisible();
        assertThat(page.getByText("is pending: ")).hasCount(0);
    }

    @Test
    void a_graduate_downloads_the_pdf_and_anyone_who_scans_its_qr_code_sees_it_is_valid_but_nobody_else_can_download_it()
            throws Exception {
        LoginAccount graduate = TestAccounts.create(accounts, "Ngũgĩ Łukasz");
        String code;
        SignIn.as(graduate);
        try {
            FixtureJourneys.completeTheCourse(catalog, attempts);
            background.awaitDone();
            code = certificates.mine().getFirst().code();
        } finally {
            SignIn.out();
        }

        Page page = signedIn(withPassword(graduate));
        page.getByText("My certificates").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My certificates"))).isVisible();
        assertThat(page.getByText("✓ Valid")).isVisible();
        Browser.screenshot(page, "certificate-01-mine");
        APIResponse pdf = page.request().get(url("certificate-files/" + code + ".pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // The QR code holds the configured public address; the test server listens on its own port.
        java.net.URI scanned = java.net.URI.create(PdfQr.decode(pdf.body()));
        assertThat(scanned.getPath()).isEqualTo("/verify/" + code);
        Page stranger = browser.newPage(1280, 900);
        stranger.navigate(url(scanned.getPath().substring(1)));
        assertThat(stranger.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Valid certificate"))).isVisible();
        assertThat(stranger.getByText("Ngũgĩ Łukasz completed “Introduction to Trigger Points”")).isVisible();
        stranger.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("certificate.pdf", "application/pdf", pdf.body()));
        assertThat(stranger.getByText("The uploaded file is exactly the one we issued for this certificate")).isVisible();
        assertThat(stranger.getByText("This file is not a certificate we issued")).hasCount(0);
        Browser.screenshot(stranger, "certificate-02-verified");
        APIResponse anonymous = stranger.request().get(url("certificate-files/" + code + ".pdf"),
                RequestOptions.create().setMaxRedirects(0));
        assertThat(anonymous.status()).as("sent to sign in, not given the file").isEqualTo(302);
        assertThat(anonymous.headers().get("location")).endsWith("/login");

        Page colleague = signedIn(learner("Curious Colleague"));
        assertThat(colleague.request().get(url("certificate-files/" + code + ".pdf")).status()).isEqualTo(404);
    }

    @Test
    void an_oversized_file_on_the_public_verification_page_is_refused_by_the_server_when_the_browser_limit_is_lifted() {
        Page stranger = browser.newPage(1280, 900);
        stranger.navigate(url("verify"));
        ready(stranger);
        // What an attacker does first: lift the upload component's own 5 MB limit in the page.
        stranger.evaluate("() => document.querySelector('vaadin-upload').maxFileSize = Infinity");
        stranger.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("huge.pdf", "application/pdf", new byte[6 * 1024 * 1024]));
        assertThat(stranger.getByText("huge.pdf is larger than 5 MB; nothing was read beyond that.")).isVisible();
        // Nothing was hashed and matched: neither verdict on the file appears.
        assertThat(stranger.getByText("This file is not a certificate we issued")).hasCount(0);
        assertThat(stranger.getByText("The uploaded file is exactly the one we issued")).hasCount(0);
        stranger.context().close();
    }
}
