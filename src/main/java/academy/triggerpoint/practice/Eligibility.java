package academy.triggerpoint.practice;

import java.util.List;

/**
 * Whether a clinician meets a jurisdiction's rules to dry needle, and if not exactly what is
 * missing, in words a clinician and a manager read ("12 supervised sessions").
 */
public record Eligibility(String code, String name, boolean eligible, List<String> missing) {

    /** One sentence: "Florida: eligible" or "Florida: 12 supervised sessions and the board attestation missing". */
    public String summary() {
        if (eligible) {
            return name + ": eligible";
        }
        String list = missing.size() == 1 ? missing.getFirst()
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.getLast();
        return name + ": " + list + " missing";
    }
}
