package academy.triggerpoint.certification.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a certificate prints. {@code expiresOn} is null for a certificate that does not expire.
 * {@code deliveryMode} is the course's {@code deliveryMode} id, printed in the words of
 * {@code DeliveryMode}; text that is not an id is printed as it is.
 */
public record CertificateContent(String learnerName, String licenceNumber, String jurisdiction, String courseTitle,
                                 String courseVersion, String contentHash, LocalDate completedOn, String ceHours,
                                 String deliveryMode, List<String> objectives, String providerName,
                                 List<String> approvals, String presenters, String code, LocalDate issuedOn,
                                 LocalDate expiresOn, String verifyUrl) {
}
