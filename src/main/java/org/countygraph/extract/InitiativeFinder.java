package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds initiatives: named campaigns, programmes, policies and models.
 *
 * <ul>
 *   <li>A quoted name followed (within a few words) by a campaign word: {@code “三送、三优、三解”行动},
 *       {@code “一图三表”管理}, {@code “公司+产户”的产业模式}. The name runs from the opening quote to the
 *       campaign word; the quoted text is an alias.</li>
 *   <li>A quoted number pattern: {@code “三大战役”}, {@code “三联三包”}, {@code “两线三会一链一群一平台”}.</li>
 *   <li>A quoted list of three or more short parallel phrases, the form of campaign slogans:
 *       {@code “迎老乡、回故乡、建家乡”}, or a quoted formula of a model: {@code “政企联动+产教融合”}.</li>
 *   <li>A quoted name after a verb of launching ({@code 开展、实施、打响、推行}…) or ending in a campaign word.</li>
 *   <li>Any other quoted phrase that the quoted-phrase {@link LinearModel} ({@code quoted-initiative-weights.tsv}), a
 *       logistic regression over the phrase's shape and the characters and words around it, learnt from the development
 *       split, scores at even odds or better (a programme's brand the article quotes again and again: {@code “某某快车”}).</li>
 *   <li>An unquoted number pattern with a campaign word: {@code 三大攻坚行动}.</li>
 * </ul>
 * A quoted phrase that is none of these (a slogan, a metaphor, a term) is not an initiative.
 * Confidence: 0.85 with a campaign word or a number pattern, 0.7 for a launched or listed phrase, 0.6 for one the model
 * takes.
 */
public final class InitiativeFinder implements MentionFinder {
    private static final Pattern QUOTED = Pattern.compile("[“‘\"「『]([^”’\"“‘「」『』]{2,24})[”’\"」』]");
    /** The opening quotes of {@link #QUOTED}, one of which a sentence must hold for it to match. */
    private static final List<String> QUOTES = List.of("“", "‘", "\"", "「", "『");
    private static final String NUM = "[一二三四五六七八九十两百千万0-9]";
    private static final Pattern NUMBER_PATTERN = Pattern.compile(
            "^(?:" + NUM + "(?:大|个|项|条|张|类|化|型)\\p{IsHan}{1,6}|(?:" + NUM + "[\\p{IsHan}]{1,2}){2,})$");
    private static final Pattern UNQUOTED = Pattern.compile(NUM + "大(\\p{IsHan}{0,6}?)(行动|战役|工程|攻坚战|计划|专项|任务)");
    private static final Pattern PARALLEL = Pattern.compile("^\\p{IsHan}{1,5}(?:[、，,]\\p{IsHan}{1,5}){2,}$");
    /** A quoted formula of a model: “政企联动+非遗活化+产教融合”, “公司+农户”; not a team of roles (“分析师+设计师”). */
    private static final Pattern FORMULA = Pattern.compile("^\\p{IsHan}{2,8}(?<![师员者])(?:[+＋]\\p{IsHan}{2,8}(?<![师员者]))+$");
    /** A national five-year plan period: 九五, 十五五. */
    private static final Pattern PLAN_PERIOD = Pattern.compile("^[一二三四五六七八九十]+五\\s*$");
    /** Words for a way of working after a quoted formula and 的. */
    private static final Pattern WAY_AFTER = Pattern.compile("的(?:模式|路子|路径|做法|机制|思路|办法)");
    private static final Pattern LAUNCH_BEFORE = Pattern.compile("(?:开展|实施|打响|推行|启动|推进|推动|实行|深化|推广|创新|探索|建立|打造|擦亮|开展了|打响了|实施了|推出|发起|落实)[了的]?$");
    /** A motto's negation (一个都不能少) or a word for problems, strengths or parts ends no programme's number pattern. */
    private static final Pattern NOT_A_PROGRAMME = Pattern.compile("不能|不让|都不|没有|^不|[、，,]也?不|(?:差距|问题|短板|难题|矛盾|风险|优势|特点|特色|变化|成就|成果|板块|方面|领域|目标)$");
    private static final Pattern NOT_AFTER = Pattern.compile("^(?:产业|企业|精神|理念|格局|基础|目标|称号|要求|思想|方针|口号|问题|部署|战略|主题|论述|讲话|指示|号召|重要)");
    private final List<String> campaignWords;
    private final LinearModel model = LinearModel.bundled("quoted-initiative-weights.tsv");
    /**
     * The log-odds at or above which the quoted-phrase model takes a quoted phrase the rules pass by for an initiative: 0
     * (even odds), chosen on the development split, the dev-news articles and the seed.
     */
    static final double THRESHOLD = 0.0;

    public InitiativeFinder(Lexicon campaignWords) { this.campaignWords = campaignWords.longestFirst(); }

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (Quoted q : quoted(t, context.tokens(sentence.index()), context::timesWritten)) {
            if (q.suffixEnd() > 0) {
                Span span = new Span(q.open(), q.suffixEnd());
                // ‘某某’模式 inside a quotation is the same name as “某某”模式
                out.add(Candidate.of(sentence.index(), span, EntityKind.INITIATIVE, span.of(t).replace('‘', '“').replace('’', '”'), 0.85));
            } else if (q.numberPattern() || q.endsInWord()) {
                out.add(Candidate.of(sentence.index(), q.innerSpan(), EntityKind.INITIATIVE, q.inner(), 0.85));
            } else if ((q.parallel() || q.launched()) && q.inner().length() <= 16) {
                out.add(Candidate.of(sentence.index(), q.innerSpan(), EntityKind.INITIATIVE, q.inner(), 0.7));
            } else if (model.score(q.features()) >= THRESHOLD) { // “某某快车” quoted three times, each time doing something
                out.add(Candidate.of(sentence.index(), q.innerSpan(), EntityKind.INITIATIVE, q.inner(), 0.6));
            }
        }
        documents(sentence, out);
        named(sentence, context.tokens(sentence.index()), out);
        Matcher u = UNQUOTED.matcher(t);
        while (t.indexOf('大') >= 0 && u.find()) {
            Span span = new Span(u.start(), u.end());
            if (out.stream().noneMatch(c -> c.span().overlaps(span))) {
                out.add(Candidate.of(sentence.index(), span, EntityKind.INITIATIVE, u.group(), 0.85));
            }
        }
        return out;
    }

    /**
     * A quoted phrase of a sentence that may name an initiative: where its quotes open and close, the phrase, the end of a
     * campaign word after it (-1 when none), what the rules see in it, and its {@link #quotedFeatures features}.
     */
    record Quoted(int open, int close, Span innerSpan, String inner, int suffixEnd, boolean numberPattern, boolean parallel,
                  boolean launched, boolean endsInWord, List<String> features) {}

    /**
     * The quoted phrases of {@code t} that are not ruled out at once (a sentence, a plan period, a phrase before a word that
     * makes it a spirit, a goal or a firm); {@code tokens} are the segmenter's words of {@code t}, {@code timesWritten}
     * counts a string in the article.
     */
    List<Quoted> quoted(String t, List<Token> tokens, java.util.function.ToIntFunction<String> timesWritten) {
        List<Quoted> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(t);
        while (OrganizationFinder.containsAny(t, QUOTES) && q.find()) {
            String inner = q.group(1).strip();
            if (inner.isEmpty() || inner.matches(".*[。！？!?].*")) continue;
            String after = t.substring(q.end());
            if (NOT_AFTER.matcher(after).find()) continue;
            if (PLAN_PERIOD.matcher(inner).matches()) continue; // “九五”计划, “十五五”规划: a national plan period
            int suffixEnd = campaignWordAfter(t, q.end());
            boolean numberPattern = NUMBER_PATTERN.matcher(inner).matches() && inner.length() >= 3
                    && !NOT_A_PROGRAMME.matcher(inner).find() // “一个不能掉队” is a motto, “三大差距” a problem
                    && !idiom(inner); // “一针一线” is craft, “一村一品” a programme
            boolean formula = FORMULA.matcher(inner).matches() // “光伏+某某”的工厂 describes a thing; “文学+旅游”的路子 is a way of working
                    && (!after.startsWith("的") || WAY_AFTER.matcher(after).lookingAt());
            boolean parallel = (PARALLEL.matcher(inner).matches() && !NOT_A_PROGRAMME.matcher(inner).find()) || formula; // “不愿投、不敢闯”: problems
            boolean launched = LAUNCH_BEFORE.matcher(t.substring(Math.max(0, q.start() - 4), q.start())).find();
            boolean endsInWord = endsWithCampaignWord(inner);
            List<String> features = quotedFeatures(t, q.start(), q.end(), inner, suffixEnd > 0, numberPattern, parallel, formula, launched,
                    endsInWord, timesWritten.applyAsInt(q.group()));
            features.addAll(TextFeatures.wordFeatures(tokens, q.start(), q.end(), q.start(1), q.end(1)));
            out.add(new Quoted(q.start(), q.end(), new Span(q.start(1), q.end(1)), inner, suffixEnd, numberPattern, parallel, launched,
                    endsInWord, features));
        }
        return out;
    }

    /**
     * The features of a quoted phrase that the quoted-phrase model weighs: the characters around the phrase and at its
     * end, its length and shape (a number pattern, a list, a formula), a campaign word or a launching verb near it, how
     * often the article quotes it. No feature holds the phrase itself, so the model learns kinds of contexts, not names.
     */
    static List<String> quotedFeatures(String t, int open, int close, String inner, boolean campaignWordAfter, boolean numberPattern,
                                boolean parallel, boolean formula, boolean launched, boolean endsInWord, int timesQuoted) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("len=" + TextFeatures.lengthBucket(inner.length()));
        f.add("quote=" + (t.charAt(open) == '“' || t.charAt(open) == '"' ? "double" : "single"));
        f.add("b1=" + TextFeatures.charClass(t, open - 1));
        if (open >= 2 && Character.isIdeographic(t.charAt(open - 2)) && Character.isIdeographic(t.charAt(open - 1))) {
            f.add("b2=" + t.substring(open - 2, open));
        }
        f.add("a1=" + TextFeatures.charClass(t, close));
        if (close + 2 <= t.length() && Character.isIdeographic(t.charAt(close)) && Character.isIdeographic(t.charAt(close + 1))) {
            f.add("a2=" + t.substring(close, close + 2));
        }
        f.add("l1=" + TextFeatures.charClass(inner, inner.length() - 1));
        if (inner.length() >= 3) f.add("l2=" + inner.substring(inner.length() - 2));
        int numerals = 0;
        for (int i = 0; i < inner.length(); i++) if ("一二三四五六七八九十两百千万0123456789".indexOf(inner.charAt(i)) >= 0) numerals++;
        f.add("numerals=" + Math.min(numerals, 3));
        for (String sep : new String[] {"、", "+", "＋", "·", "，", ","}) if (inner.contains(sep)) f.add("holds=" + sep);
        if (inner.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) f.add("latin");
        if (campaignWordAfter) f.add("campaignWordAfter");
        if (numberPattern) f.add("numberPattern");
        if (parallel) f.add("parallel");
        if (formula) f.add("formula");
        if (launched) f.add("launched");
        if (endsInWord) f.add("endsInCampaignWord");
        f.add("quoted=" + Math.min(timesQuoted, 3));
        if (open == 0) f.add("sentenceStart");
        return f;
    }

    /** 一X一Y with neither X nor Y a unit a programme counts or gives (村, 户, 策…): an idiom of care or craft (一针一线, 一草一木). */
    private static final Pattern ONE_BY_ONE = Pattern.compile("^一(\\p{IsHan})一(\\p{IsHan})$");
    /** What a programme is counted by or gives each (一村一品, 一树一策, 一户一档). */
    private static final String PROGRAMME_UNITS = "村县镇乡户企人校园岗事地区市品厂街居业策档码案卡证员师长老";

    private static boolean idiom(String inner) {
        Matcher m = ONE_BY_ONE.matcher(inner);
        return m.matches() && PROGRAMME_UNITS.indexOf(m.group(1).charAt(0)) < 0 && PROGRAMME_UNITS.indexOf(m.group(2).charAt(0)) < 0;
    }

    /** A policy document named in title marks: 《某某考评激励方案》, 《某某实施意见》. */
    private static final Pattern DOCUMENT = Pattern.compile("《([^《》]{4,40}?(?:方案|办法|意见|规划|计划|条例|细则|措施|规定|纲要|行动))》");

    /**
     * Policy documents: a title in 《》 that ends in a word for a plan or a rule ({@code 方案}, {@code 办法},
     * {@code 意见}…) names a policy; the name keeps the marks, the title without them is an alias.
     */
    private static void documents(Sentence sentence, List<Candidate> out) {
        String t = sentence.text();
        if (t.indexOf('《') < 0) return;
        Matcher m = DOCUMENT.matcher(t);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (out.stream().noneMatch(c -> c.span().overlaps(span))) {
                out.add(Candidate.of(sentence.index(), span, EntityKind.INITIATIVE, m.group(), 0.8));
            }
        }
    }

    private static final List<String> NAMED_END_WORDS = List.of("试点", "制度", "模式", "工程", "机制", "体系", "学习教育", "专项行动", "项目");
    private static final Pattern NAMED_END = Pattern.compile("(?:" + String.join("|", NAMED_END_WORDS) + ")");
    /** Words after a programme's or project's name that say something of it: 三一光伏5GW项目|总投资…, 项目|实质落地. */
    private static final Pattern FACT_AFTER = Pattern.compile("总投资|投资|计划投资|占地|建成|落地|开工|实质|正式|全面|顺利|成功|一期|二期");
    private static final Pattern LAUNCH_AT = Pattern.compile("(?:开展|实施|推行|启动|实行|推广|探索|建立|打造|推出|发起|采取|采用|建成|出台|创建|构建|首创)[起了的]?");
    /** A rank among projects before a project's name: 海南首个, 全国第一个, 首批. */
    private static final Pattern FIRST_OF_ITS_KIND = Pattern.compile("(?:首个|首批|首座|首家|第一个|第一批)");
    /** A project's capacity or size at the start of its name: 100兆瓦, 5万吨, 2GW. */
    private static final Pattern CAPACITY = Pattern.compile("[0-9.]+(?:万千瓦|千瓦|兆瓦|吉瓦|万吨|吨|GW|MW|万头|万只)");
    /** Modal verbs, which no project's name holds. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("可以", "能够", "应该", "应当", "需要", "必须", "要", "能"); // not 可 (可再生能源项目)

    /**
     * True when the words before a project word are an action on projects, not a project's name: a modal verb among them
     * (可以向政府申请|项目) or an adjective or adverb first (有力有效管控|某某项目).
     */
    private static boolean notAProjectsStart(List<Token> tokens, int start, int end) {
        for (Token tok : tokens) {
            if (tok.span().start() < start || tok.span().end() > end) continue;
            if (MODALS.contains(tok.text())) return true;
            if (tok.span().start() == start && (tok.tag().equals("a") || tok.tag().equals("ad") || tok.tag().equals("d"))) return true;
        }
        return false;
    }

    /**
     * True when the segmenter reads a post's title inside {@code [start, end)}, or a name and an official's doing after it:
     * a person's doings (某县委书记某某调研|项目, 某市市长某某出席|项目签约仪式), no project's name.
     */
    private static boolean holdsTitle(List<Token> tokens, int start, int end) {
        boolean person = false;
        for (Token tok : tokens) {
            if (tok.span().start() < start || tok.span().end() > end) continue;
            if (tok.tag().equals("nnt")) return true;
            if (tok.isPerson()) person = true;
            else if (person && OFFICIAL_DOINGS.contains(tok.text())) return true; // 某某|出席|项目签约仪式
        }
        return false;
    }

    /** What officials do to projects, after a name: 出席, 调研, 考察… */
    private static final java.util.Set<String> OFFICIAL_DOINGS = java.util.Set.of("出席", "调研", "考察", "视察", "主持", "参加", "察看",
            "督导", "检查", "走访", "见证", "会见");

    /** The end of a firm's name before a project's (有限公司, 集团, 公司). */
    private static final Pattern FIRM_OWNER = Pattern.compile("(?:有限责任公司|有限公司|公司|集团)");
    /** Verbs of bringing a project in, which end what comes before the project's name. */
    private static final Pattern BROUGHT_IN = Pattern.compile("引进|引入|签约|落户|承接");
    /** Verbs of carrying a policy out, which open no name: 完善和|推进…制度 is 推进…制度 being improved. */
    private static final java.util.Set<String> POLICY_VERBS = java.util.Set.of("完善", "推进", "加强", "深化", "健全", "落实",
            "改进", "规范", "优化", "加快", "扩大", "坚持", "巩固", "提高");
    private static final Pattern NOT_A_PROJECT_NAME = Pattern.compile("\\d+个|\\d+年|季度|签约|重大|重点|一批|多个|各类|^(?:省级|市级|县级|国家级)");
    private static final Pattern GENERIC_HEAD = Pattern.compile("^(?:这|该|各|此|其|新|相关|重点|重大|一批|有关|上述|多个|所有|全部|个别|部分|配套|民生|建设|发展|管理|服务|工作|创新|改革|示范|试点|招商|投资|亿元|产业|合作)");

    /**
     * Unquoted names that end in a programme word: {@code 古柏群落病虫害防治监测试点}, {@code 独家代理权模式},
     * {@code 温州亨泰渔光互补发电项目} (a project: a cg:Project). The name's left edge is where the segmenter's
     * words stop being name-like; the part before the word must hold a proper noun (a place, person or
     * organisation name) and four characters at least.
     */
    private static void named(Sentence sentence, List<Token> tokens, List<Candidate> out) {
        String t = sentence.text();
        Matcher m = NAMED_END.matcher(t);
        while (OrganizationFinder.containsAny(t, NAMED_END_WORDS) && m.find()) {
            if (m.end() < t.length() && Character.isIdeographic(t.charAt(m.end())) && "的和与、等".indexOf(t.charAt(m.end())) < 0
                    && !predicateAt(tokens, m.end()) && !FACT_AFTER.matcher(t.substring(m.end())).lookingAt()
                    && !(m.group().equals("项目") && underConstruction(t, tokens, m.end()))) {
                continue; // 项目建设, 试点工作: the word goes on (项目开工, 项目加快推进 end it)
            }
            boolean project = m.group().equals("项目");
            int start = projectStart(t, m.start(), tokens, project);
            boolean broughtIn = false;
            if (project) { // 某村引进|某某示范种植项目: who brought the project in is no part of its name
                Matcher brought = BROUGHT_IN.matcher(t.substring(start, m.start()));
                int cut = -1;
                while (brought.find()) if (m.start() - start - brought.end() >= 4) cut = brought.end();
                if (cut > 0) { start += cut; broughtIn = true; }
                Matcher firm = FIRM_OWNER.matcher(t.substring(start, m.start()));
                int owner = -1;
                while (firm.find()) if (m.start() - start - firm.end() >= 4) owner = firm.end();
                if (owner > 0) start += owner; // 某某科技公司|浓海水综合利用一期项目: the firm runs the project, it is not its name
            }
            Matcher verb = LAUNCH_AT.matcher(t.substring(start, m.start()));
            int afterVerb = -1;
            while (!project && verb.find()) afterVerb = verb.end();
            boolean launched = afterVerb >= 0 || broughtIn; // 当地出台|蜀道古柏离任交接制度: verbs inside the name stay
            if (afterVerb >= 0) start += afterVerb;
            else if (!project) start = OrganizationFinder.leftEdge(t, m.start(), tokens);
            if (!project && start >= 3 && "和与".indexOf(t.charAt(start - 1)) >= 0) {
                Token verbBefore = OrganizationFinder.tokenAt(tokens, start - 2);
                if (verbBefore != null && verbBefore.span().end() == start - 1 && verbBefore.text().length() >= 2
                        && verbBefore.tag().startsWith("v") && !verbBefore.tag().equals("vn")
                        && !POLICY_VERBS.contains(verbBefore.text())) {
                    start = verbBefore.span().start(); // 树立和践行…学习教育: two verbs joined by 和 open the name together
                }
            }
            if (project) {
                Matcher first = FIRST_OF_ITS_KIND.matcher(t.substring(start, m.start()));
                if (first.find() && m.start() - start - first.end() >= 4) { // 某省首个|某某项目: the rank is no part of the name, and names one
                    start += first.end();
                    launched = true;
                }
                if (notAProjectsStart(tokens, start, m.start())) continue; // 可以向政府申请|项目, 有力有效管控|某某项目: an action on projects
                if (holdsTitle(tokens, start, m.start())) continue; // 某县委书记某某调研|项目: a person's doings, no project's name
            }
            String head = t.substring(start, m.start());
            if (head.length() < 4 || head.length() > (project ? 36 : 18) || GENERIC_HEAD.matcher(head).find()) continue;
            if (project && NOT_A_PROJECT_NAME.matcher(head).find()) continue; // 签约18个项目, 2021年二季度重大项目
            if (!Character.isIdeographic(head.charAt(0)) && !Character.isLetter(head.charAt(0))
                    && !(project && CAPACITY.matcher(head).lookingAt())) continue; // 100兆瓦某某风电项目 may start with its capacity
            // 古树保护制度 is a kind of rule, not a named one; 开展古柏群落病虫害防治监测试点 is launched, so named
            if (!hasProperNoun(tokens, start, m.start()) && !launched) continue;
            Span span = new Span(start, m.end());
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            EntityKind kind = m.group().equals("项目") ? EntityKind.PROJECT : EntityKind.INITIATIVE;
            out.add(Candidate.of(sentence.index(), span, kind, span.of(t), 0.6));
        }
    }

    /**
     * True when 建设 after a project word opens a clause about its building (某某项目建设正酣, 项目建设进展顺利, 项目建设。):
     * the project is named before it, not a kind of work (项目建设资金).
     */
    private static boolean underConstruction(String t, List<Token> tokens, int at) {
        if (!t.startsWith("建设", at)) return false;
        int next = at + 2;
        if (next >= t.length() || !Character.isIdeographic(t.charAt(next))) return true;
        for (Token tok : tokens) {
            if (tok.span().start() == next) return tok.tag().startsWith("z") || predicateAt(tokens, next);
        }
        return false;
    }

    /** True when the segmenter starts a verb (not a verbal noun), adverb, preposition or numeral at {@code at}. */
    private static boolean predicateAt(List<Token> tokens, int at) {
        for (Token tok : tokens) {
            if (tok.span().start() != at) continue;
            String tag = tok.tag();
            return (tag.startsWith("v") && !tag.equals("vn")) || tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("m");
        }
        return false;
    }

    /**
     * Where a project's name ending at {@code end} starts: back to punctuation or a word that cannot
     * be in a name (是, 在, a pronoun, a particle, a conjunction); verbs stay, as in 拓宽改造项目, 渔光互补发电项目.
     */
    private static int projectStart(String t, int end, List<Token> tokens, boolean project) {
        int i = end;
        while (i > 0 && end - i < 36) {
            char c = t.charAt(i - 1);
            if ("，,。：:；;“”\"（）()《》【】、 的在和与等是为".indexOf(c) >= 0 || !Character.isLetterOrDigit(c)) break;
            Token tok = OrganizationFinder.tokenAt(tokens, i - 1);
            if (tok != null && tok.span().end() <= end) {
                String tag = tok.tag();
                if (tok.text().equals("及") || tok.text().equals("暨")) { i = tok.span().start(); continue; } // A暨B及C项目 is one name
                if (tag.startsWith("r") || tag.startsWith("u") || tag.startsWith("c") || tag.startsWith("p")
                        || tag.equals("vshi") || tag.equals("vyou") || (tag.startsWith("d") && (tok.text().length() < 3 || !project))
                        || tag.startsWith("w")) break; // 高标准 (d) is a word of the name: 某区高标准农田改造项目
                i = tok.span().start();
                continue;
            }
            i--;
        }
        return i;
    }

    private static boolean hasProperNoun(List<Token> tokens, int start, int end) {
        for (Token tok : tokens) {
            if (tok.span().start() >= start && tok.span().end() <= end
                    && (tok.isPlace() || tok.isPerson() || tok.isOrganization() || tok.tag().equals("nz") || tok.tag().equals("j"))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that, between a quoted phrase and a campaign word, start a clause of their own. */
    private static final Pattern CLAUSE_VERB = Pattern.compile("开展|实施|推进|进行|开始|参加|参与|组织|[把将让使则到是该这此]");

    /** The end of a campaign word that follows a closing quote within a few characters (a parenthesis may intervene), or -1. */
    private int campaignWordAfter(String t, int from) {
        int i = from;
        if (i < t.length() && (t.charAt(i) == '(' || t.charAt(i) == '（')) {
            int close = t.indexOf(t.charAt(i) == '(' ? ')' : '）', i);
            if (close > 0 && close - i < 16) i = close + 1;
        }
        for (int gap = 0; gap <= 6 && i + gap <= t.length(); gap++) {
            if (gap > 0) {
                char c = t.charAt(i + gap - 1);
                if (!Character.isIdeographic(c) || "一二三四五六七八九十两季年月日".indexOf(c) >= 0) return -1;
                if (CLAUSE_VERB.matcher(t.substring(i, i + gap)).find()) return -1; // “某某”开展政策宣讲: a new clause
            }
            for (String w : campaignWords) {
                if (t.startsWith(w, i + gap)) {
                    int end = i + gap + w.length();
                    if (end < t.length() && Character.isIdeographic(t.charAt(end)) && (gap > 0 ? t.charAt(end) != '的' : "的和与等及".indexOf(t.charAt(end)) < 0)
                            && !w.endsWith("行动") && !w.endsWith("管理")
                            && !w.equals("模式") && !w.equals("品牌") && !w.equals("政策")) {
                        continue; // the word goes on: 工作 in 工作讲评会 is not a campaign word
                    }
                    return end;
                }
            }
        }
        return -1;
    }

    private boolean endsWithCampaignWord(String inner) {
        for (String w : campaignWords) if (inner.endsWith(w) && inner.length() > w.length() + 1) return true;
        return false;
    }
}
