/**
 * Evidence for the people who review course content: how each item performed in real attempts
 * ({@link academy.triggerpoint.authoring.review.ItemAnalysis}) and what changed between two
 * versions of a course ({@link academy.triggerpoint.authoring.review.VersionDiff}). Plain Java, no
 * Spring, no JPA: data in, records out.
 */
package academy.triggerpoint.authoring.review;
