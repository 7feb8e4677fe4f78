package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.domain.Enrolment;
import academy.triggerpoint.catalog.domain.EnrolmentRepository;
import academy.triggerpoint.catalog.domain.LessonProgress;
import academy.triggerpoint.catalog.domain.LessonProgressRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides when a learner has completed a course and records it exactly once. The catalog asks after
 * a lesson is completed; the assessment module asks after it grades an attempt (including grading
 * by the timer job, where nobody is signed in), so this is not a user-facing service: its callers
 * have already decided the work is legitimate, and it only reads and records the learner's own state.
 */
@Component
public class CourseCompletions {

    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository lessons;
    private final CourseLibrary library;
    private final AssessmentProgress assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseCompletions(EnrolmentRepository enrolments, LessonProgressRepository lessons, CourseLibrary library,
                      ObjectProvider<AssessmentProgress> assessments, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.lessons = lessons;
        this.library = library;
        this.assessments = assessments.getIfAvailable(
                () -> (account, course) -> new AssessmentProgress.Standings(Map.of(), Map.of()));
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the completion of the learner's enrolment if every requirement is now met and it was
     * not recorded before, and publishes {@link CourseCompleted}. Runs in the caller's transaction,
     * so the completion commits together with the result that caused it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recheck(long accountId, String courseId) {
        enrolments.findByAccountIdAndCourseId(accountId, courseId).ifPresent(this::recordIfComplete);
    }

    /**
     * Each listed learner's enrolments with their dates, for the competency module: its jobs, and
     * a manager's views, which pass only their own organisation's staff.
     */
    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SYSTEM', 'MANAGER')")
    public List<EnrolmentFact> enrolmentsOf(java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? List.of() : enrolments.findByAccountIdIn(accountIds).stream()
                .map(e -> new EnrolmentFact(e.getAccountId(), e.getCourseId(), e.getEnrolledAt(), e.getCompletedAt()))
                .toList();
    }

    /** The course version a completion was earned on. */
    @Transactional(readOnly = true)
    public CourseDefinition courseOf(CourseCompleted completion) {
        return library.version(completion.versionId()).definition();
    }

    void recordIfComplete(Enrolment enrolment) {
        if (enrolment.getCompletedAt() != null) {
            return;
        }
        CourseDefinition course = library.version(enrolment.getVersionId()).definition();
        if (!progressOf(enrolment).completion(course).complete()) {
            return;
        }
        Instant now = clock.instant();
        if (enrolments.markCompleted(enrolment.getId(), now) == 1) {
            events.publishEvent(new CourseCompleted(enrolment.getAccountId(), enrolment.getCourseId(),
                    enrolment.getVersionId(), now));
        }
    }

    LearnerProgress progressOf(Enrolment enrolment) {
        Set<String> done = lessons.findByEnrolmentId(enrolment.getId()).stream()
                .map(LessonProgress::getLessonId).collect(Collectors.toSet());
        AssessmentProgress.Standings standings = assessments.standings(enrolment.getAccountId(), enrolment.getCourseId());
        return new LearnerProgress(done, standings.quizzes(), standings.cases());
    }
}
