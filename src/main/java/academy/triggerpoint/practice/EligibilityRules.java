package academy.triggerpoint.practice;

import academy.triggerpoint.catalog.content.JurisdictionDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The eligibility rules of a jurisdiction, applied to one clinician's evidence. Pure code, like the
 * graders: no Spring, no database, every rule tested on its own.
 *
 * <p>Hours are logged as clock hours and converted to the board's hours ({@code hourMinutes}: a board
 * that counts 50-minute hours credits 1.2 hours per clock hour). In-person hours count towards the
 * in-person requirement first; what exceeds it also counts as theory (theory may be taught in person),
 * never the other way round. Every safety-critical competency must be held and in date in every
 * jurisdiction, on top of the competencies the jurisdiction names.
 */
public final class EligibilityRules {

    /**
     * What a clinician has to show: countersigned hours and sessions, licence, competencies, completed
     * attestations, and the observed practicals they passed that are still in date ("course/practical").
     */
    public record Evidence(BigDecimal onlineTheoryHours, BigDecimal inPersonHours, int supervisedSessions, LocalDate licensedSince,
                           Set<String> heldCompetencies, Map<String, String> safetyCriticalTitles, Map<String, String> competencyTitles,
                           Map<String, LocalDate> attestationsDone, Set<String> practicalsHeld, Map<String, String> practicalTitles) {
    }

    private EligibilityRules() {
    }

    public static Eligibility evaluate(JurisdictionDefinition rules, Evidence evidence, LocalDate today) {
        JurisdictionDefinition.Requirements r = rules.requirements();
        List<String> missing = new ArrayList<>();
        BigDecimal inPerson = boardHours(evidence.inPersonHours(), rules.hourMinutes());
        BigDecimal theory = boardHours(evidence.onlineTheoryHours(), rules.hourMinutes());
        BigDecimal inPersonShort = BigDecimal.valueOf(r.inPersonHours()).subtract(inPerson);
        BigDecimal surplus = inPersonShort.signum() < 0 ? inPersonShort.negate() : BigDecimal.ZERO;
        BigDecimal theoryShort = BigDecimal.valueOf(r.theoryHours()).subtract(theory).subtract(surplus);
        if (theoryShort.signum() > 0) {
            missing.add(hours(theoryShort) + " theory " + plural(theoryShort, "hour"));
        }
        if (inPersonShort.signum() > 0) {
            missing.add(hours(inPersonShort) + " in-person " + plural(inPersonShort, "hour"));
        }
        int sessionsShort = r.supervisedSessions() - evidence.supervisedSessions();
        if (sessionsShort > 0) {
            missing.add(sessionsShort + " supervised " + (sessionsShort == 1 ? "session" : "sessions"));
        }
        if (r.yearsLicensed() > 0) {
            if (evidence.licensedSince() == null) {
                missing.add("the date you were first licensed");
            } else if (evidence.licensedSince().plusYears(r.yearsLicensed()).isAfter(today)) {
                LocalDate from = evidence.licensedSince().plusYears(r.yearsLicensed());
                Period wait = Period.between(today, from);
                missing.add(r.yearsLicensed() + " years of licensed practice (reached on " + from + ", in "
                        + (wait.getYears() > 0 ? wait.getYears() + " y " : "") + wait.getMonths() + " m)");
            }
        }
        evidence.safetyCriticalTitles().forEach((id, title) -> {
            if (!evidence.heldCompetencies().contains(id)) {
                missing.add("the competency " + title);
            }
        });
        for (String id : r.competencies()) {
            if (!evidence.safetyCriticalTitles().containsKey(id) && !evidence.heldCompetencies().contains(id)) {
                missing.add("the competency " + evidence.competencyTitles().getOrDefault(id, id));
            }
        }
        for (String practical : r.practicals()) {
            if (!evidence.practicalsHeld().contains(practical)) {
                missing.add("a passed observation of “" + evidence.practicalTitles().getOrDefault(practical, practical) + "”");
            }
        }
        for (JurisdictionDefinition.Attestation a : rules.attestations()) {
            if (!evidence.attestationsDone().containsKey(a.id())) {
                missing.add("“" + a.text() + "”");
            }
        }
        return new Eligibility(rules.code(), rules.name(), missing.isEmpty(), List.copyOf(missing));
    }

    /** Clock hours as the board counts them. */
    static BigDecimal boardHours(BigDecimal clockHours, int hourMinutes) {
        return clockHours.multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(hourMinutes), 2, RoundingMode.DOWN);
    }

    private static String hours(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.UP).stripTrailingZeros().toPlainString();
    }

    private static String plural(BigDecimal n, String word) {
        return n.compareTo(BigDecimal.ONE) == 0 ? word : word + "s";
    }
}
