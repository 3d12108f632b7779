package org.countygraph.extract;

/** The kinds of entity the extractor produces, one per class of the core vocabulary. */
public enum EntityKind {
    PERSON, OFFICIAL,
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE, ZONE, PLACE,
    ENTERPRISE, GOVERNMENT_BODY, ORGANIZATION,
    INDUSTRY, INITIATIVE, PROJECT;

    /** True for places of any level, zones included. */
    public boolean isPlace() {
        return switch (this) {
            case PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE, ZONE, PLACE -> true;
            default -> false;
        };
    }

    /** True for administrative divisions (province down to village). */
    public boolean isDivision() { return isPlace() && this != ZONE && this != PLACE; }

    /** True for persons, officials included. */
    public boolean isPerson() { return this == PERSON || this == OFFICIAL; }

    /** True for organisations of any kind. */
    public boolean isOrganization() {
        return this == ENTERPRISE || this == GOVERNMENT_BODY || this == ORGANIZATION;
    }
}
