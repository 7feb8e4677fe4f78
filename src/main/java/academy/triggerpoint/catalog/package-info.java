/**
 * Catalog: courses loaded from the {@code courses/} folder, their versions, enrolment and lesson
 * progress, and the learner's course player.
 */
package academy.triggerpoint.catalog;
