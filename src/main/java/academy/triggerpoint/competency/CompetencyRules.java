package academy.triggerpoint.competency;

import academy.triggerpoint.competency.CompetencyFramework.EvidenceKey;
import academy.triggerpoint.competency.CompetencyFramework.Route;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Derives a person's standing on one competency from facts, with no Spring and no database: the
 * rules a training manager relies on, kept where a table of cases can test them.
 * <ul>
 *   <li>Started: enrolled on a course that offers a route, or started any of its evidence.</li>
 *   <li>Achieved through a route when every quiz and case it requires is passed, at the last of
 *       those passes; it holds for the course's validity. With several routes (a course and its
 *       refresher) the one holding longest counts.</li>
 *   <li>Needs remediation while a safety-critical failure on any of its evidence is followed
 *       neither by a pass of that quiz or case nor by a later achievement of the competency.</li>
 * </ul>
 */
public final class CompetencyRules {

    /** What a person did on one quiz or case. */
    public record Evidence(Instant firstStartedAt, Instant passedAt, Instant lastCriticalAt) {
    }

    private CompetencyRules() {
    }

    public static Standing derive(List<Route> routes, Map<EvidenceKey, Evidence> evidence, Map<String, Instant> enrolledAt) {
        Instant started = null;
        Instant achieved = null;
        Instant expires = null;
        boolean found = false;
        for (Route route : routes) {
            started = earliest(started, enrolledAt.get(route.courseId()));
            Instant lastPass = null;
            boolean complete = true;
            for (EvidenceKey key : route.required()) {
                Evidence e = evidence.get(key);
                started = earliest(started, e == null ? null : e.firstStartedAt());
                if (e == null || e.passedAt() == null) {
                    complete = false;
                } else {
                    lastPass = lastPass == null || e.passedAt().isAfter(lastPass) ? e.passedAt() : lastPass;
                }
            }
            if (!complete) {
                continue;
            }
            Instant until = route.validityMonths() == null ? null
                    : lastPass.atOffset(ZoneOffset.UTC).plusMonths(route.validityMonths()).toInstant();
            if (!found || holdsLonger(until, lastPass, expires, achieved)) {
                achieved = lastPass;
                expires = until;
                found = true;
            }
        }
        Instant remediation = null;
        for (Route route : routes) {
            for (EvidenceKey key : route.required()) {
                Evidence e = evidence.get(key);
                if (e == null || e.lastCriticalAt() == null) {
                    continue;
                }
                boolean resolved = (e.passedAt() != null && e.passedAt().isAfter(e.lastCriticalAt()))
                        || (achieved != null && achieved.isAfter(e.lastCriticalAt()));
                if (!resolved) {
                    remediation = earliest(remediation, e.lastCriticalAt());
                }
            }
        }
        return new Standing(started, achieved, expires, remediation);
    }

    private static boolean holdsLonger(Instant until, Instant achieved, Instant bestUntil, Instant bestAchieved) {
        Comparator<Instant> endOfValidity = Comparator.nullsLast(Comparator.naturalOrder());
        int byExpiry = endOfValidity.compare(until, bestUntil);
        return byExpiry > 0 || (byExpiry == 0 && achieved.isAfter(bestAchieved));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
