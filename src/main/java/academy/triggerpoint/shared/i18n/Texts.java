package academy.triggerpoint.shared.i18n;

/**
 * The interface texts of one language, for code that builds text without a component of its own
 * (a chart, an announcement): a view passes {@code this::getTranslation}, a plain test a lambda over
 * {@link Translations} with a fixed locale.
 */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... args);
}
