package academy.triggerpoint.catalog.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinical case scenario: a patient met one stage at a time. Stages hold questions, a decision
 * whose choices branch to other stages, or the end of the case. Keys, credits, rationales and
 * endings stay on the server like item keys.
 *
 * @param start the id of the first stage
 */
public record CaseDefinition(String id, String moduleId, String title, String summary, String lessonId,
                             String competency, int passMark, int attempts, int cooldownMinutes,
                             Integer timeLimitMinutes, String vignette, String start, List<Stage> stages,
                             String file, int line) {

    /** Where a stage sits in the clinical encounter. */
    public enum Phase {
        HISTORY("History"), EXAMINATION("Physical examination"), MOVEMENT("Movement assessment"),
        PALPATION("Palpation"), DECISION("Decision"), AFTERCARE("Aftercare");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a choice ends the case, if it does. */
    public enum Ending { NONE, COMPLETE, CRITICAL }

    /**
     * One stage. Exactly one of {@code next}, {@code decision} and {@code end} says what follows it.
     */
    public record Stage(String id, Phase phase, String title, String text, List<ItemDefinition> items,
                        Decision decision, String next, boolean end) {

        /** Points available in this stage: its items plus its decision. */
        public int maxPoints() {
            return items.stream().mapToInt(i -> i.common().points()).sum()
                    + (decision == null ? 0 : decision.item().common().points());
        }
    }

    /**
     * A branching decision. {@code item} is the decision as a single-choice question (id = the
     * stage id, the best choice as the key, critical endings as harmful options), which is how it
     * is presented, validated and stored; the branching lives in {@code choices}.
     */
    public record Decision(ItemDefinition.Choice item, List<Choice> choices) {

        public Choice best() {
            return choices.stream().filter(Choice::best).findFirst().orElseThrow();
        }

        public Optional<Choice> choice(String choiceId) {
            return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
        }
    }

    /**
     * @param credit      share of the decision's points (1 for the best choice)
     * @param explanation for a critical ending: what should have happened
     * @param lessonId    the lesson a critical ending links to
     */
    public record Choice(String id, String text, boolean best, double credit, String rationale, String next,
                         Ending ending, String explanation, String lessonId) {
    }

    /** This case with each stage's items passed through {@code change} (decisions stay as they are). */
    public CaseDefinition withItems(java.util.function.UnaryOperator<ItemDefinition> change) {
        List<Stage> changed = stages.stream().map(s -> new Stage(s.id(), s.phase(), s.title(), s.text(),
                s.items().stream().map(change).toList(), s.decision(), s.next(), s.end())).toList();
        return new CaseDefinition(id, moduleId, title, summary, lessonId, competency, passMark, attempts, cooldownMinutes,
                timeLimitMinutes, vignette, start, changed, file, line);
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** Everything a learner answers, by id: each stage's items and each decision. */
    public Map<String, ItemDefinition> answerables() {
        Map<String, ItemDefinition> all = new LinkedHashMap<>();
        for (Stage stage : stages) {
            stage.items().forEach(item -> all.put(item.id(), item));
            if (stage.decision() != null) {
                all.put(stage.id(), stage.decision().item());
            }
        }
        return all;
    }

    /** The stage an answer belongs to: the stage of an item, or the stage of a decision. */
    public Optional<Stage> stageOf(String answerableId) {
        return stages.stream().filter(s -> s.id().equals(answerableId) && s.decision() != null
                || s.items().stream().anyMatch(i -> i.id().equals(answerableId))).findFirst();
    }

    /** The stages met by following every best choice, from the start to the end. */
    public List<String> bestPath() {
        List<String> path = new ArrayList<>();
        Optional<Stage> stage = stage(start);
        while (stage.isPresent() && !path.contains(stage.get().id())) {
            Stage s = stage.get();
            path.add(s.id());
            String next = s.decision() != null ? s.decision().best().next() : s.next();
            stage = next == null ? Optional.empty() : stage(next);
        }
        return List.copyOf(path);
    }

    /** Points available on the best path. */
    public int bestPathPoints() {
        return bestPath().stream().mapToInt(id -> stage(id).orElseThrow().maxPoints()).sum();
    }
}
