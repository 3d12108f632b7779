package org.countygraph.extract;

import java.util.Optional;

/**
 * A division of the national statistical list: a province, prefecture city, county-level division
 * or development zone, with its code.
 *
 * @param code   the national code: 2 digits for a province, 4 for a city, 6 for a county or zone
 * @param name   the official full name, e.g. {@code 攸县}, {@code 株洲市}
 * @param kind   {@link EntityKind#PROVINCE}, {@link EntityKind#CITY}, {@link EntityKind#COUNTY} or
 *               {@link EntityKind#ZONE}
 * @param parent the code of the enclosing division, empty for a province
 */
public record Division(String code, String name, EntityKind kind, Optional<String> parent) {}
