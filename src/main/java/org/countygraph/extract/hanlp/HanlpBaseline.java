package org.countygraph.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * The yardstick the extractor's speed is measured against: HanLP's own standard (viterbi)
 * segmentation with person, place and organisation recognition on, as a HanLP user would call it
 * on a whole text. It does nothing with the words but count them.
 *
 * <p>Usage: {@code int words = HanlpBaseline.segment(text);}
 */
public final class HanlpBaseline {
    private HanlpBaseline() {}

    /** Segments {@code text} with name, place and organisation recognition; returns the number of words. */
    public static int segment(String text) {
        Segment seg = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        return seg.seg(text).size();
    }
}
