package academy.triggerpoint.practice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controlled list of body regions a practical entry may cover, so that totals per region add up
 * across people and clinics. Ids are stored; labels are shown.
 */
public final class BodyRegions {

    public static final Map<String, String> ALL;

    static {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("cervical", "Cervical");
        regions.put("thoracic-paraspinal", "Thoracic paraspinal");
        regions.put("shoulder-girdle", "Shoulder girdle");
        regions.put("upper-limb", "Elbow, wrist and hand");
        regions.put("lumbar", "Lumbar");
        regions.put("hip", "Hip and buttock");
        regions.put("knee", "Knee and thigh");
        regions.put("ankle-foot", "Ankle and foot");
        ALL = java.util.Collections.unmodifiableMap(regions);
    }

    private BodyRegions() {
    }

    public static String label(String id) {
        return ALL.getOrDefault(id, id);
    }
}
