/**
 * Certification: completion certificates issued exactly once from each recorded course completion,
 * as PDFs with CE hours and a QR code, verifiable by anyone at {@code /verify/<code>}, and each also as
 * an Open Badges 3.0 credential (VC-JWT) revocable through a published Bitstring Status List
 * ({@code credential} sub-package, docs/credentials.md). Only the {@code pdf} sub-package imports PDFBox.
 */
package academy.triggerpoint.certification;
