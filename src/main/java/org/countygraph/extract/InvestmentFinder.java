package org.countygraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds investments in enterprises and projects: {@code 投资20亿元的松井新材料},
 * {@code 三一光伏5GW项目总投资约30亿元}, {@code 计划投资5亿元建设的某某项目}. Each is a figure (indicator
 * {@code 投资}, {@code 总投资}…, value, unit) about the enterprise or project, in the area named before it in
 * the sentence or, failing that, the article's division.
 *
 * <p>The enterprise or project is the mention right after the amount (across 的, 建设的, 打造的…), else
 * the one right before the investment word, else the last one named earlier in the same clause. An
 * amount with none of these is left to {@link FigureFinder} as a figure of the area. Confidence 0.8
 * with the subject adjacent, 0.65 with it earlier in the clause.
 */
public final class InvestmentFinder {
    private static final Pattern INVESTMENT = Pattern.compile(
            "(总投资额|投资总额|总投资|计划投资|拟投资|预计投资|投资额|投资)(?:约|达|为|超过|超|近|逾|高达)?(\\d+(?:\\.\\d+)?)(多|余)?(万|亿)(元|美元)(以上|左右)?");
    private static final Pattern QUALIFIER = Pattern.compile("(约|超过|超|近|逾)$");
    private static final Pattern LINK_AFTER = Pattern.compile("^(?:的|建设的|打造的|兴建的|新建的|建成的|引进的|落地的|，|,)?");
    private static final String CLAUSE_END = "。；;！？!?";

    /** Returns the investments of the sentences, in text order. */
    public List<FigureFinder.FoundFigure> find(List<Sentence> ss, List<Found> found, Optional<Found> focus) {
        List<FigureFinder.FoundFigure> out = new ArrayList<>();
        for (Sentence s : ss) {
            String t = s.text();
            if (!t.contains("投资")) continue; // every match holds the word: spares a regex scan
            Matcher m = INVESTMENT.matcher(t);
            while (m.find()) {
                Optional<Found> subject = subjectOf(found, s.index(), t, m);
                if (subject.isEmpty()) continue;
                Found area = FigureFinder.areaBefore(found, s.index(), subject.get().span().start()).or(() -> focus).orElse(null);
                if (area == null) continue;
                Matcher q = QUALIFIER.matcher(t.substring(m.end(1), m.start(2)));
                String qualifier = q.find() ? q.group(1) : "";
                String valueText = qualifier + m.group(2) + (m.group(3) == null ? "" : m.group(3)) + m.group(4)
                        + (m.group(6) == null ? "" : m.group(6));
                boolean adjacent = subject.get().span().end() == m.start(1) || subject.get().span().start() >= m.end()
                        || t.substring(subject.get().span().end(), m.start(1)).matches("项目?");
                double conf = adjacent ? 0.8 : 0.65;
                out.add(new FigureFinder.FoundFigure(area.ref(), m.group(1), valueText, new BigDecimal(m.group(2)),
                        m.group(4) + m.group(5), Optional.empty(), Optional.empty(), s.index(),
                        new Span(Math.min(subject.get().span().start(), m.start()), Math.max(subject.get().span().end(), m.end())),
                        conf, Optional.of(subject.get().ref())));
            }
        }
        return out;
    }

    private static boolean investable(Found f) {
        return f.kind() == EntityKind.ENTERPRISE || f.kind() == EntityKind.PROJECT;
    }

    private static Optional<Found> subjectOf(List<Found> found, int sentence, String t, Matcher m) {
        int after = m.end();
        Matcher link = LINK_AFTER.matcher(t.substring(after));
        if (link.lookingAt() && !link.group().isEmpty() && !link.group().equals("，") && !link.group().equals(",")) after += link.end();
        Found best = null;
        for (Found f : found) {
            if (f.sentence() != sentence || !investable(f)) continue;
            if (f.span().start() == after) return Optional.of(f); // 投资20亿元的|松井新材料
            int gapEnd = m.start(1);
            String between = f.span().end() <= gapEnd ? t.substring(f.span().end(), gapEnd) : null;
            if (between != null && between.matches("项目?|的?(?:项目)?")) return Optional.of(f); // 三一光伏5GW项目|总投资
            boolean sameClause = f.span().end() <= m.start() && noClauseEnd(t, f.span().end(), m.start());
            if (sameClause && (best == null || f.span().end() > best.span().end())) best = f;
        }
        return Optional.ofNullable(best);
    }

    private static boolean noClauseEnd(String t, int from, int to) {
        for (int i = from; i < to; i++) if (CLAUSE_END.indexOf(t.charAt(i)) >= 0) return false;
        return true;
    }
}
