package academy.triggerpoint.practice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controlled list of body regions a practical entry may cover, so that totals per region add up
 * across people and clinics: the built-in regions, then those the current courses add
 * ({@code bodyRegions} in course.yaml; a course cannot relabel a region already listed). Ids are
 * stored; labels are shown.
 */
public final class BodyRegions {

    public static final Map<String, String> BUILT_IN;

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
        BUILT_IN = java.util.Collections.unmodifiableMap(regions);
    }

    private BodyRegions() {
    }

    /** The built-in regions and then those the courses add, in course order. */
    public static Map<String, String> with(java.util.List<academy.triggerpoint.catalog.content.CourseDefinition> courses) {
        Map<String, String> regions = new LinkedHashMap<>(BUILT_IN);
        courses.forEach(c -> c.bodyRegions().forEach(r -> regions.putIfAbsent(r.id(), r.label())));
        return java.util.Collections.unmodifiableMap(regions);
    }
}
