package academy.triggerpoint.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers the server acknowledged during a harness run, per taker and question with the time
 * of the latest acknowledged save, and their check against the database: each must be there, and
 * not older than its latest acknowledgement (a change rolled back is a loss too).
 */
final class AcknowledgedAnswers {

    /** The attempt page prints the saved time in the server's zone; the harness runs it on this machine. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Map<Integer, Map<Integer, String>> latest = new ConcurrentHashMap<>();

    void record(int user, VaadinClient.Ack ack) {
        latest.computeIfAbsent(user, u -> new ConcurrentHashMap<>())
                .merge(ack.question(), ack.savedAt(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** What the database holds of the acknowledged answers. */
    record Outcome(int checked, int found, int lost, int older) {
    }

    Outcome check(LoadServer server) throws Exception {
        int checked = 0;
        int found = 0;
        int lost = 0;
        int older = 0;
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(), server.jdbcUser(), "")) {
            for (Map.Entry<Integer, Map<Integer, String>> user : latest.entrySet()) {
                String items = null;
                long attempt = 0;
                try (PreparedStatement q = db.prepareStatement("select a.item_ids, a.id from attempt a join account u "
                        + "on u.id = a.account_id where u.email = ? order by a.id")) {
                    q.setString(1, "load-" + user.getKey() + "@load.test");
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            items = rs.getString(1);
                            attempt = rs.getLong(2);
                        }
                    }
                }
                for (Map.Entry<Integer, String> answer : user.getValue().entrySet()) {
                    checked++;
                    if (items == null) {
                        lost++;
                        continue;
                    }
                    try (PreparedStatement r = db.prepareStatement(
                            "select saved_at from attempt_response where attempt_id = ? and item_id = ? and response is not null")) {
                        r.setLong(1, attempt);
                        r.setString(2, items.split(",")[answer.getKey() - 1].strip());
                        try (ResultSet rs = r.executeQuery()) {
                            if (!rs.next()) {
                                lost++;
                            } else {
                                found++;
                                if (TIME.format(rs.getTimestamp(1).toInstant()).compareTo(answer.getValue()) < 0) {
                                    older++;
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Outcome(checked, found, lost, older);
    }
}
