package org.countygraph.extract;

/** A judge of the characters of Han names: whether they read as a name rather than as common words. */
public interface GivenNames {
    /** Accepts every name: the judge when none is set. */
    GivenNames ANY = name -> true;

    /**
     * True when {@code name}, a surname of one character and a given name, reads as a name: false when its first two
     * characters make a common word (高原|上, 安全|好), its second is a word that stands beside names, not in them
     * (林|还|草), or its last one that follows names rather than ends them (石坡|上, 成一|片).
     */
    boolean plausible(String name);
}
