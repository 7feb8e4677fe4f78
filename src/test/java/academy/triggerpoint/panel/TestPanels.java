package academy.triggerpoint.panel;

import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.util.EnumSet;
import org.springframework.jdbc.core.JdbcTemplate;

/** Expert panels for tests: enlisted and answering through the real service, and removed afterwards. */
public final class TestPanels {

    private TestPanels() {
    }

    /**
     * Enlists one new panellist per value and has each answer {@code itemId} with it; leaves nobody
     * signed in.
     */
    public static void answer(ExpertPanels panels, AccountRepository accounts, String courseId, String itemId, int... values) {
        LoginAccount author = TestAccounts.create(accounts, "Panel Convenor", Role.AUTHOR);
        for (int value : values) {
            SignIn.as(author);
            String email = "panellist." + System.nanoTime() + "@experts.example";
            PanelMember member = panels.invite(courseId, "Panel Expert", email);
            SignIn.as(new LoginAccount(member.accountId(), email, "Panel Expert", null, true, true,
                    EnumSet.of(Role.PANELLIST)));
            panels.answer(courseId, itemId, value, null);
        }
        SignIn.out();
    }

    /** Removes a course's panel, so the next test starts with every item provisional again. */
    public static void clear(JdbcTemplate jdbc, String courseId) {
        jdbc.update("delete from panel_answer where course_id = ?", courseId);
        jdbc.update("delete from panel_member where course_id = ?", courseId);
    }
}
