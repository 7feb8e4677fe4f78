/**
 * Evidence for the people who review course content: how each item performed in real attempts
 * ({@link academy.triggerpoint.authoring.review.ItemAnalysis}). What changed between two versions
 * of a course is the catalog's {@link academy.triggerpoint.catalog.content.VersionDiff}, which
 * learners' "What's new" pages read too. Plain Java, no Spring, no JPA: data in, records out.
 */
package academy.triggerpoint.authoring.review;
