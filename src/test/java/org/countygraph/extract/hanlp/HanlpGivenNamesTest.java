package org.countygraph.extract.hanlp;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class HanlpGivenNamesTest {
    private final HanlpGivenNames names = new HanlpGivenNames();

    @Test
    void aCommonWordOpeningTheNameIsNoName() {
        assertFalse(names.plausible("高原上"));
        assertFalse(names.plausible("安全好"));
        assertFalse(names.plausible("方式而"));
    }

    @Test
    void aWordThatStandsBesideNamesIsNoGivenName() {
        assertFalse(names.plausible("林还草"));
    }

    @Test
    void aCharacterThatFollowsNamesRatherThanEndsThemEndsNoName() {
        assertFalse(names.plausible("李坡上"));
        assertFalse(names.plausible("孙一片"));
    }

    @Test
    void namesWithRareGivenCharactersAreNames() {
        assertTrue(names.plausible("孙庭锋"));
        assertTrue(names.plausible("周倩芸"));
        assertTrue(names.plausible("郑板桥"));
        assertTrue(names.plausible("张明"));
        assertTrue(names.plausible("周春芽"));
    }
}
