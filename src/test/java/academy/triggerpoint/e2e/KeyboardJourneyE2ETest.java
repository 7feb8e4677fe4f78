package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.shared.mail.OutgoingMail;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole learner path with a keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7): no click, check or fill;
 * only Tab, arrows, Space, Enter and typed text, and addresses typed into the address bar. Every
 * focus stop on the way must show a visible focus indicator, and after a question change, a case
 * stage reveal or a dialog, focus is on something in the page, never lost to the document body.
 */
class KeyboardJourneyE2ETest extends BrowserJourney {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "keyboard only, every step";

    @Autowired OutgoingMail mail;

    /**
     * The element that has keyboard focus, through shadow roots, described by the component it
     * belongs to: its name as a screen reader would start to read it, and whether focus is shown.
     */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
              if (!e || e === document.body) { return {tag: 'body', name: '', group: '', shown: false}; }
              const owner = e.closest('vaadin-button, vaadin-radio-button, vaadin-checkbox, vaadin-text-field, '
                + 'vaadin-password-field, vaadin-email-field, vaadin-integer-field, vaadin-text-area, vaadin-select, '
                + 'vaadin-combo-box, vaadin-select-item, vaadin-item, vaadin-side-nav-item, vaadin-dialog-overlay, '
                + 'a, h1, h2, h3') || e;
              const name = (owner.getAttribute('aria-label') || owner.label || owner.innerText || owner.value || '')
                .trim().split(String.fromCharCode(10))[0];
              const groupElement = owner.closest('vaadin-radio-group, vaadin-checkbox-group');
              const group = groupElement ? (groupElement.label || '') : '';
              const shown = owner.hasAttribute('focus-ring') || e.matches(':focus-visible') || owner.matches(':focus-visible');
              return {tag: owner.localName, name: name, group: group, shown: shown};
            }""";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focused(Page page) {
        return (Map<String, Object>) page.evaluate(FOCUSED);
    }

    /**
     * Presses Tab until the {@code occurrence}-th focus stop whose name (or, inside a radio or
     * checkbox group, whose group's label) starts with {@code name} has focus, checking that every
     * stop on the way shows its focus.
     */
    private static void tabTo(Page page, String name, int occurrence) {
        int seen = 0;
        java.util.LinkedHashSet<String> stops = new java.util.LinkedHashSet<>();
        for (int press = 0; press < 120; press++) {
            page.keyboard().press("Tab");
            Map<String, Object> now = focused(page);
            stops.add(now.get("tag") + " “" + now.get("name") + "”");
            if (!"body".equals(now.get("tag"))) {
                assertThat((Boolean) now.get("shown")).as("focus is visible on " + now).isTrue();
            }
            boolean match = String.valueOf(now.get("name")).startsWith(name) || String.valueOf(now.get("group")).startsWith(name);
            if (match && ++seen == occurrence) {
                return;
            }
        }
        Browser.screenshot(page, "keyboard-failed-tab");
        throw new AssertionError("Tab never reached “" + name + "” on " + page.url() + "; it stopped at " + stops);
    }

    private static void tabTo(Page page, String name) {
        tabTo(page, name, 1);
    }

    private static void tabToTag(Page page, String tag) {
        for (int press = 0; press < 60; press++) {
            page.keyboard().press("Tab");
            if (tag.equals(focused(page).get("tag"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached a " + tag + " on " + page.url());
    }

    /** Tabs to a button or link and presses Enter. */
    private static void activate(Page page, String name) {
        tabTo(page, name);
        page.keyboard().press("Enter");
    }

    /** Moves through a radio group with the arrow keys until {@code option} is chosen (arrows select as they move). */
    private static void arrowTo(Page page, String option) {
        for (int press = 0; press < 12; press++) {
            if (String.valueOf(focused(page).get("name")).startsWith(option)) {
                page.keyboard().press("Space");
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("The arrows never reached “" + option + "”; focus " + focused(page));
    }

    private static void focusIsOn(Page page, String tag, String name) {
        Map<String, Object> now = focused(page);
        assertThat(now.get("tag")).as("focus after the page changed: " + now).isEqualTo(tag);
        assertThat(String.valueOf(now.get("name"))).startsWith(name);
    }

    private static void savedAnswer(Page page, int number) {
        assertThat(page.locator(".saved-mark")).containsText("Answer to question " + number + " saved");
    }

    @Test
    void a_learner_registers_reads_takes_the_whole_quiz_and_a_case_and_downloads_the_certificate_with_the_keyboard_alone() {
        Page page = browser.newPage(1280, 900);

        page.navigate(url("register"));
        ready(page);
        tabTo(page, "Full name");
        page.keyboard().type("Kim Keyboard");
        tabTo(page, "Email");
        page.keyboard().type("kim.keyboard@clinic.example");
        tabTo(page, "Licence or registration number");
        page.keyboard().type("PT-5150");
        tabTo(page, "Country that issued the licence");
        page.keyboard().type("Ireland");
        tabTo(page, "Password");
        page.keyboard().type(PASSWORD);
        activate(page, "Create account");
        assertThat(page.getByText("Check your email")).isVisible();
        String body = mail.logged().stream().filter(m -> m.to().equals("kim.keyboard@clinic.example"))
                .reduce((a, b) -> b).orElseThrow().body();
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        page.navigate(url("verify-email?token=" + token.group(1)));
        assertThat(page.getByText("Email confirmed")).isVisible();

        page.navigate(url("login"));
        ready(page);
        tabTo(page, "Email");
        page.keyboard().type("kim.keyboard@clinic.example");
        tabTo(page, "Password");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courses"))).isVisible();

        page.navigate(url("courses/intro-course"));
        ready(page);
        activate(page, "Enrol in this course");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the first lesson"))).isVisible();
        activate(page, "Start the first lesson");
        for (String next : List.of("Referred pain", "Contraindications")) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(next.equals("Referred pain")
                    ? "Taut bands" : "Referred pain"))).isVisible();
            ready(page);
            activate(page, "Mark complete and continue");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(next))).isVisible();
        }
        ready(page);
        activate(page, "Mark complete and continue");
        assertThat(page.getByText("Go to the quiz")).isVisible();
        ready(page);
        activate(page, "Go to the quiz");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Safety check"))).isVisible();
        ready(page);
        activate(page, "Start the quiz");

        for (int number = 1; number <= 8; number++) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question " + number + " of 8")))
                    .isVisible();
            ready(page);
            if (number > 1) {
                focusIsOn(page, "h2", "Question " + number + " of 8");
            }
            answerWithTheKeyboard(page, number);
            if (number < 8) {
                activate(page, "Next");
            }
        }
        activate(page, "Submit answers");
        assertThat(page.getByText("You answered every question.")).isVisible();
        assertThat(focused(page).get("tag")).as("focus moved into the dialog").isNotEqualTo("body");
        activate(page, "Submit now");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review"))).isVisible();
        assertThat(page.getByText("Passed").first()).isVisible();
        ready(page);
        Browser.screenshot(page, "keyboard-01-quiz-result");

        page.navigate(url("courses/intro-course"));
        ready(page);
        activate(page, "Go to the case");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Neck pain in a patient on warfarin")))
                .isVisible();
        ready(page);
        activate(page, "Start the case");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The patient"))).isVisible();
        ready(page);
        tabTo(page, "Her latest INR result");
        page.keyboard().press("Space");
        saved(page);
        tabTo(page, "Easy bruising or prolonged bleeding");
        page.keyboard().press("Space");
        saved(page);
        tabTo(page, "Your judgement");
        arrowTo(page, "+1 (more likely)");
        saved(page);
        activate(page, "Lock answers and continue");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Stage 2 · Decision: Deciding whether to needle"))).isVisible();
        focusIsOn(page, "h2", "Stage 2 · Decision: Deciding whether to needle");
        assertThat(page.locator("[aria-live=polite].visually-hidden")).containsText("Stage revealed");
        ready(page);
        tabTo(page, "Choose one answer");
        arrowTo(page, "Treat without needles today");
        saved(page);
        activate(page, "Lock answers and continue");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Stage 3 · Aftercare: Aftercare")))
                .isVisible();
        focusIsOn(page, "h2", "Stage 3 · Aftercare: Aftercare");
        ready(page);
        tabTo(page, "True or false?");
        arrowTo(page, "True");
        saved(page);
        activate(page, "Lock answers and continue");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passed"))).isVisible();
        ready(page);
        Browser.screenshot(page, "keyboard-02-case-result");

        page.navigate(url("learn/intro-course/first-session"));
        ready(page);
        activate(page, "Mark complete");
        assertThat(page).hasURL(url("courses/intro-course"));
        background.awaitDone();
        page.navigate(url("certificates"));
        ready(page);
        // The certificates are a grid: Tab reaches a cell, Enter steps into its links (the ARIA grid pattern).
        tabToTag(page, "td");
        page.keyboard().press("Enter");
        if (!String.valueOf(focused(page).get("name")).startsWith("Download the certificate")) {
            tabTo(page, "Download the certificate");
        }
        Download pdf = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        try {
            assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Answers the question on screen correctly with the keyboard, recognising it by its stem. */
    private void answerWithTheKeyboard(Page page, int number) {
        String stem = page.locator("article.lesson-content").first().innerText();
        if (stem.contains("warfarin")) {
            tabTo(page, "Choose one answer", 1);
            arrowTo(page, "Ask about the latest INR result and any easy bruising, then decide.");
        } else if (stem.contains("infected skin")) {
            tabTo(page, "True or false?");
            arrowTo(page, "False");
        } else if (stem.contains("red flags")) {
            tabTo(page, "Unexplained weight loss");
            page.keyboard().press("Space");
            savedAnswer(page, number);
            tabTo(page, "Constant night pain unrelated to position");
            page.keyboard().press("Space");
        } else if (stem.contains("Match each muscle")) {
            pick(page, "Upper trapezius", "Side of the neck and temple");
            savedAnswer(page, number);
            pick(page, "Gluteus medius", "Low back and buttock");
        } else if (stem.contains("Put the steps")) {
            List<String> right = List.of("History and screening", "Physical examination", "Informed consent", "Needling");
            for (int target = 0; target < right.size(); target++) {
                int position = 0;
                while (!page.locator(".order-step").nth(position).innerText().contains(right.get(target))) {
                    position++;
                }
                if (position > target) {
                    tabTo(page, "Move “" + right.get(target) + "” up");
                    for (; position > target; position--) {
                        page.keyboard().press("Enter");
                        assertThat(page.locator(".order-step").nth(position - 1)).containsText(right.get(target));
                        focusIsOn(page, "vaadin-button", "Move “" + right.get(target) + "”");
                    }
                }
            }
            activate(page, "Keep this order");
        } else if (stem.contains("how many hours")) {
            tabTo(page, "Your answer (hours)");
            page.keyboard().type("36");
            page.keyboard().press("Tab");
        } else if (stem.contains("trigger point in the taut band")) {
            tabTo(page, "Or choose the area by name");
            arrowTo(page, "Red circle in the middle of the band");
            savedAnswer(page, number);
            Browser.screenshot(page, "keyboard-hotspot-by-name");
        } else if (stem.contains("lean patient")) {
            tabTo(page, "Choose one answer", 1);
            arrowTo(page, "Tangential, away from the chest wall, within a pincer grip");
        } else {
            throw new IllegalStateException("Unknown question: " + stem);
        }
        savedAnswer(page, number);
    }

    /** Opens the select labelled {@code left} with the keyboard and chooses {@code right} from its list. */
    private static void pick(Page page, String left, String right) {
        tabTo(page, left);
        page.keyboard().press("Enter");
        for (int press = 0; press < 10; press++) {
            if (String.valueOf(focused(page).get("name")).startsWith(right)) {
                page.keyboard().press("Enter");
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("The list for “" + left + "” never reached “" + right + "”; focus " + focused(page));
    }
}
