/**
 * QTI 3.0 item banks in and out. {@link academy.triggerpoint.authoring.questions.qti.QtiExport} writes a module's
 * bank or quiz as an IMS content package whose items any QTI 3.0 system can deliver, with what QTI cannot say (the
 * critical-safety flag, harmful options, the lesson that teaches an item, the Markdown sources...) in a namespaced
 * extension, so that exporting, importing and exporting again gives the same bytes.
 * {@link academy.triggerpoint.authoring.questions.qti.QtiImport} reads QTI 3.0 and QTI 2.1/2.2 packages and single
 * item files back into items of the course format: each item completely or rejected with its file, line and reason.
 * Uploaded XML is untrusted and read with the hardened parser of {@code SafeXml}, archives with the guards of
 * {@code CourseArchive}. Plain Java, no Spring.
 */
package academy.triggerpoint.authoring.questions.qti;
