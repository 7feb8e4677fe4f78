/**
 * Importing question banks that authors already have in Moodle, as GIFT text or Moodle XML, into
 * this platform's item-bank YAML. Authors should not retype hundreds of questions, but neither
 * format maps one to one onto ours: a question is imported only when it can be expressed
 * completely (anything else is rejected with its file, line and a reason the author can act on),
 * and what is knowingly left behind, such as images or partial credit, is listed as a warning.
 * The written file is then checked by the ordinary course validator, so an imported bank meets the
 * same rules as a hand-written one. Plain Java, no Spring, so it can be tested and reused anywhere.
 */
package academy.triggerpoint.authoring.questions;
