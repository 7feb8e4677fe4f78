package academy.triggerpoint.people;

/**
 * Where a licence was issued, written as "Region, Country" or just "Country": the form certificates
 * print and staff lists use.
 */
record Jurisdiction(String country, String region) {

    static Jurisdiction parse(String text) {
        if (text == null || text.isBlank()) {
            return new Jurisdiction(null, null);
        }
        int comma = text.lastIndexOf(',');
        return comma < 0 ? new Jurisdiction(text.strip(), null)
                : new Jurisdiction(text.substring(comma + 1).strip(), text.substring(0, comma).strip());
    }

    static String format(String country, String region) {
        if (region == null || region.isBlank()) {
            return country;
        }
        return country == null || country.isBlank() ? region : region + ", " + country;
    }
}
