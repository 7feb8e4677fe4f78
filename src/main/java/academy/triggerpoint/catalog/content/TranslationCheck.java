package academy.triggerpoint.catalog.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether a translation has its original's structure. A translation changes texts only: what a
 * learner reads (titles, Markdown, stems, options' texts, feedback, rationales, region names, the
 * texts of pairs and steps). Everything that decides what is taught, shown or scored is the
 * original's: a lesson's minutes, headings and images; an item's id, place, type, key, flags and
 * points. A translation that drifted from its original (a key corrected in one file and not the
 * other) would grade or teach differently by language, so it is refused.
 */
final class TranslationCheck {

    private static final String ONLY_TEXTS = "; a translation may change only texts";

    /**
     * One way a translation differs from its original. In YAML (an item bank, a lesson's front
     * matter) {@code pointer} is the JSON pointer of the value in the translation, which the reader
     * turns into a line, and {@code line} is 0; in a lesson's Markdown {@code pointer} is empty and
     * {@code line} is the 1-based line in the translation's file.
     */
    record Difference(String pointer, int line, String message) {

        static Difference at(String pointer, String message) {
            return new Difference(pointer, 0, message);
        }
    }

    /**
     * A translation's file name: the original's path with a language tag before the extension
     * ({@code modules/safety/items/bank.de.yaml} beside {@code bank.yaml}, {@code taut-bands.pt-BR.md}
     * beside {@code taut-bands.md}). Originals have no dot in their names (ids are kebab-case).
     */
    record Name(String originalPath, String language) {

        /** The translation's name parts, or empty for a file whose name has no dot before its extension. */
        static Optional<Name> of(String path) {
            int slash = path.lastIndexOf('/') + 1;
            int extension = path.lastIndexOf('.');
            int dot = path.indexOf('.', slash);
            if (dot < 0 || dot == extension) {
                return Optional.empty();
            }
            return Optional.of(new Name(path.substring(0, dot) + path.substring(extension),
                    path.substring(dot + 1, extension)));
        }
    }

    private TranslationCheck() {
    }

    /**
     * Why a translation into {@code language} cannot stand, or empty when it can: the tag must be
     * one, it must not be the course's own language, and the original must exist.
     */
    static Optional<String> refusal(String language, String courseLanguage, boolean originalExists, String originalPath) {
        Optional<String> notATag = ContentLanguage.refusal(language);
        if (notATag.isPresent()) {
            return Optional.of("the file name marks a translation, but " + notATag.get());
        }
        if (language.equals(courseLanguage)) {
            return Optional.of("this translation is in '" + language + "', the language the course is written in "
                    + "('language' in course.yaml); a translation is in another language");
        }
        if (!originalExists) {
            return Optional.of("this translation has no original: there is no " + originalPath + " beside it");
        }
        return Optional.empty();
    }

    /** The first difference in a lesson's front matter: every field but {@code title} must be the original's. */
    static Optional<Difference> frontMatter(JsonNode original, JsonNode translation) {
        for (String name : original.propertyNames()) {
            if (name.equals("title")) {
                continue;
            }
            JsonNode translated = translation.get(name);
            if (translated == null) {
                return Optional.of(Difference.at("/" + name, "'" + name + "' is missing here but is "
                        + value(original.get(name)) + " in the original" + ONLY_TEXTS));
            }
            if (!translated.equals(original.get(name))) {
                return Optional.of(Difference.at("/" + name, "'" + name + "' is " + value(translated) + " here but "
                        + value(original.get(name)) + " in the original" + ONLY_TEXTS));
            }
        }
        for (String name : translation.propertyNames()) {
            if (!name.equals("title") && !original.has(name)) {
                return Optional.of(Difference.at("/" + name, "'" + name + "' is not in the original's front matter"
                        + ONLY_TEXTS));
            }
        }
        return Optional.empty();
    }

    /**
     * The first difference in the headings (how many, at which levels) and the first in the images
     * (which files, in which order) of a lesson's Markdown: at most one of each.
     */
    static List<Difference> lessonBody(LessonDefinition original, LessonDefinition translation) {
        List<Difference> differences = new ArrayList<>();
        headings(original, translation).ifPresent(differences::add);
        images(original, translation).ifPresent(differences::add);
        return differences;
    }

