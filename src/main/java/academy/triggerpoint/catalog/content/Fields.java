package academy.triggerpoint.catalog.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads typed fields from one YAML document, adding a problem with the line for each mistake. */
final class Fields {

    static final Pattern IDENTIFIER = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final YamlDoc doc;
    private final String file;
    private final List<Problem> problems;

    Fields(YamlDoc doc, String file, List<Problem> problems) {
        this.doc = doc;
        this.file = file;
        this.problems = problems;
    }

    void problem(String pointer, String message) {
        problems.add(new Problem(file, doc.line(pointer), message, pointer, doc.column(pointer)));
    }

    int line(String pointer) {
        return doc.line(pointer);
    }

    /**
     * Reports fields that are not in {@code known}; names in {@code reserved} get a note that they are
     * not supported yet rather than looking like a typo.
     */
    void onlyKnown(JsonNode object, String pointer, Set<String> known, Map<String, String> reserved) {
        for (String name : object.propertyNames()) {
            if (reserved.containsKey(name)) {
                problem(pointer + "/" + name, "'" + name + "' is not supported yet (" + reserved.get(name) + ")");
            } else if (!known.contains(name)) {
                problem(pointer + "/" + name, "unknown field '" + name + "'; expected one of " + String.join(", ", known));
            }
        }
    }

    boolean isObject(JsonNode node, String pointer, String what) {
        if (node == null || !node.isObject()) {
            problem(pointer, what + " must be a mapping of fields");
            return false;
        }
        return true;
    }

    String text(JsonNode object, String pointer, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(pointer + "/" + name, "required field '" + name + "' is missing");
            }
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            problem(pointer + "/" + name, "'" + name + "' must be text");
            return null;
        }
        String text = value.asString().strip();
        if (required && text.isEmpty()) {
            problem(pointer + "/" + name, "'" + name + "' must not be empty");
            return null;
        }
        return text;
    }

    String identifier(JsonNode object, String pointer, String name) {
        String id = text(object, pointer, name, true);
        if (id != null && !IDENTIFIER.matcher(id).matches()) {
            problem(pointer + "/" + name, "'" + id + "' is not a valid id: use lower-case letters, digits and single hyphens");
            return null;
        }
        return id;
    }

    List<String> texts(JsonNode object, String pointer, String name, boolean required) {
        JsonNode value = object.get(name);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (required) {
                problem(pointer + "/" + name, "required field '" + name + "' is missing");
            }
            return result;
        }
        if (!value.isArray()) {
            problem(pointer + "/" + name, "'" + name + "' must be a list");
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isValueNode() || item.isNull() || item.asString().isBlank()) {
                problem(pointer + "/" + name + "/" + i, "item " + (i + 1) + " of '" + name + "' must be non-empty text");
            } else {
                result.add(item.asString().strip());
            }
        }
        if (required && result.isEmpty() && value.isEmpty()) {
            problem(pointer + "/" + name, "'" + name + "' must list at least one entry");
        }
        return result;
    }

    List<JsonNode> objects(JsonNode object, String pointer, String name, boolean required) {
        JsonNode value = object.get(name);
        List<JsonNode> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (required) {
                problem(pointer + "/" + name, "required field '" + name + "' is missing");
            }
            return result;
        }
        if (!value.isArray()) {
            problem(pointer + "/" + name, "'" + name + "' must be a list");
            return result;
        }
        if (required && value.isEmpty()) {
            problem(pointer + "/" + name, "'" + name + "' must list at least one entry");
        }
        value.forEach(result::add);
        return result;
    }

    Integer integer(JsonNode object, String pointer, String name, boolean required, int min, int max) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(pointer + "/" + name, "required field '" + name + "' is missing");
            }
            return null;
        }
        if (!value.isIntegralNumber()) {
            problem(pointer + "/" + name, "'" + name + "' must be a whole number");
            return null;
        }
        if (!value.canConvertToInt()) {
            problem(pointer + "/" + name, "'" + name + "' must be between " + min + " and " + max + ", not " + value.asString());
            return null;
        }
        int number = value.asInt();
        if (number < min || number > max) {
            problem(pointer + "/" + name, "'" + name + "' must be between " + min + " and " + max + ", not " + number);
            return null;
        }
        return number;
    }

    BigDecimal decimal(JsonNode object, String pointer, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(pointer + "/" + name, "required field '" + name + "' is missing");
            }
            return null;
        }
        if (!value.isNumber()) {
            problem(pointer + "/" + name, "'" + name + "' must be a number");
            return null;
        }
        // Bounded before anything writes the number out: 1e-999999999 has a gigabyte-long plain form.
        boolean finite = !value.isFloatingPointNumber() || value.isBigDecimal() || Double.isFinite(value.asDouble());
        BigDecimal number = finite ? value.decimalValue() : null;
        if (number == null || number.precision() - number.scale() > ItemDefinition.Numeric.LIMIT.precision()
                || number.abs().compareTo(ItemDefinition.Numeric.LIMIT) > 0
                || number.stripTrailingZeros().scale() > ItemDefinition.Numeric.MAX_DECIMALS) {
            problem(pointer + "/" + name, "'" + name + "' must be a number of at most 1,000,000,000 with at most "
                    + ItemDefinition.Numeric.MAX_DECIMALS + " decimal places");
            return null;
        }
        return number;
    }

    boolean flag(JsonNode object, String pointer, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(pointer + "/" + name, "'" + name + "' must be true or false");
            return false;
        }
        return value.booleanValue();
    }
}
