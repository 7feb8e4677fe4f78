package academy.triggerpoint.assessment.grading;

import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CaseDefinition.Choice;
import academy.triggerpoint.catalog.content.CaseDefinition.Ending;
import academy.triggerpoint.catalog.content.CaseDefinition.Stage;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.util.ArrayList;
import java.util.List;

/** Case definitions built in code, for grading tests and benchmarks. */
public final class Cases {

    private Cases() {
    }

    public static Stage items(String id, String next, ItemDefinition... items) {
        return new Stage(id, CaseDefinition.Phase.HISTORY, "Stage " + id, null, List.of(items), null, next, next == null);
    }

    public static Stage decision(String id, int points, Choice... choices) {
        List<ItemDefinition.Option> options = new ArrayList<>();
        for (Choice c : choices) {
            options.add(new ItemDefinition.Option(c.id(), c.text(), c.best(), c.ending() == Ending.CRITICAL, c.rationale()));
        }
        ItemDefinition.Choice item = new ItemDefinition.Choice(Items.common(id, false, points), false, options);
        return new Stage(id, CaseDefinition.Phase.DECISION, "Stage " + id, null, List.of(),
                new CaseDefinition.Decision(item, List.of(choices)), null, false);
    }

    public static Choice best(String id, String next) {
        return new Choice(id, "Choice " + id, true, 1, "Why " + id, next, Ending.NONE, null, null);
    }

    /** The best choice, ending the case safely. */
    public static Choice bestEnding(String id) {
        return new Choice(id, "Choice " + id, true, 1, "Why " + id, null, Ending.COMPLETE, null, null);
    }

    public static Choice partial(String id, double credit, String next) {
        return new Choice(id, "Choice " + id, false, credit, "Why " + id, next, Ending.NONE, null, null);
    }

    public static Choice complete(String id, double credit) {
        return new Choice(id, "Choice " + id, false, credit, "Why " + id, null, Ending.COMPLETE, null, null);
    }

    public static Choice critical(String id) {
        return new Choice(id, "Choice " + id, false, 0, "Why " + id, null, Ending.CRITICAL, "Explain " + id, "lesson-" + id);
    }

    public static CaseDefinition of(int passMark, Stage... stages) {
        return new CaseDefinition("case", "m", "A case", "Summary", "lesson", null, passMark, 0, 0, null, "Vignette",
                stages[0].id(), List.of(stages), "cases/case.yaml", 1);
    }

    /**
     * Twelve stages in pairs: a stage with three questions (key features, script concordance,
     * single choice), then a decision whose best choice goes on (the last one ends the case), a
     * weaker choice goes on with half credit and a third ends critically.
     */
    public static CaseDefinition twelveStages() {
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String after = "q" + (i + 1);
            stages.add(items("q" + i, "d" + i, Items.keyFeatures("kf" + i), Items.scriptConcordance("sct" + i),
                    Items.single("sc" + i, false)));
            stages.add(decision("d" + i, 2, i == 5 ? bestEnding("go" + i) : best("go" + i, after),
                    i == 5 ? complete("weak" + i, 0.5) : partial("weak" + i, 0.5, after), critical("unsafe" + i)));
        }
        return of(70, stages.toArray(Stage[]::new));
    }
}
