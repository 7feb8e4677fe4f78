package academy.triggerpoint.competency;

import academy.triggerpoint.assessment.AssessmentRecords;
import academy.triggerpoint.assessment.AttemptGraded;
import academy.triggerpoint.assessment.EvidenceFact;
import academy.triggerpoint.catalog.CourseCompleted;
import academy.triggerpoint.catalog.CourseCompletions;
import academy.triggerpoint.catalog.CourseEnrolled;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.EnrolmentFact;
import academy.triggerpoint.competency.CompetencyFramework.EvidenceKey;
import academy.triggerpoint.competency.domain.StandingRecords;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffJoined;
import academy.triggerpoint.shared.SystemTask;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each person's competency standings in step with their record. A graded attempt, an
 * enrolment, a completion, an observed practical or joining an organisation refreshes that person once the change has
 * committed (through the event publication registry, so a crash in between only delays it until
 * the restart); a nightly sweep refreshes every member of every organisation, which picks up
 * changed course manifests.
 */
@Component
public class CompetencyLedger {

    private static final Logger log = LoggerFactory.getLogger(CompetencyLedger.class);
    private static final int BATCH = 500;

    private final CourseLibrary library;
    private final AssessmentRecords assessments;
    private final CourseCompletions completions;
    private final StaffDirectory staff;
    private final StandingRecords standings;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final SystemTask system;
    private final org.springframework.beans.factory.ObjectProvider<PracticalEvidence> practicals;

    CompetencyLedger(CourseLibrary library, AssessmentRecords assessments, CourseCompletions completions,
                     StaffDirectory staff, StandingRecords standings, PlatformTransactionManager transactions, Clock clock,
                     SystemTask system, org.springframework.beans.factory.ObjectProvider<PracticalEvidence> practicals) {
        this.library = library;
        this.assessments = assessments;
        this.completions = completions;
        this.staff = staff;
        this.standings = standings;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.system = system;
        this.practicals = practicals;
    }

    /** The framework as the current course versions declare it. */
    public CompetencyFramework framework() {
        return CompetencyFramework.from(library.currentCourses());
    }

    /**
     * The competencies each account holds now (achieved and in date). For services that have checked
     * already that the caller may see these people (themselves, or their organisation's staff).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, java.util.Set<String>> heldBy(Collection<Long> accountIds) {
        return held(standings.of(List.copyOf(accountIds)));
    }

    /**
     * The competencies each member of an organisation holds now, read in one join (no id list). For
     * services that have checked already that the caller manages that organisation.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public Map<Long, java.util.Set<String>> heldByMembersOf(long organisationId) {
        return held(standings.ofOrganisation(organisationId));
    }

    private Map<Long, java.util.Set<String>> held(Map<Long, Map<String, Standing>> stored) {
        java.time.Instant now = clock.instant();
        Map<Long, java.util.Set<String>> held = new java.util.HashMap<>();
        stored.forEach((account, mine) -> held.put(account, mine.entrySet().stream()
                .filter(e -> e.getValue().statusAt(now).held()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet())));
        return held;
    }

    /*
     * Whatever changed a person's record, once it has committed: each runs in its own thread and
     * transaction as the system, recorded in the event publication registry until it succeeds.
     */
    @ApplicationModuleListener
    void on(AttemptGraded graded) {
        refreshAsSystem(graded.accountId());
    }

    @ApplicationModuleListener
    void on(CourseEnrolled enrolled) {
        refreshAsSystem(enrolled.accountId());
    }

    @ApplicationModuleListener
    void on(CourseCompleted completed) {
        refreshAsSystem(completed.accountId());
    }

    @ApplicationModuleListener
    void on(PracticalObserved observed) {
        refreshAsSystem(observed.accountId());
    }

    @ApplicationModuleListener
    void on(StaffJoined joined) {
        refreshAsSystem(joined.accountId());
    }

    private void refreshAsSystem(long accountId) {
        system.run(() -> refresh(List.of(accountId)));
    }

    /**
     * Every member of every organisation, nightly: a standing also changes when a course manifest
     * changes its competencies, which no person's event announces.
     */
    @Scheduled(cron = "${academy.competency.sweep-cron:0 15 2 * * *}", zone = "UTC")
    @SchedulerLock(name = "competency-sweep", lockAtMostFor = "PT2H")
    void nightlySweep() {
        system.run(this::refreshEveryMember);
    }

    @PreAuthorize("hasRole('SYSTEM')")
    public int refreshEveryMember() {
        List<Long> ids = staff.allMemberIds();
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            try {
                refresh(batch);
            } catch (RuntimeException e) {
                log.error("Competency standings of {} members not refreshed; the next sweep tries again", batch.size(), e);
            }
        }
        log.info("Competency standings refreshed for {} members", ids.size());
        return ids.size();
    }

    /**
     * Derives and stores the standings of the given people, in one new transaction. Refreshes of one
     * person run one at a time, on any node: each first locks the people's rows, so it reads what
     * the refresh before it saw and more, and a slower refresh can never store an older picture over
     * a newer one (a completion and the graded case after it arrive on two threads at once).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public void refresh(Collection<Long> accountIds) {
        CompetencyFramework framework = framework();
        newTransaction.executeWithoutResult(tx -> {
            standings.lockPeople(accountIds);
            Map<Long, Map<EvidenceKey, CompetencyRules.Evidence>> evidence = new HashMap<>();
            for (EvidenceFact f : assessments.evidence(accountIds)) {
                evidence.computeIfAbsent(f.accountId(), k -> new HashMap<>()).put(
                        EvidenceKey.of(f.courseId(), f.moduleId(), f.caseId()),
                        new CompetencyRules.Evidence(f.firstStartedAt(), f.passedAt(), f.lastCriticalAt()));
            }
            practicals.orderedStream().flatMap(source -> source.of(accountIds).stream()).forEach(f -> evidence
                    .computeIfAbsent(f.accountId(), k -> new HashMap<>()).put(EvidenceKey.practical(f.courseId(), f.practicalId()),
                            new CompetencyRules.Evidence(f.firstObservedAt(), f.passedAt(), f.lastCriticalAt())));
            Map<Long, Map<String, java.time.Instant>> enrolled = new HashMap<>();
            for (EnrolmentFact e : completions.enrolmentsOf(accountIds)) {
                enrolled.computeIfAbsent(e.accountId(), k -> new HashMap<>()).put(e.courseId(), e.enrolledAt());
            }
            Map<Long, Map<String, Standing>> derived = new LinkedHashMap<>();
            for (Long accountId : new ArrayList<>(accountIds)) {
                Map<String, Standing> person = new LinkedHashMap<>();
                for (CompetencyFramework.Competency c : framework.competencies()) {
                    person.put(c.id(), CompetencyRules.derive(framework.routesTo(c.id()),
                            evidence.getOrDefault(accountId, Map.of()), enrolled.getOrDefault(accountId, Map.of())));
                }
                derived.put(accountId, person);
            }
            standings.replace(derived, clock.instant());
        });
    }
}
