package academy.triggerpoint.people;

/** A person corrected the name that prints on their certificates (published after it is saved). */
public record NameCorrected(long accountId) {
}
