package academy.triggerpoint.practice.ui;

import academy.triggerpoint.practice.PracticeEntry;
import academy.triggerpoint.practice.PracticeMode;
import com.vaadin.flow.component.Component;

/**
 * The practice module's states in the reader's language. The English texts are the enums'
 * {@code label()}; keys are written out in full so that the translation checks find them.
 */
final class PracticeTexts {

    private PracticeTexts() {
    }

    /** How training was delivered: "Supervised clinical needling". */
    static String mode(Component component, PracticeMode mode) {
        return component.getTranslation(switch (mode) {
            case ONLINE_THEORY -> "practice.mode.online-theory";
            case IN_PERSON_COURSE -> "practice.mode.in-person-course";
            case SUPERVISED_NEEDLING -> "practice.mode.supervised-needling";
        });
    }

    /** Where an entry stands: "Awaiting countersignature". */
    static String status(Component component, PracticeEntry.Status status) {
        return component.getTranslation(switch (status) {
            case SUBMITTED -> "practice.entry-status.submitted";
            case COUNTERSIGNED -> "practice.entry-status.countersigned";
            case RETURNED -> "practice.entry-status.returned";
        });
    }
}
