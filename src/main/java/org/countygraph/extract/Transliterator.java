package org.countygraph.extract;

/** Writes a Chinese name in Latin letters (Hanyu pinyin with tone marks). */
public interface Transliterator {
    /** The romanisation of {@code name}, e.g. 攸县 → {@code yōu xiàn}; characters it cannot read are kept. */
    String romanize(String name);
}
