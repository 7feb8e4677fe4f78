package academy.triggerpoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The audit the journeys rely on finds what it should, so a clean journey means something. */
class AccessibilityAuditTest {

    @Test
    void an_image_without_alternative_text_and_an_unlabelled_field_are_reported_once_per_page() {
        try (Browser browser = Browser.start()) {
            Page page = browser.newPage(1280, 900);
            page.setContent("<html lang=en><head><title>t</title></head><body><main><h1>Audit</h1>"
                    + "<img src=x.png><input type=text></main></body></html>");
            Accessibility audit = new Accessibility();

            audit.audit(page);
            audit.audit(page);

            assertThat(audit.violations()).anySatisfy(v -> assertThat(v).contains("image-alt"))
                    .anySatisfy(v -> assertThat(v).contains("label"));
            assertThat(audit.audited()).hasSize(1);
        }
    }
}
