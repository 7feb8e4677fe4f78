package academy.triggerpoint.certification.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a certificate prints. {@code expiresOn} is null for a certificate that does not expire.
 * {@code deliveryMode} is the course's {@code deliveryMode} id, printed in the words of
 * {@code DeliveryMode} in the certificate's language; text that is not an id is printed as it is.
 * {@code courseLanguage} is the BCP 47 tag of the language the course is written in: its title and
 * objectives are tagged with it, whatever language the rest of the certificate is in.
 */
public record CertificateContent(String learnerName, String licenceNumber, String jurisdiction, String courseTitle,
                                 String courseVersion, String contentHash, LocalDate completedOn, String ceHours,
                                 String deliveryMode, List<String> objectives, String providerName,
                                 List<String> approvals, String presenters, String code, LocalDate issuedOn,
                                 LocalDate expiresOn, String verifyUrl, String courseLanguage) {

    /** The content of a course written in English. */
    public CertificateContent(String learnerName, String licenceNumber, String jurisdiction, String courseTitle,
                              String courseVersion, String contentHash, LocalDate completedOn, String ceHours,
                              String deliveryMode, List<String> objectives, String providerName, List<String> approvals,
                              String presenters, String code, LocalDate issuedOn, LocalDate expiresOn, String verifyUrl) {
        this(learnerName, licenceNumber, jurisdiction, courseTitle, courseVersion, contentHash, completedOn, ceHours,
                deliveryMode, objectives, providerName, approvals, presenters, code, issuedOn, expiresOn, verifyUrl, "en");
    }
}
