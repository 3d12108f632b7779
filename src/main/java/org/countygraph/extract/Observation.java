package org.countygraph.extract;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One figure the article reports for an area.
 *
 * @param area       key of the division or zone
 * @param indicator  indicator name as written, e.g. {@code 地区生产总值}
 * @param valueText  the value as written, qualifier included, e.g. {@code 超450}
 * @param value      the numeric value in {@code unit}
 * @param unit       the unit as written, e.g. {@code 亿元}, {@code 家}; empty for a pure number
 * @param growthRate growth in percent, when stated
 * @param period     the period as written, e.g. {@code 上半年}, when stated
 * @param evidence   where it is stated
 * @param concerns   key of the enterprise or project the figure is about (an investment in it), if any
 */
public record Observation(String area, String indicator, String valueText, BigDecimal value, String unit,
                          Optional<BigDecimal> growthRate, Optional<String> period, Evidence evidence,
                          Optional<String> concerns) {}
