package academy.triggerpoint.panel;

import java.util.List;

/**
 * Whether a panel agrees enough for its answers to be a fair key. Script-concordance scoring
 * expects experts to vary, but two camps at opposite ends of the scale, or answers spread with no
 * clear mode, usually mean the item is ambiguous and should be rewritten.
 */
public enum PanelAgreement {
    /** Too few answers to judge. */
    TOO_FEW("too few answers to judge"),
    /** A clear mode, the rest near it. */
    CONVERGENT("the panel broadly agrees"),
    /** Two separate peaks (e.g. -1 and +2): two readings of the item. */
    BIMODAL("two camps: the panel splits between separate answers; check the item for two readings"),
    /** Answers on both sides of the scale or no answer chosen by even two in five. */
    SCATTERED("scattered: no answer is shared by most of the panel; the item may be ambiguous");

    /** Below this many answers agreement is not judged. */
    static final int MINIMUM_TO_JUDGE = 4;

    private final String description;

    PanelAgreement(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** @param counts answers for -2, -1, 0, +1, +2 */
    public static PanelAgreement of(List<Integer> counts) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        if (total < MINIMUM_TO_JUDGE) {
            return TOO_FEW;
        }
        if (bimodal(counts, total)) {
            return BIMODAL;
        }
        int modal = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        int below = counts.get(0) + counts.get(1);
        int above = counts.get(3) + counts.get(4);
        boolean bothSides = Math.min(below, above) * 4 >= total;
        return bothSides || modal * 5 < total * 2 ? SCATTERED : CONVERGENT;
    }

    /**
     * Two peaks at least two scale points apart, each chosen by at least a fifth of the panel, with
     * fewer answers at every point between them than at the smaller peak.
     */
    private static boolean bimodal(List<Integer> counts, int total) {
        for (int i = 0; i < counts.size(); i++) {
            for (int j = i + 2; j < counts.size(); j++) {
                int smaller = Math.min(counts.get(i), counts.get(j));
                if (smaller * 5 < total) {
                    continue;
                }
                boolean valley = true;
                for (int k = i + 1; k < j; k++) {
                    valley &= counts.get(k) < smaller;
                }
                if (valley) {
                    return true;
                }
            }
        }
        return false;
    }
}
