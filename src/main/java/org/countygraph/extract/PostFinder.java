package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the posts of persons from the titles written before their names:
 * {@code 攸县县委副书记、县长武娜强} gives 县委副书记 and 县长, both in 攸县;
 * {@code 攸县高新区管委会主任杨力} gives 主任 in 攸县高新区管委会.
 *
 * <p>Requires the article's resolved mentions; the organisation of a post is the mention that ends
 * where its titles begin, or, when the words there are no known mention, a new organisation
 * mention made of them ({@code 湖南农业大学经济学院}).
 */
public final class PostFinder {
    /** A post read from the text, by the article-local refs of its holder and organisation. */
    public record Found_Post(Found person, String title, Optional<Found> org, Span titleSpan) {}

    private static final Pattern BODY_END = Pattern.compile(".*(?:委|委会|政府|局|办|办公室|厅|部|院|校|所|站|室|处|科|股|馆|中心|文联|作协|科协|侨联|妇联|残联|工商联|协会|商会|学会|联合会|联盟|会|工坊|大学|学院|党校|医院|公寓|组|队|专班|基地|公司|集团|厂|团|车间|食堂|林场|农场|牧场|渔场|养殖场|景区|人大|政协|(?<![体关联])系|[银分支]行|园|店|合作社|仓|餐厅|餐馆|民宿|客栈|宾馆|农家乐|小院|书院|工作室)$");
    /** Generic words that may refer to a firm of any name; a firm's base or plant too (基地, 厂); 合作社, 工坊, 农场… to one whose name ends in them. */
    private static final java.util.Set<String> ANY_FIRM = java.util.Set.of("公司", "企业", "集团", "基地", "工厂", "厂");
    /** Words that stand for the organisation an article is about: 公司负责人 is the head of the company just named. */
    private static final java.util.Set<String> GENERIC_ORG = java.util.Set.of("公司", "企业", "集团", "工厂", "厂", "基地", "合作社", "工坊",
            "农场", "牧场", "民宿");
    /** Particles and prepositions no body's name holds. */
    private static final String FUNCTION_CHARS = "的了由让把被向为对从将在和是";
    private static final String LEFT_STOP = "，,。：:；;“”\"（）()《》【】、 ";
    private final List<String> titles;

    public PostFinder(Lexicon titles) { this.titles = titles.longestFirst(); }

