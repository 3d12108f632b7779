package org.countygraph.extract;

import java.util.Optional;

/**
 * A post a person holds, as the article states it.
 *
 * @param person   key of the person
 * @param title    the post's title as written, e.g. {@code 县委书记}
 * @param postIn   key of the division, zone or body the post belongs to, when the text names one
 * @param evidence where it is stated
 */
public record Post(String person, String title, Optional<String> postIn, Evidence evidence) {}
