package org.countygraph.extract;

/** Binary relations between entities that the extractor states. */
public enum RelationKind {
    /** place → place: administrative or spatial containment. */
    PART_OF,
    /** enterprise, zone, project or body → place. */
    LOCATED_IN,
    /** enterprise or project → industry. */
    IN_INDUSTRY,
    /** division or zone → industry. */
    DEVELOPS_INDUSTRY,
    /** initiative → division, zone, body or enterprise that runs it. */
    LAUNCHED_BY,
    /** government body → the division or zone it governs ({@code 攸县县委} → 攸县). */
    JURISDICTION
}
