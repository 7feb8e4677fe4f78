package academy.triggerpoint.competency;

/** A practical of this person was observed and signed: their standings are refreshed once it has committed. */
public record PracticalObserved(long accountId) {
}
