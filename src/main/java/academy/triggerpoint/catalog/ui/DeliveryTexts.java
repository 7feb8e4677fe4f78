package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.content.DeliveryMode;
import com.vaadin.flow.component.Component;

/**
 * How a course is delivered, in the reader's language. The English texts are
 * {@link DeliveryMode#label()}; keys are written out in full so that the translation checks find them.
 */
final class DeliveryTexts {

    private DeliveryTexts() {
    }

    /** The delivery mode of a {@code deliveryMode} id as a heading or list shows it; an unknown id as it is. */
    static String label(Component component, String id) {
        return DeliveryMode.ofId(id).map(mode -> component.getTranslation(switch (mode) {
            case ONLINE_SELF_PACED -> "catalog.delivery.online-self-paced";
            case LIVE_ONLINE -> "catalog.delivery.live-online";
            case IN_PERSON -> "catalog.delivery.in-person";
            case BLENDED -> "catalog.delivery.blended";
        })).orElse(id == null ? "" : id);
    }
}
