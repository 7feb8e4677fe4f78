package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.catalog.content.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each of the validator's problems on the editor field it concerns: the deepest field whose
 * JSON pointer contains the problem's ({@code /competencies} holds {@code /competencies/2/id}).
 */
final class ProblemPlacement {

    private ProblemPlacement() {
    }

    /**
     * The problems of {@code problems} by the pointer of {@code fields} each belongs to; problems no
     * field contains are under the key {@code ""} unless {@code ""} is itself a field.
     */
    static Map<String, List<Problem>> place(List<Problem> problems, Collection<String> fields) {
        Map<String, List<Problem>> placed = new LinkedHashMap<>();
        for (Problem problem : problems) {
            String owner = "";
            for (String field : fields) {
                if (contains(field, problem.field()) && field.length() > owner.length()) {
                    owner = field;
                }
            }
            placed.computeIfAbsent(owner, k -> new ArrayList<>()).add(problem);
        }
        return placed;
    }

    /** Whether {@code inner} is {@code outer} or lies under it, segment by segment. */
    static boolean contains(String outer, String inner) {
        return outer.isEmpty() || inner.equals(outer) || inner.startsWith(outer + "/");
    }
}
