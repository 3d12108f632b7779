package org.countygraph.extract;

/**
 * A relation the article states between two entities, by their keys.
 *
 * @param kind      which relation
 * @param subject   key of the subject entity
 * @param object    key of the object entity
 * @param evidence  where it is stated
 */
public record Relation(RelationKind kind, String subject, String object, Evidence evidence) {}
