package org.countygraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.bundled();

    @Test
    void youXianIsACountyOfZhuzhouInHunan() {
        Division you = g.byName("攸县").get(0);
        assertEquals("430223", you.code());
        assertEquals(EntityKind.COUNTY, you.kind());
        Division zhuzhou = g.byCode(you.parent().orElseThrow()).orElseThrow();
        assertEquals("株洲市", zhuzhou.name());
        assertEquals("湖南省", g.byCode(zhuzhou.parent().orElseThrow()).orElseThrow().name());
        assertTrue(g.within(you, "43"));
    }

    @Test
    void shortFormsDropTheLevelWordAndEthnicNames() {
        assertEquals("株洲", Gazetteer.shortForm(new Division("4302", "株洲市", EntityKind.CITY, Optional.of("43"))));
        assertEquals("湖南", Gazetteer.shortForm(new Division("43", "湖南省", EntityKind.PROVINCE, Optional.empty())));
        assertEquals("保亭", Gazetteer.shortForm(new Division("469029", "保亭黎族苗族自治县", EntityKind.COUNTY, Optional.of("46"))));
        assertEquals("广西", Gazetteer.shortForm(new Division("45", "广西壮族自治区", EntityKind.PROVINCE, Optional.empty())));
        assertNull(Gazetteer.shortForm(new Division("430223", "攸县", EntityKind.COUNTY, Optional.of("4302"))));
        assertTrue(g.byShortName("株洲").stream().anyMatch(d -> d.code().equals("4302")));
    }

    @Test
    void developmentZonesAreZonesAndPseudoCitiesAreSkipped() {
        assertEquals(EntityKind.ZONE, g.byCode("430371").orElseThrow().kind());
        assertTrue(g.byName("市辖区").isEmpty());
        assertTrue(g.byName("县").isEmpty());
        assertEquals("11", g.byName("东城区").get(0).parent().orElseThrow());
    }

    @Test
    void everyCountyLevelDivisionIsLoaded() {
        long counties = g.all().stream().filter(d -> d.kind() == EntityKind.COUNTY || d.kind() == EntityKind.ZONE).count();
        assertEquals(2978, counties);
    }
}
