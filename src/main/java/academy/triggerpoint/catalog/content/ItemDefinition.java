package academy.triggerpoint.catalog.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question from an item bank, with its key. Keys, feedback and rationales are server-side only:
 * what a learner sees during an attempt is built from these by the assessment module without them.
 */
public sealed interface ItemDefinition {

    Common common();

    default String id() {
        return common().id();
    }

    /** What every item type has. {@code file} and {@code line} say where the item is defined. */
    record Common(String id, String moduleId, String lessonId, List<String> tags, String competency,
                  String difficulty, boolean critical, int points, String stem, String rationale,
                  String file, int line) {
    }

    record Option(String id, String text, boolean correct, boolean harmful, String feedback) {
    }

    /** {@code single-choice} ({@code multiple} false) and {@code multiple-response}. */
    record Choice(Common common, boolean multiple, List<Option> options) implements ItemDefinition {
    }

    record TrueFalse(Common common, boolean answer, String feedbackTrue, String feedbackFalse) implements ItemDefinition {
    }

    record Pair(String left, String right) {
    }

    /** Right-hand choices are the pairs' right items followed by the distractors, in that canonical order. */
    record Matching(Common common, List<Pair> pairs, List<String> distractors) implements ItemDefinition {

        public List<String> rightChoices() {
            return java.util.stream.Stream.concat(pairs.stream().map(Pair::right), distractors.stream()).toList();
        }
    }

    record Ordering(Common common, List<String> sequence) implements ItemDefinition {
    }

    record Numeric(Common common, BigDecimal answer, BigDecimal tolerance, String unit) implements ItemDefinition {

        /** Largest magnitude a number in a course file or an answer may have. */
        public static final BigDecimal LIMIT = new BigDecimal("1000000000");
        /** Most decimal places a number in a course file or an answer may have. */
        public static final int MAX_DECIMALS = 10;
    }

    record Point(double x, double y) {
    }

    /**
     * One area of a hotspot picture. {@code name} says what the area is as a learner sees it on the
     * picture ("Needle 2, onto the middle rib"): learners who do not click the picture choose from
     * the names, so a name never says whether the area is the answer.
     */
    record Region(String id, String name, List<Point> points, boolean correct, boolean harmful, String feedback) {

