/**
 * Certification: completion certificates issued exactly once from each recorded course completion,
 * as PDFs with CE hours and a QR code, verifiable by anyone at {@code /verify/<code>}. Only the
 * {@code pdf} sub-package imports PDFBox.
 */
package academy.triggerpoint.certification;
