/**
 * Grading as pure functions: items and responses in, scores, outcome and critical misses out. No
 * Spring, no JPA, no clock: the same input always gives the same result, which is what makes
 * regrading and auditing possible.
 */
@org.springframework.modulith.NamedInterface("grading")
package academy.triggerpoint.assessment.grading;
