package academy.triggerpoint.practice;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Running totals of a practical log, from the entries that count (countersigned, not replaced by a
 * countersigned correction). An entry's hours count for every region it covered.
 */
public record PracticeTotals(Map<PracticeMode, BigDecimal> hoursByMode, Map<String, BigDecimal> hoursByRegion,
                             int supervisedSessions) {

    public static final PracticeTotals NONE = of(java.util.List.of());

    public static PracticeTotals of(Collection<PracticeEntry> entries) {
        Map<PracticeMode, BigDecimal> modes = new EnumMap<>(PracticeMode.class);
        for (PracticeMode mode : PracticeMode.values()) {
            modes.put(mode, BigDecimal.ZERO);
        }
        Map<String, BigDecimal> regions = new LinkedHashMap<>();
        BodyRegions.BUILT_IN.keySet().forEach(r -> regions.put(r, BigDecimal.ZERO));
        int sessions = 0;
        for (PracticeEntry entry : entries) {
            if (!entry.counts()) {
                continue;
            }
            modes.merge(entry.mode(), entry.hours(), BigDecimal::add);
            entry.regions().forEach(r -> regions.merge(r, entry.hours(), BigDecimal::add));
            sessions += entry.sessions();
        }
        return new PracticeTotals(Map.copyOf(modes), java.util.Collections.unmodifiableMap(regions), sessions);
    }

    /** Totals summed elsewhere (in the database), by mode only: {@code hoursByRegion} is empty. */
    public static PracticeTotals ofModes(Map<PracticeMode, BigDecimal> hours, int supervisedSessions) {
        Map<PracticeMode, BigDecimal> modes = new EnumMap<>(PracticeMode.class);
        for (PracticeMode mode : PracticeMode.values()) {
            modes.put(mode, hours.getOrDefault(mode, BigDecimal.ZERO));
        }
        return new PracticeTotals(Map.copyOf(modes), Map.of(), supervisedSessions);
    }

    public BigDecimal hours(PracticeMode mode) {
        return hoursByMode.getOrDefault(mode, BigDecimal.ZERO);
    }

    /** Hours in person: in-person courses and supervised clinical needling. */
    public BigDecimal inPersonHours() {
        return hours(PracticeMode.IN_PERSON_COURSE).add(hours(PracticeMode.SUPERVISED_NEEDLING));
    }
}