    /**
     * Returns the posts of the persons among {@code found}; organisation mentions it had to make
     * are added to {@code found}.
     */
    public List<Found_Post> find(List<Found> found, List<Sentence> sentences, ArticleContext context) {
        List<Found_Post> out = new ArrayList<>();
        List<Found> added = new ArrayList<>();
        for (Found p : found) {
            if (!p.kind().isPerson()) continue;
            String t = sentences.get(p.sentence()).text();
            int at = p.span().start();
            List<Span> titleSpans = new ArrayList<>();
            if (titleEndingAt(t, at) == null) at = pastRoleInChain(t, at); // 某站站长、某某首席农技推广专家某某: the title before the role
            while (true) {
                String title = titleEndingAt(t, at);
                if (title == null) break;
                Span ts = splitPlacePrefix(found, p.sentence(), new Span(at - title.length(), at), t);
                titleSpans.add(0, ts);
                at = ts.start();
                if (at > 0 && (t.charAt(at - 1) == '、' || t.charAt(at - 1) == '兼')) at--;
                else break;
            }
            Optional<Found_Post> predicate = postAfterIs(found, added, p, t, context.tokens(p.sentence())); // 某某是某公司的总经理
            if (predicate.isPresent()) out.add(predicate.get());
            Optional<Found_Post> served = postAfterServes(found, p, t); // 某某回到某村，担任村党支部书记
            if (served.isPresent()) out.add(served.get());
            Optional<Found_Post> deputy = deputyAfterName(p, t, context); // 某某代表说, 某某委员提出: a deputy to a congress
            if (deputy.isPresent() && out.stream().noneMatch(q -> q.person().ref().equals(p.ref()) && q.title().equals(deputy.get().title())
                    && q.org().isEmpty())) out.add(deputy.get());
            if (titleSpans.isEmpty()) { // 作为某某合作社负责人，某某…: the post in a clause of its own before the name
                Optional<Found_Post> as = postInAsClause(found, added, p, t, context.tokens(p.sentence()));
                if (as.isPresent()) { out.add(as.get()); continue; }
            }
            if (titleSpans.isEmpty()) {
                // 湖北省委党校黄俭副校长, 习近平总书记: the title after the name, the organisation (if any) before it
                String after = titleStartingAt(t, p.span().end());
                if (after != null && after.length() >= 2) {
                    Optional<Found> org = orgEndingAt(found, added, p.sentence(), t, p.span().start(), context.tokens(p.sentence()));
                    int nameStart = p.span().start();
                    if (org.isEmpty() && nameStart >= 2 && t.charAt(nameStart - 1) == '的') { // 来自某某大学的某某教授: an institution, 的, the name
                        org = orgEndingAt(found, added, p.sentence(), t, nameStart - 1, context.tokens(p.sentence()))
                                .filter(o -> o.kind() == EntityKind.ORGANIZATION || o.kind() == EntityKind.ENTERPRISE || o.kind() == EntityKind.GOVERNMENT_BODY);
                    }
                    boolean head = after.endsWith("书记") || after.endsWith("主席") || after.endsWith("总理")
                            || after.endsWith("董事长") || after.endsWith("总经理") || after.endsWith("院士") || after.equals("教授");
                    if (org.isPresent() || head) {
                        Span ts = new Span(p.span().end(), p.span().end() + after.length());
                        out.add(new Found_Post(p, after, org, ts));
                    }
                }
                continue;
            }
            if (PAST_TERM.matcher(t.substring(0, titleSpans.get(0).start())).find()) continue; // 时任某县委书记: a post held then, not now
            int orgEnd = titleSpans.get(0).start();
            Optional<Found> org = orgEndingAt(found, added, p.sentence(), t, orgEnd, context.tokens(p.sentence()));
            org = bodyOfItsOffice(found, added, t, org, context.tokens(p.sentence())); // 某局|相关科室|负责人: the post is the bureau's
            int aside = asideBefore(t, orgEnd);
            if (org.isEmpty() && aside > 0) { // 某某有限公司（现某某集团）|党委副书记: the body before the aside
                org = orgEndingAt(found, added, p.sentence(), t, aside, context.tokens(p.sentence()));
            }
            if (org.isEmpty() && headsAnEnterprise(titleSpans.get(0).of(t))) {
                org = enterpriseEndingAt(found, added, p.sentence(), t, orgEnd, context.tokens(p.sentence()));
            }
            if (org.isEmpty() && HEADS_A_BRAND.matcher(titleSpans.get(0).of(t)).matches()
                    && brandBefore(t, orgEnd, context.tokens(p.sentence()))) { // 某舍花卉负责人: a brand, then its trade
                org = enterpriseEndingAt(found, added, p.sentence(), t, orgEnd, context.tokens(p.sentence()));
            }
            if (org.isEmpty() || GENERIC_ORG.contains(org.get().name())) {
                // 某某食品企业负责人: the words before the generic word name the enterprise
                Optional<Found> named = orgEnd >= 2 && t.startsWith("企业", orgEnd - 2)
                        ? enterpriseEndingAt(found, added, p.sentence(), t, orgEnd - 2, context.tokens(p.sentence())) : Optional.empty();
                Optional<Found> generic = named.isPresent() ? named : genericOrg(found, p, t, orgEnd);
                if (generic.isEmpty()) generic = namedEarlier(found, added, sentences, context, p, t, orgEnd,
                        PROFESSION.matcher(titleSpans.get(0).of(t)).matches()); // 林场负责人: 某某林场
                if (generic.isPresent()) org = generic;
            }
            if (org.isEmpty() && orgEnd >= 1 && "，,".indexOf(t.charAt(orgEnd - 1)) >= 0) org = sceneOrg(found, added, p.sentence(), t, orgEnd - 1);
            if (org.isEmpty()) org = bareBodyAfterPost(found, added, p.sentence(), t, orgEnd, context.tokens(p.sentence()));
            if (org.isEmpty()) org = quotedOrgBefore(added, p.sentence(), t, orgEnd); // “某某书屋”创办人某某
            if (org.isEmpty()) {
                // 合江镇新圩村，村党支部书记周富英: a title led by a level word is a post of the place of that level just named
                Optional<Found> place = levelPlace(found, p, titleSpans.get(0).of(t));
                if (place.isEmpty()) place = placeOfLevelTitle(added, p.sentence(), t, titleSpans.get(0));
                if (place.isEmpty()) { // 某浦镇|镇长某某: the place, written before the title of its own level, that no finder read
                    Optional<Found> own = placeBeforeItsOwnTitle(added, p.sentence(), t, titleSpans.get(0));
                    if (own.isPresent()) org = own;
                }
                if (place.isPresent()) {
                    Span first = titleSpans.get(0);
                    String rest = first.of(t).substring(levelWord(first.of(t)).length());
                    titleSpans.set(0, new Span(first.end() - rest.length(), first.end()));
                    org = place;
                }
            }
            if (org.isEmpty() && titleSpans.size() == 1) {
                // 某某集团空调研发负责人: the organisation, then the field the title is for, then the title
                Optional<Found> before = orgBeforeField(found, p.sentence(), t, titleSpans.get(0).start(), titleSpans.get(0).end(),
                        context.tokens(p.sentence()));
                if (before.isEmpty()) before = bodyBeforeTask(found, added, p.sentence(), t, titleSpans.get(0).start(), context.tokens(p.sentence()));
                if (before.isPresent()) {
                    titleSpans.set(0, new Span(before.get().span().end(), titleSpans.get(0).end()));
                    org = before;
                }
            }
            if (org.isEmpty() && villageTitle(t, titleSpans.get(0))) org = articleVillage(found); // 村党支部书记某某 in a village's story
            if (org.isEmpty() && communityTitle(t, titleSpans.get(0))) { // 社区党委书记某某: the community named last
                org = lastBefore(found, 0, p.sentence(), p.span().start(), f -> f.kind() == EntityKind.VILLAGE && f.name().endsWith("社区"));
            }
            if (org.isEmpty()) { // 某某企业党委|副书记: a body found whole ends inside the longest title, the rest is the title
                Optional<Found> body = bodyEndingInside(found, p.sentence(), titleSpans.get(0), t);
                if (body.isPresent()) {
                    titleSpans.set(0, new Span(body.get().span().end(), titleSpans.get(0).end()));
                    org = body;
                }
            }
            if (org.isEmpty()) org = divisionOfLevel(found, p, titleSpans.get(0).of(t), context);
            if (org.isEmpty()) org = lastOfKind(found, p, titleSpans.get(titleSpans.size() - 1).of(t));
            String lastTitle = titleSpans.get(titleSpans.size() - 1).of(t);
            if (org.isEmpty() && HEAD_OF_SOMETHING.matcher(lastTitle).matches() && !LEVEL_TITLE.matcher(lastTitle).find()) continue; // 负责人 of what, unknown (县长 says its level)
            if (org.isEmpty() && PROFESSION.matcher(lastTitle).matches()) continue; // 工程师某某, 教师某某: a profession, no post
            if (lastTitle.equals("成员") && org.get().name().endsWith("团队")) continue; // 课题团队成员: one of a team, no seat
            for (Span ts : titleSpans) {
                Matcher department = DEPARTMENT_HEAD.matcher(ts.of(t));
                if (department.matches() && org.isPresent() && org.get().kind().isPlace() && org.get().division().isPresent()) {
                    // 某区委常委、宣传部部长某某: the head of the committee's department, a post in that department
                    Span word = new Span(ts.start(), ts.start() + department.end(1));
                    String place = org.get().division().get().name(); // 茶陵县 → 茶陵县委, 攸县 → 攸县县委
                    String name = place + (place.length() == 2 ? place.substring(1) : "") + "委" + department.group(1);
                    Found body = new Found(p.sentence(), word, word.of(t), EntityKind.GOVERNMENT_BODY, name, Optional.empty(), 0.7);
                    added.add(body);
                    out.add(new Found_Post(p, department.group(2), Optional.of(body), new Span(word.end(), ts.end())));
                    continue;
                }
                out.add(new Found_Post(p, ts.of(t), org, ts));
            }
            // 全国人大代表，某县某村党支部书记某某: a deputy's seat before the chain of places, after a comma
            int chainStart = org.isPresent() && org.get().sentence() == p.sentence() ? placeChainStart(found, p.sentence(), org.get().span().start())
                    : titleSpans.get(0).start();
            if (chainStart >= 5 && t.charAt(chainStart - 1) == '，' && SEAT_BEFORE.matcher(t.substring(0, chainStart - 1)).find()) {
                int seatEnd = chainStart - 1;
                String seat = t.startsWith("代表", seatEnd - 2) ? "代表" : "委员";
                Optional<Found> body = orgEndingAt(found, added, p.sentence(), t, seatEnd - 2, context.tokens(p.sentence()));
                if (body.isPresent() && out.stream().noneMatch(q -> q.person() == p && q.title().equals(seat))) {
                    out.add(new Found_Post(p, seat, body, new Span(seatEnd - 2, seatEnd)));
                }
            }
            // 甲公司董事长、乙协会会长某某: an organisation with its own title before this one, after a 、
            Optional<Found> next = org;
            for (int guard = 0; guard < 3 && next.isPresent() && next.get().sentence() == p.sentence(); guard++) {
                int before = enumerationBefore(t, next.get().span().start());
                if (before <= 0) break;
                String title = titleEndingAt(t, before);
                if (title == null) break;
                Span ts = new Span(before - title.length(), before);
                Optional<Found> earlier = orgEndingAt(found, added, p.sentence(), t, ts.start(), context.tokens(p.sentence()));
                if (earlier.isEmpty()) { // 某某企业党委|副书记、某局某处副处长某某
                    Optional<Found> body = bodyEndingInside(found, p.sentence(), ts, t);
                    if (body.isPresent()) {
                        ts = new Span(body.get().span().end(), ts.end());
                        title = ts.of(t);
                        earlier = body;
                    }
                }
                if (earlier.isEmpty()) earlier = genericOrg(found, p, t, ts.start()); // 合作社负责人、某协会会长某某
                if (earlier.isEmpty()) earlier = namedEarlier(found, added, sentences, context, p, t, ts.start(), PROFESSION.matcher(title).matches()); // 景区负责人、某村党支部书记某某
                if (earlier.isEmpty() && villageTitle(t, ts)) {
                    Optional<Found> village = articleVillage(found); // 村党委副书记、某集团总经理某某: the village of the story
                    if (village.isPresent()) out.add(new Found_Post(p, title, village, ts));
                    break;
                }
                if (earlier.isEmpty()) break;
                out.add(new Found_Post(p, title, earlier, ts));
                next = earlier;
            }
        }
        found.addAll(added);
        return out;
    }

    /** The head of a party committee's department, written as one title after the committee's division: 宣传部部长, 组织部副部长. */
    private static final Pattern DEPARTMENT_HEAD = Pattern.compile("((?:组织|宣传|统战|社会工作)部)((?:常务)?副?部长)");

    /** A deputy's or a member's seat in a congress or a conference, ending where a comma follows: 全国人大代表, 某省政协委员. */
    private static final Pattern SEAT_BEFORE = Pattern.compile("(?:人大代表|政协委员)$");

