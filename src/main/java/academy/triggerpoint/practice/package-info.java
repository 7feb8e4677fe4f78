/**
 * Practical training: what regulators ask for beyond an online quiz. A clinician logs practical
 * hours and supervised needling sessions; a supervisor of their organisation countersigns or
 * returns each entry (a countersigned entry never changes, a correction is a new entry that names
 * it); the jurisdictions where they practise decide, from the log, their competencies and their
 * attestations, whether they are eligible to needle there and exactly what is missing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practical training")
package academy.triggerpoint.practice;
