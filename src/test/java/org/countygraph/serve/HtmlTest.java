package org.countygraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesTextAndAttributes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", Html.esc("<script>alert(\"x\")</script> & '"));
        assertEquals("", Html.esc(null));
    }

    @Test
    void onlyLocalPathsAndHttpUrlsBecomeLinks() {
        assertEquals("<a href=\"/page/x\">&lt;b&gt;</a>", Html.link("/page/x", "<b>"));
        assertEquals("<a href=\"https://example.org/?a=1&amp;b=&quot;\">x</a>", Html.link("https://example.org/?a=1&b=\"", "x"));
        for (String bad : new String[]{"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x", "//evil.example/", null, ""}) {
            assertEquals("<span>x</span>", Html.link(bad, "x"), bad);
        }
    }

    @Test
    void jsonStringsAreSafeInsideHtml() {
        assertEquals("\"\\u003c/script\\u003e \\\"q\\\" \\\\ \\n \\u0026 \\u0027\"", Json.quote("</script> \"q\" \\ \n & '"));
        assertEquals("null", Json.quote(null));
    }
}