    private static Optional<Difference> headings(LessonDefinition original, LessonDefinition translation) {
        List<LessonRenderer.HeadingRef> was = LessonRenderer.headings(original.markdown(), original.bodyLineOffset());
        List<LessonRenderer.HeadingRef> is = LessonRenderer.headings(translation.markdown(), translation.bodyLineOffset());
        for (int i = 0; i < Math.min(was.size(), is.size()); i++) {
            if (was.get(i).level() != is.get(i).level()) {
                return Optional.of(new Difference("", is.get(i).line(), "heading " + (i + 1) + " is level "
                        + is.get(i).level() + " (" + "#".repeat(is.get(i).level()) + ") here but level " + was.get(i).level()
                        + " (" + "#".repeat(was.get(i).level()) + ") in the original; a translation keeps the original's headings"));
            }
        }
        if (was.size() == is.size()) {
            return Optional.empty();
        }
        int line = is.size() > was.size() ? is.get(was.size()).line()
                : is.isEmpty() ? translation.bodyLineOffset() + 1 : is.getLast().line();
        return Optional.of(new Difference("", line, "this translation has " + count(is.size(), "heading")
                + ", the original has " + was.size() + "; a translation keeps the original's headings"));
    }

    private static Optional<Difference> images(LessonDefinition original, LessonDefinition translation) {
        List<LessonRenderer.ImageRef> was = LessonRenderer.images(original.markdown(), original.bodyLineOffset());
        List<LessonRenderer.ImageRef> is = LessonRenderer.images(translation.markdown(), translation.bodyLineOffset());
        for (int i = 0; i < Math.min(was.size(), is.size()); i++) {
            if (!Objects.equals(was.get(i).destination(), is.get(i).destination())) {
                return Optional.of(new Difference("", is.get(i).line(), "image " + (i + 1) + " is '"
                        + is.get(i).destination() + "' here but '" + was.get(i).destination() + "' in the original; "
                        + "a translation shows the original's images (only their alt text is translated)"));
            }
        }
        if (was.size() == is.size()) {
            return Optional.empty();
        }
        int line = is.size() > was.size() ? is.get(was.size()).line()
                : is.isEmpty() ? translation.bodyLineOffset() + 1 : is.getLast().line();
        return Optional.of(new Difference("", line, "this translation has " + count(is.size(), "image")
                + ", the original has " + was.size() + "; a translation shows the original's images"));
    }

