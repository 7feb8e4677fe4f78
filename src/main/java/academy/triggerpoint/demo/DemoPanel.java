package academy.triggerpoint.demo;

import academy.triggerpoint.panel.ExpertPanels;
import academy.triggerpoint.security.DemoSignIn;
import academy.triggerpoint.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the demo panellist on the expert panel of Dry Needling Foundations, as the demo author
 * would, so the panellist's questionnaire can be tried at once. The panel starts empty: until it
 * answers, the course files' demonstration counts stand in for it (demo profile only).
 */
@Component
@Profile("demo")
@Order(3)
class DemoPanel implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPanel.class);

    static final String COURSE = "dry-needling-foundations";
    static final String PANELLIST = "panellist@demo.academy";

    private final ExpertPanels panels;
    private final DemoSignIn signIn;

    DemoPanel(ExpertPanels panels, DemoSignIn signIn) {
        this.panels = panels;
        this.signIn = signIn;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            signIn.as("author@demo.academy", () -> {
                if (panels.members(COURSE).stream().noneMatch(m -> m.email().equals(PANELLIST))) {
                    panels.invite(COURSE, "Pita Panellist", PANELLIST);
                }
            });
        } catch (NotFoundException e) {
            log.info("No expert panel in the demo: {}", e.getMessage());
        }
    }
}
