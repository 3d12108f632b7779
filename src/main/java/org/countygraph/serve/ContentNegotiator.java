package org.countygraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The choice of a {@link Representation} from a request's {@code Accept} header, or from a
 * {@code ?format=} value that overrides it.
 *
 * <p>Rules: a missing or blank {@code Accept} means the first offer (the page); each offer gets
 * the quality of the most specific media range that matches any of its media types
 * ({@code text/turtle} beats {@code text/*} beats {@code *}{@code /*}); the highest quality above 0 wins, ties going to the more
 * specific match, then to the earlier offer. An unknown {@code ?format=} or an {@code Accept} that
 * matches no offer gives nothing (the caller answers 406).
 */
public final class ContentNegotiator {
    private ContentNegotiator() {}

    /** One media range of an Accept header. */
    private record Range(String type, String subtype, double q) {
        /** How specifically this range matches {@code mediaType}: 2 exact, 1 {@code type/*}, 0 {@code *}{@code /*}, -1 not at all. */
        int match(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash), s = mediaType.substring(slash + 1);
            if (type.equals("*")) return subtype.equals("*") ? 0 : -1;
            if (!type.equals(t)) return -1;
            if (subtype.equals("*")) return 1;
            return subtype.equals(s) ? 2 : -1;
        }
    }

    /**
     * The representation to serve.
     *
     * @param accept the Accept header, may be null
     * @param format the {@code ?format=} parameter, may be null; when given it decides alone
     * @param offers what can be served, in order of preference
     */
    public static Optional<Representation> choose(String accept, String format, List<Representation> offers) {
        if (format != null && !format.isBlank()) {
            return Representation.byName(format).filter(offers::contains);
        }
        if (accept == null || accept.isBlank()) return Optional.of(offers.get(0));
        List<Range> ranges = parse(accept);
        Representation best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Representation r : offers) {
            // The representation's quality is that of its most specifically matched media type, so that
            // "text/html;q=0, */*" refuses the page even though */* would match its other type.
            int specificity = -1;
            double q = 0;
            for (String mt : r.mediaTypes()) {
                for (Range range : ranges) {
                    int m = range.match(mt);
                    if (m > specificity || (m == specificity && range.q() > q)) { specificity = m; q = range.q(); }
                }
            }
            if (specificity < 0 || q <= 0) continue;
            if (q > bestQ || (q == bestQ && specificity > bestSpecificity)) {
                best = r;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The well-formed media ranges of an Accept header; malformed ones are dropped. */
    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String mt = pieces[0].trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1 || mt.indexOf('/', slash + 1) >= 0) continue;
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                    if (!(q >= 0 && q <= 1)) q = 0;
                }
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        return out;
    }
}
