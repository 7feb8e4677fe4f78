package academy.triggerpoint.competency;

/** What one reminder run did: reminders newly planned, mails sent, sends that failed and will be retried. */
public record ReminderRun(int planned, int sent, int failed) {

    ReminderRun plus(ReminderRun other) {
        return new ReminderRun(planned + other.planned, sent + other.sent, failed + other.failed);
    }
}