    /** Where a chain of places the finders read ends at {@code end} begins: 湖南省|株洲市|攸县|某镇|某村 (each written right after the one before). */
    private static int placeChainStart(List<Found> found, int sentence, int end) {
        int start = end;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (Found f : found) {
                if (f.sentence() == sentence && f.kind().isPlace() && f.span().end() == start && f.span().start() < start) {
                    start = f.span().start();
                    moved = true;
                }
            }
        }
        return start;
    }

    /** Where an aside in parentheses that ends at {@code end} opens (某某有限公司|（现某某集团）), when it is short; -1 otherwise. */
    private static int asideBefore(String t, int end) {
        if (end == 0 || (t.charAt(end - 1) != '）' && t.charAt(end - 1) != ')')) return -1;
        int open = t.lastIndexOf(t.charAt(end - 1) == '）' ? '（' : '(', end - 1);
        return open > 0 && end - open <= 32 ? open : -1;
    }

    /**
     * Titles of the head of an organisation (负责人, 院长, 主任, 董事长, 书记…): with no organisation found, such a post
     * says too little to state, and so does a seat (成员, 委员) with no body; titles that stand alone (总书记, 委员长, 院士,
     * 传承人, 代表, 专家) or name a level of government (县长, 市委书记) are kept without one.
     */
    private static final Pattern HEAD_OF_SOMETHING = Pattern.compile("(?!.*(?:总书记|委员长|总理)$).*(?:负责人|长|主任|经理|董事长|总监|书记|会长)$|成员|委员");

    /** Words of a past term right before a post's organisation and titles: 时任, 曾任, 原任. */
    private static final Pattern PAST_TERM = Pattern.compile("(?:时任|曾任|原任|历任)\\p{IsHan}{0,30}$");

    /** A title that begins with the level word of the place before it ({@code 新圩村|村党支部书记}) is the shorter title. */
    private Span splitPlacePrefix(List<Found> found, int sentence, Span title, String t) {
        for (Found f : found) {
            if (f.sentence() != sentence || !f.kind().isPlace()) continue;
            if (f.span().end() > title.start() && f.span().end() < title.end() && f.span().start() < title.start()) {
                String rest = t.substring(f.span().end(), title.end());
                if (titles.contains(rest)) return new Span(f.span().end(), title.end());
            }
        }
        return title;
    }

    /**
     * A government body found whole that starts before {@code title} and ends inside it, where the rest of the title is
     * a title of its own: 某某企业党委 in 某某企业|党委副书记 (the lexicon's longest title took 党委 from the body's name).
     */
    private Optional<Found> bodyEndingInside(List<Found> found, int sentence, Span title, String t) {
        for (Found f : found) {
            if (f.sentence() != sentence || f.kind() != EntityKind.GOVERNMENT_BODY) continue;
            if (f.span().start() < title.start() && f.span().end() > title.start() && f.span().end() < title.end()
                    && titles.contains(t.substring(f.span().end(), title.end()))) return Optional.of(f);
        }
        return Optional.empty();
    }

    private static final List<String> LEVEL_WORDS = List.of("社区", "街道", "村", "镇", "乡");

    /** The level word a title starts with ({@code 村党支部书记} → 村), or the empty string. */
    private String levelWord(String title) {
        for (String w : LEVEL_WORDS) {
            if (title.startsWith(w) && titles.contains(title.substring(w.length()))) return w;
        }
        return "";
    }

    /**
     * The place a title led by a level word belongs to: the last village or community (村, 社区) or
     * town or street (镇, 乡, 街道) named before the person in this sentence or the one before it.
     */
    private Optional<Found> levelPlace(List<Found> found, Found person, String title) {
        String level = levelWord(title);
        if (level.isEmpty()) return Optional.empty();
        EntityKind kind = kindOfLevel(level);
        return lastBefore(found, person.sentence() - 1, person.sentence(), person.span().start(),
                f -> f.kind() == kind && f.text().endsWith(level));
    }

    /** The kind of place a level word names: 村 and 社区 a village, 镇, 乡 and 街道 a township. */
    private static EntityKind kindOfLevel(String level) {
        return level.equals("村") || level.equals("社区") ? EntityKind.VILLAGE : EntityKind.TOWNSHIP;
    }

    /**
     * The mention of {@code found} that {@code which} accepts and that is named last before position
     * {@code end} of sentence {@code sentence}: in that sentence, or in one from {@code fromSentence} on.
     */
    private static Optional<Found> lastBefore(List<Found> found, int fromSentence, int sentence, int end, Predicate<Found> which) {
        Found best = null;
        for (Found f : found) {
            boolean before = (f.sentence() >= fromSentence && f.sentence() < sentence) || (f.sentence() == sentence && f.span().end() <= end);
            if (before && which.test(f) && (best == null || f.sentence() > best.sentence()
                    || (f.sentence() == best.sentence() && f.span().end() > best.span().end()))) best = f;
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern TERM_FIELD = Pattern.compile("^(?:上届|本届|新任|原|前任|现任|时任|第)");
    private static final Pattern HOLDER_FIELD = Pattern.compile("(?:中年|青年|老年|年轻|资深|优秀|普通|退休|女|男)");

    /**
     * The organisation named right before the field a title is for ({@code 某某集团|空调研发|负责人}): an enterprise or
     * body ending two to six characters before the title, with only content words (no function word, pronoun, numeral
     * or term such as 现任) between them.
     */
    private static Optional<Found> orgBeforeField(List<Found> found, int sentence, String t, int titleStart, int titleEnd,
                                                  List<Token> tokens) {
        for (Found f : found) {
            int gap = titleStart - f.span().end();
            // a task written out before 工作负责人 may be long: 某市残联|某某改造工作|负责人
            int widest = taskBefore(t, titleStart) ? 16 : 6;
            if (f.sentence() != sentence || !f.kind().isOrganization() || gap < 2 || gap > widest) continue;
            String field = t.substring(f.span().end(), titleStart);
            if (!field.chars().allMatch(Character::isIdeographic) || field.chars().anyMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0)) continue;
            if (TERM_FIELD.matcher(field).find()) continue;
            if (HOLDER_FIELD.matcher(field).find()) continue; // 某公司中年|工程师: the holder, not the field
            boolean content = true;
            for (Token tok : tokens) {
                if (tok.span().end() > f.span().end() && tok.span().start() < titleStart
                        // the segmenter may read field and title as one word (销售经理)
                        && (tok.span().start() < f.span().end() || (tok.span().end() > titleStart && tok.span().end() != titleEnd)
                            || "dpucrmqw".indexOf(tok.tagClass()) >= 0)) {
                    content = false;
                }
            }
            for (Found g : found) if (g.sentence() == sentence && g != f && g.span().overlaps(new Span(f.span().end(), titleStart))) content = false;
            if (content) return Optional.of(f);
        }
        return Optional.empty();
    }

    /**
     * {@code 某市残联|某某改造工作|负责人}: a body the segmenter reads as one organisation's name, then the task the
     * person is in charge of, ending in 工作, then the title; the body is made from the segmenter's word.
     */
    private static Optional<Found> bodyBeforeTask(List<Found> found, List<Found> added, int sentence, String t, int titleStart,
                                                  List<Token> tokens) {
        if (!taskBefore(t, titleStart)) return Optional.empty();
        for (Token tok : tokens) {
            int gap = titleStart - tok.span().end();
            if (!tok.tag().startsWith("nt") || gap < 4 || gap > 16 || tok.text().length() < 4 || !BODY_END.matcher(tok.text()).matches()) continue;
            String task = t.substring(tok.span().end(), titleStart);
            if (!task.chars().allMatch(Character::isIdeographic) || task.chars().anyMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0)) continue;
            return orgEndingAt(found, added, sentence, t, tok.span().end(), tokens).filter(o -> o.span().start() == tok.span().start());
        }
        return Optional.empty();
    }

    /** True when a task ending in 工作 comes right before a title at {@code titleStart}: 某某改造工作|负责人. */
    private static boolean taskBefore(String t, int titleStart) {
        return titleStart >= 2 && t.startsWith("工作", titleStart - 2);
    }

    /** True for a title after a lone 社区 (社区|党委书记), not the end of a community's name. */
    private static boolean communityTitle(String t, Span title) {
        int at = title.start();
        return at >= 2 && t.startsWith("社区", at - 2) && (standsAlone(t, at - 2) || "的是在为和与及任".indexOf(t.charAt(at - 3)) >= 0);
    }

    /** True for a village's title: one that holds 村 (村党支部书记, 驻村第一书记), or a title after a lone 村 (村|党委书记). */
    private static boolean villageTitle(String t, Span title) {
        int at = title.start();
        boolean loneVillageWord = at >= 1 && t.charAt(at - 1) == '村' && (at < 2 || !Character.isIdeographic(t.charAt(at - 2)));
        return title.of(t).contains("村") || loneVillageWord;
    }

    /**
     * The village an article is about: the one it names more often than any other village, first mention; none when
     * it names no village or two equally often. A village's title ({@code 村党支部书记}, {@code 驻村第一书记}) with no
     * village named near it is a post there.
     */
    private static Optional<Found> articleVillage(List<Found> found) {
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        for (Found f : found) if (f.kind() == EntityKind.VILLAGE && f.name().endsWith("村")) times.merge(f.name(), 1, Integer::sum);
        String best = null;
        boolean tie = false;
        for (var e : times.entrySet()) {
            if (best == null || e.getValue() > times.get(best)) { best = e.getKey(); tie = false; }
            else if (e.getValue().equals(times.get(best))) tie = true;
        }
        if (best == null || tie) return Optional.empty();
        String name = best;
        return found.stream().filter(f -> f.kind() == EntityKind.VILLAGE && f.name().equals(name)).findFirst();
    }

    /** A title of a division's government or party committee by its level: 县长, 副市长, 区委书记, 省委常委. */
    private static final Pattern LEVEL_TITLE = Pattern.compile("^(?:常务副|副|代)?([省市县区州旗])(?:长|委|人大|政协|政府)");

    /**
     * The division a bare level title ({@code 县长明进}, {@code 副市长何某}) belongs to: the article's
     * division or the division of that level it lies in ({@code 市长} in an article about a county is
     * its city's), when the article names it; else the last division of that level named before the
     * person. A division of that level is one whose name ends with the level's character.
     */
    private static Optional<Found> divisionOfLevel(List<Found> found, Found person, String title, ArticleContext context) {
        Matcher m = LEVEL_TITLE.matcher(title);
        if (!m.find()) return Optional.empty();
        String level = m.group(1);
        Optional<Division> d = context.focus();
        while (d.isPresent() && !d.get().name().endsWith(level)) d = d.get().parent().flatMap(context.gazetteer()::byCode);
        if (d.isPresent()) {
            String code = d.get().code();
            Optional<Found> named = found.stream().filter(f -> f.division().map(x -> x.code().equals(code)).orElse(false)).findFirst();
            if (named.isPresent()) return named;
        }
        return lastBefore(found, 0, person.sentence(), person.span().start(), f -> f.division().isPresent() && f.name().endsWith(level));
    }

    /** The heads of titles that say what kind of organisation they are in, and how such an organisation's name ends. */
    private static final List<String[]> TITLE_ORG = List.of(
            new String[] {"校长", ".*(?:大学|学院|学校|中学|小学|党校)"},
            new String[] {"会长", ".*(?:商会|协会|学会|校友会|联合会|促进会)"},
            new String[] {"院长", ".*(?:院)"},
            new String[] {"支队长", ".*支队"}, new String[] {"大队长", ".*大队"},
            new String[] {"董事长", "ENTERPRISE"}, new String[] {"总经理", "ENTERPRISE"}, new String[] {"总裁", "ENTERPRISE"},
            new String[] {"总工程师", "ENTERPRISE"}, new String[] {"创始人", "ENTERPRISE"}, new String[] {"总监", "ENTERPRISE"});

    /**
     * The organisation a title with no organisation before it belongs to, by the kind its title names:
     * {@code 校长某某} heads the school, {@code 副会长某某} the association, {@code 董事长某某} the enterprise
     * last named before the person (in this sentence or an earlier one).
     */
    private static Optional<Found> lastOfKind(List<Found> found, Found person, String title) {
        for (String[] to : TITLE_ORG) {
            if (!title.endsWith(to[0])) continue;
            return lastBefore(found, 0, person.sentence(), person.span().start(), f -> to[1].equals("ENTERPRISE")
                    ? f.kind() == EntityKind.ENTERPRISE : f.kind().isOrganization() && f.name().matches(to[1]));
        }
        return Optional.empty();
    }

    private static final Pattern ENTERPRISE_HEAD = Pattern.compile("(?:副)?(?:董事长|总经理|总裁)|(?:联合)?创始人");

    /** True for a title only an enterprise has: 董事长, 总经理, 总裁, 创始人. */
    static boolean headsAnEnterprise(String title) { return ENTERPRISE_HEAD.matcher(title).matches(); }

    /** Titles of a firm's head or officer that, after a brand and its trade, make them a firm's name: 负责人, 总监, 首席执行官. */
    private static final Pattern HEADS_A_BRAND = Pattern.compile("负责人|(?:\\p{IsHan}{0,2})总监|首席执行官|CEO");

    /**
     * True when the words before a title at {@code end}, from a stop, are a proper name the segmenter tags as a person's
     * or a brand's (not a place's, nor a firm's it names whole) and then common nouns, four to ten characters in all:
     * 某舍|花卉, 某尔|家庭|机器人.
     */
    private static boolean brandBefore(String t, int end, List<Token> tokens) {
        int start = end;
        while (start > 0 && LEFT_STOP.indexOf(t.charAt(start - 1)) < 0 && Character.isIdeographic(t.charAt(start - 1))) start--;
        if (end - start < 4 || end - start > 10 || (start > 0 && LEFT_STOP.indexOf(t.charAt(start - 1)) < 0)) return false;
        boolean first = true;
        for (Token tok : tokens) {
            if (tok.span().end() <= start || tok.span().start() >= end) continue;
            if (tok.span().start() < start || tok.span().end() > end) return false;
            String tag = tok.tag();
            if (first) {
                if (tok.text().length() < 2 || !(tag.startsWith("nr") || tag.equals("nz") || tag.equals("ntc"))) return false;
                first = false;
            } else if (!(tag.equals("n") || tag.equals("nz") || tag.equals("vn")) || FIELD.matcher(tok.text()).matches()) {
                return false;
            }
        }
        return !first && !FIELD.matcher(t.substring(end - 2, end)).matches() && !NOT_A_BRANDS_TRADE.matcher(t.substring(start, end)).find();
    }

    /** Words that end a zone's or a generic firm's name, which other rules read: 某某产业园, 某某食品企业. */
    private static final Pattern NOT_A_BRANDS_TRADE = Pattern.compile("(?:园|园区|企业|公司|集团|板块)$");

    /** Words for a kind of zone, park or site alone, which name no enterprise: 产业园, 园区, 示范区, 景区. */
    private static final Pattern BARE_PLACE_KIND = Pattern.compile("(?:产业|工业|科技|创业|物流)?园区?|开发区|高新区|经开区|示范区|产业基地|基地|景区|中心|项目");

    /**
     * {@code 某某古镇董事长胡某}: the words before a title only an enterprise has name an enterprise, whatever
     * they end with, when they are three to twelve characters after a stop and no place, person or common word.
     */
    private static Optional<Found> enterpriseEndingAt(List<Found> found, List<Found> added, int sentence, String t, int end,
                                                      List<Token> tokens) {
        int start = leftEdge(t, end, tokens);
        if (end - start < 3 || end - start > 12 || GENERIC_ORG.contains(t.substring(start, end))) return Optional.empty();
        if (ONLY_A_FIRM_WORD.matcher(t.substring(start, end)).matches()) return Optional.empty(); // 综合开发|有限公司: no name before it
        if (BARE_PLACE_KIND.matcher(t.substring(start, end)).matches()) return Optional.empty(); // 产业园|总经理: which park, the words do not say
        for (Found f : found) if (f.sentence() == sentence && f.span().overlaps(new Span(start, end)) && !f.kind().isOrganization()
                && !(f.kind().isPlace() && f.span().start() == start && f.span().end() < end)) return Optional.empty();
        for (Token tok : tokens) {
            if (tok.span().start() == start && tok.span().end() == end && !tok.tag().startsWith("n")) return Optional.empty();
        }
        String name = t.substring(start, end);
        Found org = new Found(sentence, new Span(start, end), name, EntityKind.ENTERPRISE, name, Optional.empty(), 0.7);
        added.add(org);
        return Optional.of(org);
    }

    /**
     * {@code 某山村党支部书记}: a title led by a level word (村, 社区, 镇, 乡, 街道) right after two to four
     * characters that start after a stop is a post of the place those characters and the level word name.
     */
    private Optional<Found> placeOfLevelTitle(List<Found> added, int sentence, String t, Span title) {
        String level = levelWord(title.of(t));
        if (level.isEmpty()) return Optional.empty();
        int start = nameStartAfterStop(t, title.start(), 5); // after a stop, or a particle or preposition (同行的|某仙乡党委书记)
        int length = title.start() - start;
        if (start < 0 || length < 2 || length > 4) return Optional.empty();
        EntityKind kind = level.equals("村") || level.equals("社区") ? EntityKind.VILLAGE : EntityKind.TOWNSHIP;
        return Optional.of(madeMention(added, sentence, t, new Span(start, title.start() + level.length()), kind));
    }

    /**
     * Where the run of name characters (Han, no stop, particle or preposition) that ends at {@code end} begins, when it
     * holds at most {@code max} characters and starts at the text's start, a stop, a particle or a preposition; -1 otherwise.
     */
    private static int nameStartAfterStop(String t, int end, int max) {
        int start = end;
        while (start > 0 && end - start < max && Character.isIdeographic(t.charAt(start - 1))
                && LEFT_STOP.indexOf(t.charAt(start - 1)) < 0 && FUNCTION_CHARS.indexOf(t.charAt(start - 1)) < 0) start--;
        boolean stop = start == 0 || LEFT_STOP.indexOf(t.charAt(start - 1)) >= 0 || FUNCTION_CHARS.indexOf(t.charAt(start - 1)) >= 0;
        return stop ? start : -1;
    }

    /** A mention of {@code kind} (a town, a village, a body) made from the words at {@code span}, added to the mentions the finders missed. */
    private static Found madeMention(List<Found> added, int sentence, String t, Span span, EntityKind kind) {
        String name = span.of(t);
        Found place = new Found(sentence, span, name, kind, name, Optional.empty(), 0.7);
        added.add(place);
        return place;
    }

    /**
     * {@code 某浦镇镇长}, {@code 某某乡乡长}: a title that begins with the level character of a town, township or
     * village, right after two to four characters that start after a stop and end in that same character, is a post
     * of the place they name (the segmenter may read its first character as a preposition and the rest as a name).
     */
    private static Optional<Found> placeBeforeItsOwnTitle(List<Found> added, int sentence, String t, Span title) {
        int end = title.start();
        if (end < 3 || "镇乡村".indexOf(t.charAt(end)) < 0 || t.charAt(end - 1) != t.charAt(end)) return Optional.empty();
        int start = nameStartAfterStop(t, end - 1, 5); // the level character at end - 1 closes the name
        if (start < 0 || end - start < 3 || end - start > 5) return Optional.empty();
        EntityKind kind = t.charAt(end - 1) == '村' ? EntityKind.VILLAGE : EntityKind.TOWNSHIP;
        return Optional.of(madeMention(added, sentence, t, new Span(start, end), kind));
    }

    /** Bodies written without their zone or division after another post of it: 某示范区党工委书记、|管委会|主任. */
    private static final Pattern BARE_BODY = Pattern.compile("(?:管委会|党工委|人大常委会|政协|政府|纪委)$");

    /**
     * The body a bare body word names after a post of its zone or division and a 、 ({@code 某示范区党工委书记、管委会主任}):
     * the zone's or division's body, {@code 某示范区管委会}.
     */
    private Optional<Found> bareBodyAfterPost(List<Found> found, List<Found> added, int sentence, String t, int end, List<Token> tokens) {
        Matcher bare = BARE_BODY.matcher(t.substring(Math.max(0, end - 5), end));
        if (!bare.find()) return Optional.empty();
        int start = end - bare.group().length();
        if (start < 2 || t.charAt(start - 1) != '、') return Optional.empty();
        String before = titleEndingAt(t, start - 1);
        if (before == null) return Optional.empty();
        Optional<Found> base = orgEndingAt(found, added, sentence, t, start - 1 - before.length(), tokens);
        if (base.isEmpty() || !(base.get().kind() == EntityKind.ZONE || base.get().division().isPresent())) return Optional.empty();
        String name = base.get().name() + bare.group();
        Found body = new Found(sentence, new Span(start, end), bare.group(), EntityKind.GOVERNMENT_BODY, name, Optional.empty(), 0.75);
        added.add(body);
        return Optional.of(body);
    }

    /**
     * The post a sentence gives its subject: {@code 某某是某某公司的总经理}, {@code 某某是某某公司董事长}, {@code 某某，她是某合作社负责人}:
     * an organisation the finders named, 的 or nothing, a title.
     */
    private Optional<Found_Post> postAfterIs(List<Found> found, List<Found> added, Found person, String t, List<Token> tokens) {
        int at = person.span().end();
        if (t.startsWith("，她是", at) || t.startsWith("，他是", at)) at += 2; // 某某，她是某合作社负责人
        else if (t.startsWith("，是", at)) at += 1; // 今年52岁的某某，是某合作社的负责人
        if (!t.startsWith("是", at)) return Optional.empty();
        for (Found f : found) {
            if (f.sentence() != person.sentence() || f.span().start() != at + 1 || !f.kind().isOrganization()) continue;
            int de = f.span().end();
            if (de >= t.length()) continue;
            int from = t.charAt(de) == '的' ? de + 1 : de; // 某某是某公司的总经理, 某某是某公司董事长
            String title = titleStartingAt(t, from);
            if (title == null) continue;
            int end = from + title.length();
            if (end < t.length() && Character.isIdeographic(t.charAt(end)) && Names.NAME_END.indexOf(t.charAt(end)) < 0) continue; // 总经理助理…
            return Optional.of(new Found_Post(person, title, Optional.of(f), new Span(from, end)));
        }
        // 某某是某某有限公司科研部经理: a body no finder read whole, its unit, then the title, in the same clause
        int orgStart = at + 1;
        for (int k = at + 5; k < Math.min(t.length(), at + 32); k++) {
            if (LEFT_STOP.indexOf(t.charAt(k)) >= 0 && t.charAt(k) != '（' && t.charAt(k) != '）') break;
            String title = titleStartingAt(t, k);
            if (title == null || title.length() < 2 || titleEndingAt(t, k) != null) continue;
            int end = k + title.length();
            if (end < t.length() && Character.isIdeographic(t.charAt(end)) && Names.NAME_END.indexOf(t.charAt(end)) < 0) continue;
            int made = added.size();
            Optional<Found> org = orgEndingAt(found, added, person.sentence(), t, k, tokens).filter(o -> o.span().start() == orgStart);
            if (org.isPresent()) return Optional.of(new Found_Post(person, title, org, new Span(k, end)));
            while (added.size() > made) added.remove(added.size() - 1);
        }
        return Optional.empty();
    }

    /** An office a bureau's or firm's name runs into without naming it: 相关科室, 有关部门. */
    private static final Pattern UNNAMED_OFFICE = Pattern.compile("(?:相关|有关)(?:科室|部门|处室|单位)$");

    /**
     * The body itself when {@code org} is a body's name run into an office it does not name ({@code 某局相关科室}):
     * the bureau before it (read by the finders, or made from the words), whose post the title is; {@code org} otherwise.
     */
    private static Optional<Found> bodyOfItsOffice(List<Found> found, List<Found> added, String t, Optional<Found> org, List<Token> tokens) {
        if (org.isEmpty()) return org;
        Matcher office = UNNAMED_OFFICE.matcher(org.get().name());
        if (!office.find()) return org;
        Optional<Found> body = orgEndingAt(found, added, org.get().sentence(), t, org.get().span().start() + office.start(), tokens);
        return body.filter(b -> b.kind().isOrganization() && b.span().start() >= org.get().span().start()).isPresent() ? body : org;
    }

    /** What may follow a deputy's 代表 or 委员 after the name: a verb of speech or action, or punctuation, not 代表团, 代表性, 委员会. */
    private static final Pattern DEPUTY_NEXT = Pattern.compile("[，,。：:；;！？”\"]|说|表示|介绍|建议|提出|认为|坦言|感慨|感受|告诉|指出|举起|随身|带来|呼吁|谈到|讲述|分享");
    private static final Pattern CONGRESS = Pattern.compile("人大代表|代表团|两会|全国人大|人民代表大会");
    private static final Pattern CONFERENCE = Pattern.compile("政协|两会|代表委员");

    /**
     * {@code 某某代表说}, {@code 某某委员提出}: in an article about a people's congress or a political consultative
     * conference (for 代表 it names 人大代表, 代表团, 两会…; for 委员 政协, 两会 or 代表委员), 代表 or 委员 right after a name, before speech, an action or
     * punctuation, is the person's seat as a deputy or a member, a post of no organisation the sentence names.
     */
    private static Optional<Found_Post> deputyAfterName(Found person, String t, ArticleContext context) {
        int at = person.span().end();
        String title = t.startsWith("代表", at) ? "代表" : t.startsWith("委员", at) ? "委员" : null;
        if (title == null || !DEPUTY_NEXT.matcher(t).region(at + 2, t.length()).lookingAt()) return Optional.empty();
        Pattern body = title.equals("代表") ? CONGRESS : CONFERENCE;
        if (context.sentences().stream().noneMatch(s -> body.matcher(s.text()).find())) return Optional.empty();
        return Optional.of(new Found_Post(person, title, Optional.empty(), new Span(at, at + 2)));
    }

    /** Titles of a profession or a grade of one: held in no organisation the text names, they are what a person does. */
    private static final Pattern PROFESSION = Pattern.compile(".*(?:工程师|农艺师|畜牧师|兽医师|经济师|会计师|教师|医生|医师|护士|讲师|主管|技术员)");

    /** Verbs of taking a post, after the person and before the title: 某某回到某村，担任村党支部书记. */
    private static final Pattern SERVES = Pattern.compile("[，,]?(?:担任|出任|当上了?|当选为?)");
    /** A verb of going or staying between the person and the places: 某某|回到|某镇某村. */
    private static final Pattern GOING = Pattern.compile("(?:返乡|退伍|退役)?(?:回到|来到|返回|扎根|留在|到|在)");

    /**
     * {@code 某某回到某镇某村，担任村党支部书记}: a title led by a level word (村, 社区, 镇, 乡, 街道) after a verb of
     * taking a post, when only a verb of going and the places stand between the person and that verb, is a post in
     * the last place of that level.
     */
    private Optional<Found_Post> postAfterServes(List<Found> found, Found person, String t) {
        Matcher m = SERVES.matcher(t);
        if (!m.find(person.span().end())) return Optional.empty();
        Matcher going = GOING.matcher(t).region(person.span().end(), m.start());
        if (!going.lookingAt()) return Optional.empty();
        int at = going.end(); // the rest, up to the verb, is places written one after the other
        while (at < m.start()) {
            int from = at;
            for (Found f : found) {
                if (f.sentence() == person.sentence() && f.span().start() == from && f.kind().isPlace() && f.span().end() <= m.start()) {
                    at = Math.max(at, f.span().end());
                }
            }
            if (at == from) return Optional.empty();
        }
        String title = titleStartingAt(t, m.end());
        if (title == null) return Optional.empty();
        int end = m.end() + title.length();
        if (end < t.length() && Character.isIdeographic(t.charAt(end)) && Names.NAME_END.indexOf(t.charAt(end)) < 0) return Optional.empty();
        for (Found f : found) {
            if (f.sentence() == person.sentence() && f != person && f.kind().isPerson()
                    && f.span().start() > person.span().end() && f.span().start() < end) return Optional.empty(); // another person's post
        }
        String level = levelWord(title);
        if (level.isEmpty()) return Optional.empty();
        EntityKind kind = kindOfLevel(level);
        Optional<Found> place = lastBefore(found, person.sentence(), person.sentence(), m.start(),
                f -> f.kind() == kind && f.text().endsWith(level) && f.span().start() >= person.span().end());
        if (place.isEmpty()) return Optional.empty();
        Span ts = new Span(m.end() + level.length(), end);
        return Optional.of(new Found_Post(person, ts.of(t), place, ts));
    }

    /** A scene-setting clause before a title: 在某某种植基地，负责人某某. */
    private static final Pattern SCENE = Pattern.compile("在([^，,。：:；;“”\"、]{3,28})$");
    /** A workplace written with 里 or 内 after it, before the comma: 某某实训基地|里，. */
    private static final Pattern INSIDE_SCENE = Pattern.compile("([^，,。：:；;、]{3,28}?)[里内]$");
    /** A scene with no 在, from the start of the clause, quotes kept inside (“某某”家政服务实训基地): only with 里 or 内 after it. */
    private static final Pattern BARE_SCENE = Pattern.compile("(?:^|[，,。：:；;、”])([^，,。：:；;、“”]{0,6}“[^”]{2,10}”[^，,。：:；;、“”]{2,24}|[^，,。：:；;、“”]{3,24})$");
    private static final Pattern SCENE_BODY = Pattern.compile(".*(?:基地|合作社|公司|集团|工厂|厂|农场|牧场|园|中心|站|馆|院|所|社|店|车间|工坊|企业)$");

    /**
     * The organisation a scene-setting clause names right before a title, when the title has none of its own
     * ({@code 在某某莲藕种植基地，负责人某某}): a mention ending there, or the clause's words when they end in a word for a
     * workplace (基地, 合作社, 车间…).
     */
    private static Optional<Found> sceneOrg(List<Found> found, List<Found> added, int sentence, String t, int comma) {
        Matcher inside = INSIDE_SCENE.matcher(t.substring(0, comma));
        boolean within = inside.find() && SCENE_BODY.matcher(inside.group(1)).matches();
        if (within) comma = inside.end(1); // 某某实训基地|里，技术总监某某
        Matcher m = SCENE.matcher(t.substring(0, comma));
        if (!m.find()) {
            m = BARE_SCENE.matcher(t.substring(0, comma));
            if (!within || !m.find()) return Optional.empty();
        }
        for (Found f : found) {
            if (f.sentence() == sentence && f.span().end() == comma && f.kind().isOrganization()) return Optional.of(f);
        }
        Found firm = null; // 在某某集团纯碱分公司某项目智控中心，车间负责人某某: the enterprise the scene is in
        for (Found f : found) {
            if (f.sentence() == sentence && f.kind() == EntityKind.ENTERPRISE && f.span().start() >= m.start(1) && f.span().end() <= comma
                    && (firm == null || f.span().end() > firm.span().end())) firm = f;
        }
        if (firm != null) return Optional.of(firm);
        String name = m.group(1);
        if (name.length() > (name.indexOf('“') >= 0 ? 20 : 16)) return Optional.empty();
        if (!SCENE_BODY.matcher(name).matches() || name.chars().anyMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0)) return Optional.empty();
        return Optional.of(madeMention(added, sentence, t, new Span(m.start(1), comma), EntityKind.ORGANIZATION));
    }

    /** A clause that says in what capacity the person after it acts: 作为某某合作社负责人，. */
    private static final Pattern AS_CLAUSE = Pattern.compile("作为([^，,。；;：:！？]{3,30})[，,]$");

    /** The post of a clause {@code 作为<organisation><title>，} right before the person's name, or empty. */
    private Optional<Found_Post> postInAsClause(List<Found> found, List<Found> added, Found p, String t, List<Token> tokens) {
        Matcher m = AS_CLAUSE.matcher(t.substring(0, p.span().start()));
        if (!m.find()) return Optional.empty();
        int titleEnd = p.span().start() - 1;
        String title = titleEndingAt(t, titleEnd);
        if (title == null) return Optional.empty();
        int orgEnd = titleEnd - title.length();
        if (orgEnd <= m.start(1)) return Optional.empty();
        Optional<Found> org = orgEndingAt(found, added, p.sentence(), t, orgEnd, tokens);
        if (org.isEmpty() || org.get().span().start() < m.start(1)) return Optional.empty();
        return Optional.of(new Found_Post(p, title, org, new Span(orgEnd, titleEnd)));
    }

    /**
     * The position of the 、 that ends the title before an organisation starting at {@code orgStart}: right before it,
     * or up to three name characters before it when the organisation's name was found cut short (、促进片|区协同发展理事会).
     * -1 when there is none.
     */
    private static int enumerationBefore(String t, int orgStart) {
        for (int k = orgStart - 1; k >= 0 && orgStart - k <= 4; k--) {
            char c = t.charAt(k);
            if (c == '、') return k;
            if (!Character.isIdeographic(c) || FUNCTION_CHARS.indexOf(c) >= 0) return -1;
        }
        return -1;
    }

    /** A word for a kind of firm with no name before it. */
    private static final Pattern ONLY_A_FIRM_WORD = Pattern.compile("(?:股份|有限责任|有限)?(?:公司|集团)(?:有限公司)?|有限责任公司|股份有限公司|有限公司");

    /** A field of work between an organisation and a title: 财务主管, 销售经理, 技术总监. */
    private static final Pattern FIELD = Pattern.compile("财务|销售|技术|生产|市场|研发|行政|人事|运营|营销|质量|采购|品牌|客服|工程|设计");

    /** True when no Han character comes right before {@code start}: the word there is bare (园区, 项目), not the end of a name. */
    private static boolean standsAlone(String t, int start) { return start == 0 || !Character.isIdeographic(t.charAt(start - 1)); }

    /**
     * The organisation a generic word before a title refers to: the enterprise last named before it ({@code 公司负责人}), of
     * the same kind for some words ({@code 合作社财务主管}); the zone for a bare 园区, the project for 项目负责人.
     */
    private static Optional<Found> genericOrg(List<Found> found, Found person, String t, int orgEnd) {
        String before = t.substring(Math.max(0, orgEnd - 3), orgEnd);
        if (GENERIC_ORG.stream().noneMatch(before::endsWith) && orgEnd >= 4 && FIELD.matcher(t.substring(orgEnd - 2, orgEnd)).matches()) {
            orgEnd -= 2; // 合作社|财务|主管
            before = t.substring(Math.max(0, orgEnd - 3), orgEnd);
        }
        if (before.endsWith("园区") && standsAlone(t, orgEnd - 2)) {
            // 园区党建专员某某: the zone the article named last (a bare 园区, not the end of a zone's own name)
            return lastBefore(found, 0, person.sentence(), orgEnd - 2, f -> f.kind() == EntityKind.ZONE);
        }
        int project = before.endsWith("项目") ? orgEnd - 2 : t.startsWith("项目", orgEnd) ? orgEnd : -1; // 项目|负责人 or 项目负责人
        if (project >= 0 && standsAlone(t, project)) {
            // 项目负责人某某: the project the article named last
            return lastBefore(found, 0, person.sentence(), project, f -> f.kind() == EntityKind.PROJECT);
        }
        if (orgEnd >= 2 && t.charAt(orgEnd - 2) == '该' && "局委院所站校厅办".indexOf(t.charAt(orgEnd - 1)) >= 0) { // 该局副局长某某: the bureau named last
            char unit = t.charAt(orgEnd - 1);
            return lastBefore(found, 0, person.sentence(), orgEnd - 2, f -> f.kind().isOrganization() && f.name().length() >= 3
                    && f.name().charAt(f.name().length() - 1) == unit);
        }
        for (String unit : new String[] {"支队", "大队"}) { // 支队政委某某: the brigade the article named last
            if (before.endsWith(unit) && standsAlone(t, orgEnd - 2)) {
                return lastBefore(found, 0, person.sentence(), orgEnd - 2, f -> f.kind().isOrganization() && f.name().endsWith(unit));
            }
        }
        String word = GENERIC_ORG.stream().filter(before::endsWith).findFirst().orElse(null);
        if (word == null) return Optional.empty();
        // the enterprise of that kind named last (合作社 → 某某合作社); the words of ANY_FIRM may refer to any firm
        Optional<Found> ofKind = lastBefore(found, 0, person.sentence(), orgEnd,
                f -> f.kind() == EntityKind.ENTERPRISE && f.name().endsWith(word) && !f.name().equals(word));
        if (ofKind.isPresent() || !ANY_FIRM.contains(word)) return ofKind;
        return lastBefore(found, 0, person.sentence(), orgEnd, f -> f.kind() == EntityKind.ENTERPRISE);
    }

    /** Words for a kind of body that, standing alone before a title, refer to the one of that kind the article named. */
    private static final List<String> BODY_WORDS = List.of("合作社", "工坊", "林场", "农场", "牧场", "景区", "食堂", "中心", "车间",
            "工厂", "书院", "协会", "商会", "民宿");
    /**
     * How a short word for a kind of body ends when it stands alone before a title and stands for a body the article named
     * in full: 中转仓, 试验站, 仲裁院, 博览园, 能源岛 (the last characters of 某某某中转仓…).
     */
    private static final Pattern KIND_WORD = Pattern.compile("\\p{IsHan}{2,3}(?:站|院|园|仓|岛|馆|店|所|场|厂|社|坊|中心|基地|餐厅|餐馆|实验室)");

    /**
     * The body a bare word for its kind before a title refers to ({@code 林场负责人某某}, {@code 协会会长某某},
     * {@code 中转仓负责人某某}): the last longer name ending in that word, in this sentence before the word or in an earlier
     * one ({@code 某村某某林场}). The word stands alone (after a stop or at the sentence's start); a field between it and the
     * title ({@code 试验站|技术|负责人}) is passed over.
     */
    private static Optional<Found> namedEarlier(List<Found> found, List<Found> added, List<Sentence> sentences, ArticleContext context,
                                                Found person, String t, int orgEnd, boolean profession) {
        String bare = bareKindWord(t, orgEnd, !profession);
        if (bare == null && orgEnd >= 4 && FIELD.matcher(t.substring(orgEnd - 2, orgEnd)).matches()) bare = bareKindWord(t, orgEnd - 2, !profession);
        if (bare == null) return Optional.empty();
        String word = bare;
        int start = t.lastIndexOf(word, orgEnd - word.length());
        boolean listed = BODY_WORDS.contains(word);
        for (int s = person.sentence(); s >= 0; s--) {
            String text = sentences.get(s).text();
            int k = text.lastIndexOf(word, (s == person.sentence() ? start : text.length()) - 1);
            for (; k > 0; k = text.lastIndexOf(word, k - 1)) {
                if (!Character.isIdeographic(text.charAt(k - 1)) && text.charAt(k - 1) != '”') continue; // the bare word again
                int end = k + word.length();
                int made = added.size();
                Optional<Found> org = orgEndingAt(found, added, s, text, end, context.tokens(s))
                        .filter(o -> !o.kind().isPerson() && o.span().length() >= word.length() + (added.size() > made ? 4 : 2));
                while (org.isEmpty() && added.size() > made) added.remove(added.size() - 1); // 社区|食堂, 制陶非遗|工坊: a kind, not a name
                if (org.isEmpty() && !listed) { // 某某加氢综合能源岛: no body's ending the finders know, the words before the kind name it
                    int from = leftEdge(text, end, context.tokens(s));
                    if (end - from >= word.length() + 3 && end - from <= 20) {
                        org = Optional.of(madeMention(added, s, text, new Span(from, end), EntityKind.ORGANIZATION));
                    }
                }
                if (org.isPresent()) return org;
            }
        }
        return Optional.empty();
    }

    /**
     * The word for a kind of body that ends at {@code end} and stands alone: one of {@link #BODY_WORDS}, or with
     * {@code anyKind} (not before a profession: 滑雪场|工程师 is a job) one {@link #KIND_WORD} matches; null when none does.
     */
    private static String bareKindWord(String t, int end, boolean anyKind) {
        for (String word : BODY_WORDS) {
            if (end >= word.length() && t.startsWith(word, end - word.length()) && standsAlone(t, end - word.length())) return word;
        }
        if (!anyKind) return null;
        int start = end;
        while (start > 0 && end - start < 4 && Character.isIdeographic(t.charAt(start - 1))) start--;
        if (!standsAlone(t, start)) return null;
        String word = t.substring(start, end);
        return KIND_WORD.matcher(word).matches() ? word : null;
    }

    private String titleStartingAt(String t, int start) {
        for (String title : titles) if (t.startsWith(title, start)) return title;
        return null;
    }

    /** Words that end a role, not a post, which a chain of titles may end with before the name: 推广专家, 阅读推广人, 某村村民. */
    private static final Pattern CHAIN_ROLE = Pattern.compile("[^，,。：:；;、“”（）()\\s]{0,10}(?:专家|推广人|带头人|能手|顾问|讲解员|代言人|村民|居民|党员|社员|农民|牧民|渔民)$");

    /**
     * Where the title before a role starts looking back ({@code 某站站长、某某首席农技推广专家|某某}): the 、 before the
     * role when a title ends right before it; {@code at} otherwise. The role itself is no post.
     */
    private int pastRoleInChain(String t, int at) {
        Matcher role = CHAIN_ROLE.matcher(t).region(Math.max(0, at - 14), at);
        if (!role.find()) return at;
        int comma = role.start() - 1;
        return comma > 0 && t.charAt(comma) == '、' && titleEndingAt(t, comma) != null ? comma : at;
    }

    private String titleEndingAt(String t, int end) {
        for (String title : titles) {
            if (end - title.length() >= 0 && t.startsWith(title, end - title.length())) return title;
        }
        return end >= 4 && t.startsWith("人大代表", end - 4) ? "代表" : null; // 某某人大|代表 (企业代表, 村民代表: no seat)
    }

    private static Optional<Found> orgEndingAt(List<Found> found, List<Found> added, int sentence, String t, int end,
                                               List<Token> tokens) {
        if (end <= 0) return Optional.empty();
        Found best = null;
        for (Found f : found) {
            if (f.sentence() == sentence && f.span().end() == end && !f.kind().isPerson()
                    && (best == null || f.span().length() > best.span().length())) {
                best = f;
            }
        }
        if (best == null && end < t.length() && "市县区州省旗".indexOf(t.charAt(end)) >= 0) {
            // 醴陵市委书记: the place's name runs into the title (醴陵市 + 市委书记 share 市)
            for (Found f : found) {
                if (f.sentence() == sentence && f.kind().isPlace() && f.span().end() == end + 1) return Optional.of(f);
            }
        }
        int start = leftEdge(t, end, tokens);
        if (best != null && best.span().start() <= start) return Optional.of(best);
        // an enterprise or a zone the finders named ends here: its left edge is theirs (投资方|某某木业有限公司)
        if (best != null && (best.kind() == EntityKind.ENTERPRISE || best.kind() == EntityKind.ZONE) && best.span().length() >= 4) {
            return Optional.of(best); // 某市|某某小镇景区: a zone's left edge is the zone finder's too
        }
        if ((end - start >= 4 || BOARD.matcher(t.substring(start, end)).matches()) && BODY_END.matcher(t.substring(start, end)).matches()
                && !ONLY_A_FIRM_WORD.matcher(t.substring(start, end)).matches()) {
            String name = t.substring(start, end);
            Matcher company = COMPANY_NAME.matcher(name);
            EntityKind kind = company.matches() ? EntityKind.ENTERPRISE
                    : name.matches(".*(?:委|委会|政府|局|办|办公室|厅|处|科|股|组|队)$") ? EntityKind.GOVERNMENT_BODY
                    : name.matches(".*(?:产业园|工业园|科技园|创业园|园区)$") ? EntityKind.ZONE
                    : EntityKind.ORGANIZATION;
            Found org = new Found(sentence, new Span(start, end), name, kind, name, Optional.empty(), 0.75);
            added.add(org);
            return Optional.of(org);
        }
        return Optional.ofNullable(best);
    }

    /**
     * The place, shop or body a quoted name right before a title names ({@code “某某粮仓”创办人某某}): the one the post
     * is in, quotes and all, as the article writes it.
     */
    private static Optional<Found> quotedOrgBefore(List<Found> added, int sentence, String t, int end) {
        int open = quoteOpeningBefore(t, end);
        if (open < 0) return Optional.empty();
        EntityKind kind = COMPANY_NAME.matcher(t.substring(open + 1, end - 1)).matches() ? EntityKind.ENTERPRISE : EntityKind.ORGANIZATION;
        return Optional.of(madeMention(added, sentence, t, new Span(open, end), kind));
    }

    /** A board named by its kind alone, before its member's title: 理事会成员, 监事会主席, 董事会秘书. */
    private static final Pattern BOARD = Pattern.compile("理事会|监事会|董事会");

    /** True when the word ending at {@code at} is a common noun (not a name or a title): the first half of a merged bureau. */
    private static boolean nounBefore(List<Token> tokens, int at) {
        for (Token tok : tokens) {
            if (tok.span().end() == at) return (tok.tag().startsWith("n") || tok.tag().equals("vn")) && !tok.isPerson() && !tok.tag().equals("nnt");
        }
        return false;
    }

    /** How an enterprise's name ends (a firm, a cooperative, a shop, a farm), where a post's organisation is made from the words before its title. */
    private static final Pattern COMPANY_NAME = Pattern.compile(".*(?:公司|集团|股份|糖厂|工厂|[^工]厂|合作社|商店|[^分]店|餐厅|餐馆|农场|牧场|渔场|养殖场|茶园|果园|庄园|民宿|客栈|宾馆|农家乐|小院)$");
    /** A term before a body's name: 上届, 原, 第三届. */
    private static final Pattern ERA = Pattern.compile("^(?:上届|本届|新一届|新任|原|前任|现任|时任|第[一二三四五六七八九十]+届)");

    /** A department's name after 和 or 与 in a merged bureau or a school's department, with a division of it: 农业农村|和|水利局, 文化和旅游局, 环境科学与工程系. */
    private static final Pattern AND_BODY = Pattern.compile("\\p{IsHan}{1,6}(?:局|厅|委员会|委|办公室|系|学院|研究所|研究院|实验室|处|科|部)"
            + "(?:\\p{IsHan}{1,8}?(?:处|科|室|中心|站|所|队))?"); // 住房和|城乡建设厅城市管理处: the bureau and its division

    /** Verbs of administration that name what a unit does: 行政执法支队, 质量监督站. */
    private static final Pattern ADMIN_VERB = Pattern.compile(".*(?:执法|管理|监督|监管|服务|保障|救援|监测|检验|检测|审批|督查|稽查|促进)");

    /** True when one noun of the segmenter's runs from {@code from} to {@code end}, or one unit character stands there: the body's own word (支队, 局, 处). */
    private static boolean endsBodyWord(String t, List<Token> tokens, int from, int end) {
        if (end - from == 1 && "处局科股所站队".indexOf(t.charAt(from)) >= 0) return true; // 就业促进|处 (the segmenter reads 处处)
        for (Token tok : tokens) if (tok.span().start() == from && tok.span().end() == end && tok.tag().startsWith("n")) return true;
        return false;
    }

    /** A short quoted name: the words inside a pair of quotation marks that may begin a body's name. */
    private static final Pattern QUOTED_NAME = Pattern.compile("“[\\p{IsHan}\\p{Alnum}·]{2,10}”$");

    /**
     * Where a body's name begins when a quoted name comes right before its words ({@code “某某保障”议题监督小组},
     * {@code “某某”舞蹈队}): at the opening quotation mark; {@code start} otherwise.
     */
    private static int quotedNameBefore(String t, int start, int end) {
        if (end - start < 2) return start;
        int open = quoteOpeningBefore(t, start);
        return open >= 0 ? open : start;
    }

    /** Where the opening quotation mark of a short quoted name ({@link #QUOTED_NAME}) that ends at {@code at} stands; -1 when none does. */
    private static int quoteOpeningBefore(String t, int at) {
        Matcher quoted = QUOTED_NAME.matcher(t).region(Math.max(0, at - 12), at);
        return quoted.find() ? quoted.start() : -1;
    }

    /**
     * True when {@code tok} is a verb of one character between two nouns or morphemes the segmenter cut from the same
     * run ({@code 湖南省/ns 住/vi 建厅/ns}, {@code 疫/ng 控/v 中心/nis}): a piece of a body's short name (住建厅, 疫控中心).
     */
    private static boolean verbInsideAbbreviation(List<Token> tokens, Token tok) {
        if (tok.text().length() != 1 || tok.tagClass() != 'v' || FUNCTION_CHARS.indexOf(tok.text().charAt(0)) >= 0) return false;
        Token before = OrganizationFinder.tokenAt(tokens, tok.span().start() - 1), after = OrganizationFinder.tokenAt(tokens, tok.span().end());
        return before != null && after != null && before.span().end() == tok.span().start() && after.span().start() == tok.span().end()
                && nounOrMorpheme(before) && nounOrMorpheme(after);
    }

    private static boolean nounOrMorpheme(Token tok) {
        return (tok.tagClass() == 'n' || tok.tagClass() == 'g') && !tok.isPerson() && !tok.tag().equals("nnt");
    }

    /** True when a one-character suffix (式, 型: the segmenter's k) follows {@code tok}: 体验|式 is one word. */
    private static boolean suffixAfter(List<Token> tokens, Token tok) {
        for (Token next : tokens) if (next.span().start() == tok.span().end()) return next.tag().equals("k") && next.text().length() == 1;
        return false;
    }

    /**
     * Where the words of an organisation's name ending at {@code end} begin: back to a stop (punctuation), then
     * past function words, a term (上届, 原) and a leading 中共 before a company's name.
     */
    private static int leftEdge(String t, int end, List<Token> tokens) {
        int start = end;
        while (start > 0 && end - start < 30) {
            char c = t.charAt(start - 1);
            if (LEFT_STOP.indexOf(c) >= 0 || !Character.isLetterOrDigit(c)) break;
            start--;
        }
        // trim function words at the left edge (verbs, prepositions...) by the segmenter's tags
        int boundary = start;
        boolean cooperative = t.startsWith("合作社", end - 3);
        for (Token tok : tokens) {
            if (tok.span().start() < start || tok.span().end() >= end || !OrganizationFinder.isStopTag(tok.tag())) continue; // the last word (事务|股) ends the name
            char tag = tok.tagClass();
            // a one-character word right at the boundary starts the name (，共|绩科技创始人), a pronoun or particle does not
            if (tok.span().start() == boundary && tok.text().length() == 1 && "wupcr".indexOf(tag) < 0) continue;
            if ((tok.text().equals("和") || tok.text().equals("与")) && tok.span().start() > boundary && AND_BODY.matcher(t.substring(tok.span().end(), end)).matches()
                    && nounBefore(tokens, tok.span().start())) continue; // 农业农村|和|水利局 (not 某主席某某|和|某局)
            // an administrative verb right before the body's own word is part of its name (行政执法|支队)
            if (ADMIN_VERB.matcher(tok.text()).matches() && endsBodyWord(t, tokens, tok.span().end(), end)) continue;
            if (tok.tag().equals("vg") || suffixAfter(tokens, tok)) continue; // 某|云|某, 体验|式: inside a word, no verb of a clause
            if (verbInsideAbbreviation(tokens, tok)) continue; // 某省|住|建厅, 县|疫|控|中心: a body's short name, no verb of a clause
            if (cooperative && "vqa".indexOf(tag) >= 0) continue; // 某某致富种植专业合作社: a cooperative's name says what its members do (the segmenter reads 某|代 as a counter)
            start = tok.span().end();
        }
        Matcher era = ERA.matcher(t.substring(start, end));
        if (era.find() && end - start - era.end() >= 2) start += era.end(); // 上届武汉校友会: the body, not the term
        for (int k = start; k < end; k++) {
            if ((t.charAt(k) == '和' || t.charAt(k) == '与') && k > start && AND_BODY.matcher(t.substring(k + 1, end)).matches() && nounBefore(tokens, k)) continue; // 农业农村和水利局
            if (FUNCTION_CHARS.indexOf(t.charAt(k)) >= 0) start = k + 1; // 第一项由|集团 (全国政协 keeps 全)
        }
        start = quotedNameBefore(t, start, end);
        if (t.startsWith("中共", start) && end - start >= 6 && t.substring(start, end).matches(".*(?:公司|集团|股份)$")) start += 2; // 中共X集团: X集团's party body; 中共X市委党校 keeps its name
        return start;
    }
}
