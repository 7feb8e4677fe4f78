package academy.triggerpoint.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deque's axe-core audit of the pages a browser journey visits, for the WCAG 2.0, 2.1 and 2.2 A and
 * AA rules. Each page (by path) is audited once per journey, when the journey waits for it to be
 * ready or takes a screenshot of it; every violation is kept with the page and the elements, and
 * the journey fails at its end if there is any. The only exceptions are false positives inside
 * Vaadin's own components, matched by rule, element and reason ({@link #FALSE_POSITIVES}).
 */
final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** Best-practice rules run as well: headings that skip no level (1.3.1 and 2.4.6 in spirit). */
    static final List<String> ALSO = List.of("heading-order");

    /**
     * A violation inside one of Vaadin's own components that is not ours to fix, matched narrowly: the
     * rule, the component's element, and the reason axe gives. Each is listed in
     * docs/accessibility.md with what a screen reader actually gets.
     */
    record FalsePositive(String rule, String target, String reason, String why) {

        boolean matches(Rule violation) {
            return violation.getId().equals(rule) && violation.getNodes().stream().allMatch(n ->
                    String.valueOf(n.getTarget()).equals("[" + target + "]") && n.getFailureSummary().contains(reason));
        }
    }

    static final List<FalsePositive> FALSE_POSITIVES = List.of(new FalsePositive("aria-required-children", "vaadin-tabs",
            "div[tabindex]", "vaadin-tabs (role tablist) scrolls its vaadin-tab children (role tab) inside a focusable div of "
                    + "its shadow root, which axe counts as a child of the tablist; no upstream issue found on 2026-12-07, "
                    + "to be filed at vaadin/web-components (docs/accessibility.md)"));

    private final Set<String> audited = new LinkedHashSet<>();
    private final List<String> violations = new ArrayList<>();

    /** Audits the page unless its path was audited already in this journey. */
    void audit(Page page) {
        String url = page.url();
        String path = url.startsWith("http") ? URI.create(url).getPath() : url;
        if (!audited.add(path)) {
            return;
        }
        List<Rule> found = new ArrayList<>(new AxeBuilder(page).withTags(TAGS).analyze().getViolations());
        found.addAll(new AxeBuilder(page).withRules(ALSO).analyze().getViolations());
        for (Rule rule : found) {
            if (FALSE_POSITIVES.stream().anyMatch(f -> f.matches(rule))) {
                continue;
            }
            List<String> where = rule.getNodes().stream().limit(5).map(n -> String.valueOf(n.getTarget())).toList();
            String why = rule.getNodes().isEmpty() ? "" : " — " + rule.getNodes().getFirst().getFailureSummary();
            violations.add(path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at " + where + why);
        }
    }

    /** The pages audited so far and every violation found on them. */
    Set<String> audited() {
        return audited;
    }

    List<String> violations() {
        return violations;
    }
}
