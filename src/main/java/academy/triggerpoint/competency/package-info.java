/**
 * Competency: which staff are cleared to needle. A framework read from course manifests (which
 * module quizzes and cases evidence which competency), each person's standing per competency derived
 * from their attempts and enrolments by {@link academy.triggerpoint.competency.CompetencyLedger},
 * course assignments with due dates, the training manager's dashboard and drill-down, daily reminder
 * mail and streaming exports. A manager sees only their own organisation; every service method finds
 * that organisation from the caller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competency")
package academy.triggerpoint.competency;
