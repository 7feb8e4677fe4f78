package academy.triggerpoint.people;

/** An invitation to join an organisation, as its recipient sees it before accepting. */
public record OfferView(String organisationName, String teamName) {
}
