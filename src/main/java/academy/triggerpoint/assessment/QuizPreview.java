package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.grading.GradeResult;
import academy.triggerpoint.assessment.grading.ItemDraw;
import academy.triggerpoint.assessment.grading.QuizGrader;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.QuizDefinition;
import academy.triggerpoint.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A module's quiz taken in preview by an author, from content that need not be published (a draft):
 * drawn and shown exactly as for learners and graded by the same pure grader, but nothing is stored,
 * no attempt counts, and no event is published.
 */
@Service
@PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
public class QuizPreview {

    /** A drawn quiz: what a learner would see, in the order they would see it. */
    public record Drawn(String title, int passMark, List<PresentedItem> items) {

        public List<String> itemIds() {
            return items.stream().map(PresentedItem::itemId).toList();
        }
    }

    /** Draws the module's quiz with this seed, presented with images from {@code assetBase}. */
    public Drawn draw(CourseDefinition course, String moduleId, long seed, String assetBase) {
        QuizDefinition quiz = course.module(moduleId).flatMap(m -> m.quizDefinition())
                .orElseThrow(() -> new NotFoundException("Module " + moduleId + " has no quiz."));
        List<String> ids = ItemDraw.draw(quiz, course.items(), seed);
        List<PresentedItem> presented = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ItemDefinition item = course.item(ids.get(i)).orElseThrow();
            presented.add(ItemPresentation.present(item, i + 1, seed, ItemPresentation.bankPath(item), assetBase));
        }
        return new Drawn(quiz.title(), quiz.passMark(), List.copyOf(presented));
    }

    /** Grades the preview answers as a submitted attempt would be graded; nothing is recorded. */
    public GradeResult check(CourseDefinition course, Drawn drawn, Map<String, Response> responses) {
        List<ItemDefinition> items = drawn.itemIds().stream().map(id -> course.item(id).orElseThrow()).toList();
        return QuizGrader.grade(items, responses, drawn.passMark());
    }
}
