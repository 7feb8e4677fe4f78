package academy.triggerpoint.people;

/**
 * Who a certificate is for: the registered name (in any script the certificates print), licence
 * number and jurisdiction, and the interface language they chose ("en", "de", "es"; "en" when they
 * chose none), which their certificates and transcript are printed in.
 */
public record CertificateHolder(String fullName, String licenceNumber, String jurisdiction, String language) {
}
