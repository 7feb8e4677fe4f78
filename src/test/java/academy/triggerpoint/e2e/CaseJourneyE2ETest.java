package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Case scenarios in a real browser: one that ends on an unsafe decision, one that passes. */
class CaseJourneyE2ETest extends BrowserJourney {

    private Page openCase(String learnerName, String caseTitle) {
        Page page = signedIn(learner(learnerName));
        page.navigate(url("courses/intro-course"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol in this course")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the first lesson")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark complete and continue")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referred pain"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark complete and continue")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contraindications"))).isVisible();
        page.navigate(url("courses/intro-course"));
        page.getByText("Go to the case").nth(caseIndex(caseTitle)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(caseTitle))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the case")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The patient"))).isVisible();
        ready(page);
        return page;
    }

    /** The course page lists the module's cases in file-name order. */
    private static int caseIndex(String caseTitle) {
        return caseTitle.startsWith("Neck pain") ? 0 : 1;
    }

    @Test
    void needling_an_anticoagulated_patient_above_range_ends_the_case_failed_critical_with_the_safety_point() {
        Page page = openCase("Hasty Clinician", "Neck pain in a patient on warfarin");
        StringBuilder sentToBrowser = new StringBuilder();
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl")) {
                sentToBrowser.append(response.text());
            }
        });
        page.getByLabel("Her latest INR result").check();
        saved(page);
        page.getByLabel("Easy bruising or prolonged bleeding").check();
        saved(page);
        page.getByLabel("+1 (more likely)").check();
        saved(page);
        goOn(page, "Stage 2 · Decision: Deciding whether to needle");
        assertThat(page.getByText("Locked: answers in this stage can no longer change")).isVisible();

        page.getByLabel("Needle the upper trapezius as planned.").check();
        saved(page);
        Browser.screenshot(page, "case-01-decision");
        assertThat(sentToBrowser.toString()).contains("Her INR yesterday was 3.8")
                .doesNotContain("deferred until the INR", "An INR above range raises", "Anticoagulation clinic agrees");
        goOn(page, null);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not passed: safety-critical mistake")))
                .isVisible();
        assertThat(page.getByText("needling should be deferred until the INR is back in range")).isVisible();
        assertThat(page.getByText("The best choice: Treat without needles today")).isVisible();
        assertThat(page.getByText("Aftercare: Aftercare (you did not reach this stage)")).isVisible();
        Browser.screenshot(page, "case-02-failed-critical");
        page.getByText("Revisit the lesson “Contraindications”").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contraindications"))).isVisible();
    }

    @Test
    void a_learner_who_examines_plans_and_advises_well_passes_the_case() {
        Page page = openCase("Careful Clinician", "Calf pain in a runner");
        page.getByLabel("A tender spot within a taut band").check();
        saved(page);
        goOn(page, "Stage 2 · Decision: Planning treatment");
        page.getByLabel("Needle the medial gastrocnemius and add a graded loading programme.").check();
        saved(page);
        goOn(page, "Stage 3 · Aftercare: Aftercare");
        page.getByLabel("True", new Page.GetByLabelOptions().setExact(true)).check();
        saved(page);
        goOn(page, null);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passed"))).isVisible();
        assertThat(page.getByText("Score 100.0%")).isVisible();
        Browser.screenshot(page, "case-03-passed");
        page.getByText("← Back to the course").click();
        assertThat(page.getByText("✓ Case: Calf pain in a runner")).isVisible();
    }
}