        /** Ray casting: whether (x, y) lies inside this polygon. */
        public boolean contains(double x, double y) {
            boolean inside = false;
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                Point a = points.get(i);
                Point b = points.get(j);
                if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                    inside = !inside;
                }
            }
            return inside;
        }

        /** The mean of the vertices: inside a convex area, perhaps outside a concave one. */
        public Point centre() {
            double x = 0;
            double y = 0;
            for (Point p : points) {
                x += p.x();
                y += p.y();
            }
            return new Point(x / points.size(), y / points.size());
        }

        /** The smallest upright rectangle that holds the area. */
        public Box box() {
            Point first = points.getFirst();
            double minX = first.x();
            double minY = first.y();
            double maxX = first.x();
            double maxY = first.y();
            for (Point p : points) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            return new Box(minX, minY, maxX, maxY);
        }
    }

    /** An upright rectangle in a hotspot picture's coordinates. */
    record Box(double minX, double minY, double maxX, double maxY) {
    }

    /**
     * {@code key-features}: choose up to {@code maxSelections} of the options. Over-selecting or
     * choosing a harmful option scores zero; otherwise each correct option chosen earns a share.
     */
    record KeyFeatures(Common common, int maxSelections, List<Option> options) implements ItemDefinition {
    }

    /** The five points of a script-concordance scale, from -2 to +2. */
    enum Scale {
        LIKELIHOOD("this hypothesis becomes", List.of("much less likely", "less likely", "neither more nor less likely",
                "more likely", "much more likely")),
        APPROPRIATENESS("this option becomes", List.of("much less appropriate", "less appropriate",
                "neither more nor less appropriate", "more appropriate", "much more appropriate"));

        private final String question;
        private final List<String> labels;

        Scale(String question, List<String> labels) {
            this.question = question;
            this.labels = labels;
        }

        public String question() {
            return question;
        }

        /** The label of scale point {@code value} (-2 to +2). */
        public String label(int value) {
            return labels.get(value + 2);
        }
    }

    /**
     * {@code script-concordance}: "if you were thinking of {@code hypothesis} and then you find
     * {@code finding}, ...", answered on a -2..+2 scale. {@code panel} holds how many experts chose
     * each scale point, from -2 to +2: as read from a file, the demonstration counts its
     * {@code demoPanel} gives (or none); once keyed, the answers of the course's expert panel.
     * {@code demonstration} says the counts are an author's demonstration, not expert answers.
     */
    record ScriptConcordance(Common common, String hypothesis, String finding, Scale scale, List<Integer> panel,
                             boolean demonstration) implements ItemDefinition {

        /** Below this many panel answers an item's key is provisional: feedback only, no points, never a fail. */
        public static final int MINIMUM_PANEL = 10;

        public int panelSize() {
            return panel.stream().mapToInt(Integer::intValue).sum();
        }

        public boolean provisional() {
            return panelSize() < MINIMUM_PANEL;
        }

        /**
         * This item keyed by a panel's counts. A provisional key carries no points and cannot be a
         * critical miss, so it can neither raise nor lower a score.
         */
        public ScriptConcordance withPanel(List<Integer> counts) {
            return keyedBy(counts, false);
        }

        /** This item keyed by its own demonstration counts (the demo profile, before any panellist answers). */
        public ScriptConcordance withDemonstrationPanel() {
            return keyedBy(panel, true);
        }

        private ScriptConcordance keyedBy(List<Integer> counts, boolean demo) {
            ScriptConcordance keyed = new ScriptConcordance(common, hypothesis, finding, scale, List.copyOf(counts), demo);
            if (!keyed.provisional()) {
                return keyed;
            }
            Common c = common;
            return new ScriptConcordance(new Common(c.id(), c.moduleId(), c.lessonId(), c.tags(), c.competency(),
                    c.difficulty(), false, 0, c.stem(), c.rationale(), c.file(), c.line()), hypothesis, finding, scale,
                    List.copyOf(counts), demo);
        }

        /** "+1 (more likely)": a scale point as learners and panellists see it. */
        public String pointLabel(int value) {
            return (value > 0 ? "+" : "") + value + " (" + scale.label(value) + ")";
        }

        /** The question as Markdown: any extra context, then "If you were thinking of ... and then you find ...". */
        public String questionMarkdown() {
            String stem = common.stem();
            return (stem == null || stem.isBlank() ? "" : stem + "\n\n") + "If you were thinking of **" + hypothesis
                    + "**\n\nand then you find **" + finding + "**,\n\n" + scale.question() + ":";
        }

        /** Aggregate scoring: experts who chose {@code value} ÷ experts who chose the modal answer. */
        public double credit(int value) {
            int modal = panel.stream().mapToInt(Integer::intValue).max().orElse(0);
            return modal == 0 || value < -2 || value > 2 ? 0 : panel.get(value + 2) / (double) modal;
        }
    }

    /** {@code image} is a path in the course folder; regions use its {@code width} × {@code height} space. */
    record Hotspot(Common common, String image, int width, int height, List<Region> regions) implements ItemDefinition {

        /**
         * A point inside {@code region} that lies in as few other regions as possible (in none when
         * there is one): what choosing the region by its name from a list means, graded exactly as a
         * click there. The region's centre of vertices when that does, else the first best point on a
         * grid of a hundredth of the picture; empty only for a region with no inside (a degenerate polygon).
         * Coordinates are rounded to hundredths before they are tested, so the point sent to the
         * browser and back as text is exactly the one tested.
         */
        public java.util.Optional<Point> pointFor(Region region) {
            double cx = hundredths(region.centre().x());
            double cy = hundredths(region.centre().y());
            Point best = region.contains(cx, cy) ? new Point(cx, cy) : null;
            long fewest = best == null ? Long.MAX_VALUE : othersAt(region, cx, cy);
            double step = Math.max(0.5, Math.max(width, height) / 100.0);
            Box box = region.box();
            for (double gy = box.minY() + step / 2; gy < box.maxY() && fewest > 0; gy += step) {
                for (double gx = box.minX() + step / 2; gx < box.maxX() && fewest > 0; gx += step) {
                    double x = hundredths(gx);
                    double y = hundredths(gy);
                    if (region.contains(x, y) && othersAt(region, x, y) < fewest) {
                        best = new Point(x, y);
                        fewest = othersAt(region, x, y);
                    }
                }
            }
            return java.util.Optional.ofNullable(best);
        }

        private static double hundredths(double value) {
            return Math.round(value * 100) / 100.0;
        }

        private long othersAt(Region region, double x, double y) {
            return regions.stream().filter(r -> r != region && r.contains(x, y)).count();
        }
    }
}
