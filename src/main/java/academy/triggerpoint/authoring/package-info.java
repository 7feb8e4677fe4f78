/**
 * Authoring: courses changed in the browser. A draft holds a course's files in the {@code courses/}
 * format, so the folder loader's validator checks every edit and a ZIP of the draft is a course
 * folder; a second author reviews the draft and approving it publishes an immutable course
 * version. Also question import (GIFT, Moodle XML), version differences and item statistics.
 * Nothing depends on this module.
 */
package academy.triggerpoint.authoring;