    /**
     * Every difference between an item bank and its translation, at most one per item: items of the
     * original that are missing, items the original does not have, the first item out of the
     * original's order, and the first structural difference of each item. Pointers are into the
     * translation ({@code /items/3/options/1/correct}).
     */
    static List<Difference> bank(List<ItemDefinition> original, List<ItemDefinition> translation) {
        List<Difference> differences = new ArrayList<>();
        List<String> originalIds = original.stream().map(ItemDefinition::id).toList();
        List<String> translatedIds = translation.stream().map(ItemDefinition::id).toList();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < original.size(); i++) {
            String id = originalIds.get(i);
            if (!translatedIds.contains(id)) {
                String before = originalIds.subList(i + 1, originalIds.size()).stream().filter(translatedIds::contains)
                        .findFirst().orElse(null);
                differences.add(Difference.at(before == null ? "/items" : "/items/" + translatedIds.indexOf(before),
                        "item '" + id + "' of the original is missing here; a translation has every item of the "
                                + "original, in the same order"));
            }
        }
        for (int i = 0; i < translation.size(); i++) {
            if (!originalIds.contains(translatedIds.get(i))) {
                reported.add(translatedIds.get(i));
                differences.add(Difference.at("/items/" + i + "/id", "item '" + translatedIds.get(i)
                        + "' is not in the original; a translation has the original's items, no others"));
            }
        }
        List<String> commonOriginal = originalIds.stream().filter(translatedIds::contains).toList();
        List<String> commonTranslated = translatedIds.stream().filter(originalIds::contains).toList();
        for (int k = 0; k < commonTranslated.size(); k++) {
            if (!commonTranslated.get(k).equals(commonOriginal.get(k))) {
                String id = commonTranslated.get(k);
                reported.add(id);
                differences.add(Difference.at("/items/" + translatedIds.indexOf(id) + "/id", "item '" + id + "' is item "
                        + (originalIds.indexOf(id) + 1) + " of the original but item " + (translatedIds.indexOf(id) + 1)
                        + " here; a translation keeps the original's order"));
                break;
            }
        }
        for (int i = 0; i < translation.size(); i++) {
            ItemDefinition translated = translation.get(i);
            if (reported.contains(translated.id())) {
                continue;
            }
            String base = "/items/" + i;
            original.stream().filter(o -> o.id().equals(translated.id())).findFirst()
                    .flatMap(o -> item(o, translated))
                    .ifPresent(d -> differences.add(Difference.at(base + d.pointer(), d.message())));
        }
        return differences;
    }

    /**
     * The first structural difference between an item and its translation, with a pointer relative
     * to the item ({@code /options/1/correct}); empty when only texts differ.
     */
    static Optional<Difference> item(ItemDefinition original, ItemDefinition translation) {
        return firstDifference(original, translation)
                .map(d -> Difference.at(d.pointer(), "item '" + original.id() + "': " + d.message() + ONLY_TEXTS));
    }

    private static Optional<Difference> firstDifference(ItemDefinition original, ItemDefinition translation) {
        String type = type(original);
        if (!type.equals(type(translation))) {
            return differs("/type", "'type'", type, type(translation));
        }
        ItemDefinition.Common was = original.common();
        ItemDefinition.Common is = translation.common();
        return first(
                differs("/lesson", "'lesson'", was.lessonId(), is.lessonId()),
                differs("/tags", "'tags'", was.tags(), is.tags()),
                differs("/competency", "'competency'", was.competency(), is.competency()),
                differs("/difficulty", "'difficulty'", was.difficulty(), is.difficulty()),
                differs("/critical", "'critical'", was.critical(), is.critical()),
                differs("/points", "'points'", was.points(), is.points()))
                .or(() -> switch (original) {
                    case ItemDefinition.Choice o -> options(o.options(), ((ItemDefinition.Choice) translation).options());
                    case ItemDefinition.KeyFeatures o -> differs("/maxSelections", "'maxSelections'", o.maxSelections(),
                            ((ItemDefinition.KeyFeatures) translation).maxSelections())
                            .or(() -> options(o.options(), ((ItemDefinition.KeyFeatures) translation).options()));
                    case ItemDefinition.TrueFalse o -> differs("/answer", "'answer'", o.answer(),
                            ((ItemDefinition.TrueFalse) translation).answer());
                    case ItemDefinition.Matching o -> matching(o, (ItemDefinition.Matching) translation);
                    case ItemDefinition.Ordering o -> differs("/sequence", "the number of steps", o.sequence().size(),
                            ((ItemDefinition.Ordering) translation).sequence().size());
                    case ItemDefinition.Numeric o -> numeric(o, (ItemDefinition.Numeric) translation);
                    case ItemDefinition.Hotspot o -> hotspot(o, (ItemDefinition.Hotspot) translation);
                    case ItemDefinition.ScriptConcordance o -> scriptConcordance(o, (ItemDefinition.ScriptConcordance) translation);
                });
    }

    private static Optional<Difference> options(List<ItemDefinition.Option> was, List<ItemDefinition.Option> is) {
        if (was.size() != is.size()) {
            return differs("/options", "the number of options", was.size(), is.size());
        }
        for (int i = 0; i < was.size(); i++) {
            ItemDefinition.Option o = was.get(i);
            ItemDefinition.Option t = is.get(i);
            String p = "/options/" + i;
            Optional<Difference> d = first(
                    differs(p + "/id", "option " + (i + 1), o.id(), t.id()),
                    differs(p + "/correct", "'correct' of option '" + o.id() + "'", o.correct(), t.correct()),
                    differs(p + "/harmful", "'harmful' of option '" + o.id() + "'", o.harmful(), t.harmful()));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<Difference> matching(ItemDefinition.Matching was, ItemDefinition.Matching is) {
        return first(differs("/pairs", "the number of pairs", was.pairs().size(), is.pairs().size()),
                differs("/distractors", "the number of distractors", was.distractors().size(), is.distractors().size()));
    }

    private static Optional<Difference> numeric(ItemDefinition.Numeric was, ItemDefinition.Numeric is) {
        return first(number("/answer", "'answer'", was.answer(), is.answer()),
                number("/tolerance", "'tolerance'", was.tolerance(), is.tolerance()));
    }

    private static Optional<Difference> hotspot(ItemDefinition.Hotspot was, ItemDefinition.Hotspot is) {
        Optional<Difference> picture = first(differs("/image", "'image'", was.image(), is.image()),
                differs("/width", "'width'", was.width(), is.width()),
                differs("/height", "'height'", was.height(), is.height()),
                differs("/regions", "the number of regions", was.regions().size(), is.regions().size()));
        if (picture.isPresent()) {
            return picture;
        }
        for (int i = 0; i < was.regions().size(); i++) {
            ItemDefinition.Region o = was.regions().get(i);
            ItemDefinition.Region t = is.regions().get(i);
            String p = "/regions/" + i;
            Optional<Difference> d = first(
                    differs(p + "/id", "region " + (i + 1), o.id(), t.id()),
                    differs(p + "/points", "the points of region '" + o.id() + "'", points(o), points(t)),
                    differs(p + "/correct", "'correct' of region '" + o.id() + "'", o.correct(), t.correct()),
                    differs(p + "/harmful", "'harmful' of region '" + o.id() + "'", o.harmful(), t.harmful()));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<Difference> scriptConcordance(ItemDefinition.ScriptConcordance was,
                                                          ItemDefinition.ScriptConcordance is) {
        return first(differs("/scale", "'scale'", was.scale().name().toLowerCase(java.util.Locale.ROOT),
                        is.scale().name().toLowerCase(java.util.Locale.ROOT)),
                differs("/demoPanel", "'demoPanel'", was.demonstration() ? was.panel() : null,
                        is.demonstration() ? is.panel() : null));
    }

    @SafeVarargs
    private static Optional<Difference> first(Optional<Difference>... candidates) {
        for (Optional<Difference> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<Difference> differs(String pointer, String what, Object original, Object translation) {
        if (Objects.equals(original, translation)) {
            return Optional.empty();
        }
        return Optional.of(Difference.at(pointer, what + " is " + shown(translation) + " here but " + shown(original)
                + " in the original"));
    }

    private static Optional<Difference> number(String pointer, String what, BigDecimal original, BigDecimal translation) {
        boolean same = original == null ? translation == null : translation != null && original.compareTo(translation) == 0;
        return same ? Optional.empty() : differs(pointer, what, original, translation);
    }

    private static String shown(Object value) {
        return switch (value) {
            case null -> "not given";
            case String s -> "'" + s + "'";
            case BigDecimal b -> b.toPlainString();
            default -> value.toString();
        };
    }

    private static String value(JsonNode node) {
        return node.isValueNode() ? node.asString() : node.toString();
    }

    /** A region's polygon as written: [[x, y], ...]. */
    private static List<String> points(ItemDefinition.Region region) {
        return region.points().stream().map(p -> "[" + fmt(p.x()) + ", " + fmt(p.y()) + "]").toList();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The type as course files write it. */
    static String type(ItemDefinition item) {
        return switch (item) {
            case ItemDefinition.Choice c -> c.multiple() ? "multiple-response" : "single-choice";
            case ItemDefinition.KeyFeatures k -> "key-features";
            case ItemDefinition.TrueFalse t -> "true-false";
            case ItemDefinition.Matching m -> "matching";
            case ItemDefinition.Ordering o -> "ordering";
            case ItemDefinition.Numeric n -> "numeric";
            case ItemDefinition.Hotspot h -> "hotspot";
            case ItemDefinition.ScriptConcordance s -> "script-concordance";
        };
    }
}
