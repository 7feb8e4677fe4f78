package academy.triggerpoint.people;

/** Who a certificate is for: the registered name (in any script the certificates print), licence number and jurisdiction. */
public record CertificateHolder(String fullName, String licenceNumber, String jurisdiction) {
}
