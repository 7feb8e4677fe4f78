package academy.triggerpoint.catalog.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a course is delivered: the {@code deliveryMode} ids a course manifest may use and the one
 * wording of each that the catalogue, certificates and transcripts print.
 */
public enum DeliveryMode {

    ONLINE_SELF_PACED("online-self-paced", "Online, self-paced"),
    LIVE_ONLINE("live-online", "Live online"),
    IN_PERSON("in-person", "In person"),
    BLENDED("blended", "Blended, online and in person");

    /** The ids, in the order the course format lists them. */
    public static final List<String> IDS = Arrays.stream(values()).map(DeliveryMode::id).toList();

    private final String id;
    private final String label;

    DeliveryMode(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** As written in {@code course.yaml}: {@code online-self-paced}. */
    public String id() {
        return id;
    }

    /** As a heading or list item shows it: "Online, self-paced". */
    public String label() {
        return label;
    }

    /** As it reads inside a sentence or after a separator: "online, self-paced". */
    public String inSentence() {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    public static Optional<DeliveryMode> ofId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    /** The label of a known id; anything else as it is (a course validator refuses unknown ids). */
    public static String label(String id) {
        return ofId(id).map(DeliveryMode::label).orElse(id == null ? "" : id);
    }

    /** {@link #inSentence()} of a known id; anything else as it is. */
    public static String inSentence(String id) {
        return ofId(id).map(DeliveryMode::inSentence).orElse(id == null ? "" : id);
    }
}
