package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds persons: a name right after a post title ({@code 县长武娜强}, {@code 副院长唐浩:}), and the
 * segmenter's person names when a known surname and the context support them.
 *
 * <p>Confidence: 0.9 after a title; 0.8 before a speech verb; 0.6 for a three-character name
 * with a common surname standing before punctuation. Other names the segmenter proposes are dropped:
 * without context it takes too many words for names.
 */
public final class PersonFinder implements MentionFinder {
    private static final Pattern SPEECH = Pattern.compile("^(?:说|表示|介绍|认为|指出|告诉|坦言|感慨|笑着|回忆|强调|称)");
    /** Words for what a person is, written right after a name: 某某老师, 某某教授, 某某院士, 某某大姐, 某某老人, 某某夫妻俩. */
    private static final Pattern ROLE_AFTER = Pattern.compile("老师|教授|院士|医生|师傅|同志|大姐|大哥|大爷|大妈|阿姨|夫妻俩|夫妇俩|老人|老汉|大娘|大叔|大婶|奶奶|爷爷");
    private static final Pattern NOT_A_NAME_END = Pattern.compile(".*(?:先生|女士|同志|老师|师傅|某|阿姨|大姐|大哥|大爷|大妈|大叔|大婶|大娘|大伯|奶奶|爷爷|老汉|老太|老伯|主任|教授|院长|局长|书记|经理|处长|科长|所长|站长|会长)$|\\p{IsHan}{2}地|\\p{IsHan}而\\p{IsHan}"); // 工人麻利地|装箱: an adverb; 围|某而建: 而 joins two verbs, no name holds it
    /** A list of names closed by a count of persons: 张某、李某等五名同志, 王某、赵某等3位专家, 孙某、钱某等同志. */
    private static final Pattern NAME_LIST = Pattern.compile(
            "((?:\\p{IsHan}{2,3}、)+\\p{IsHan}{2,3})(?:等(?:(?:[0-9]+|[一二两三四五六七八九十百]+)(?:名|位)|同志|人)|夫妇|夫妻|兄弟|姐妹|母女|父子|母子|父女|两人|二人)");
    /** Titles and roles as tries: their longest leftmost matches are those of a longest-first alternation, found in one pass. */
    private final NameTrie titled;
    private final NameTrie roles;
    private final Lexicon titleWords;

    private final GivenNames givenNames;

    public PersonFinder(Lexicon titles, Lexicon roles) { this(titles, roles, GivenNames.ANY); }

    /** A finder whose names with no word around them to vouch for them must be ones {@code givenNames} accepts. */
    public PersonFinder(Lexicon titles, Lexicon roles, GivenNames givenNames) {
        this.titled = new NameTrie(titles.entries());
        this.roles = new NameTrie(roles.entries());
        this.titleWords = titles;
        this.givenNames = java.util.Objects.requireNonNull(givenNames, "givenNames");
    }

    /** A verb of posture or staying and 在 after it: a name's third character does not start them (某峰|站在, 某明|守在). */
    private static final Pattern POSTURE_IN = Pattern.compile("[站坐蹲躺守待留住]在");

    /** A word for a seat that goes on into a longer word: 委员会, 成员单位, 成员国. */
    private static final Pattern SEAT_WORD_GOES_ON = Pattern.compile("委员会|成员[单国]");

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        List<Token> tokens = context.tokens(sentence.index());
        List<Candidate> out = new ArrayList<>();
        List<Span> titles = titled.findAll(t);
        List<Span> roleWords = roles.findAll(t);
        minorityNames(t, sentence.index(), tokens, titles, roleWords, out); // before the surname paths, which would cut such a name (某旦|某西)
        for (List<Span> before : List.of(titles, roleWords)) {
            boolean title = before == titles;
            for (Span m : before) {
                int at = m.end();
                if (title && SEAT_WORD_GOES_ON.matcher(t).region(Math.max(0, at - 2), t.length()).lookingAt()) continue; // 某市委员|会, 成员|单位: no title
                // 作为某某合作社负责人，某某…: the name after the comma of a clause that gives the capacity
                if (title && at + 1 < t.length() && (t.charAt(at) == '，' || t.charAt(at) == ',')
                        && AS_CLAUSE.matcher(t.substring(0, at)).find()) at++;
                Span name = nameAt(t, at, tokens, title);
                if (name != null && !functionInGivenName(name.of(t)) && out.stream().noneMatch(c -> c.span().overlaps(name))) {
                    out.add(Candidate.of(sentence.index(), name, EntityKind.PERSON, name.of(t), title ? 0.9 : 0.85));
                }
            }
        }
        // 某某某教授团队: a scholar's name before the title and the word for the scholar's team, which the segmenter joins
        Matcher team = TEAM.matcher(t);
        for (int from = 0; from < t.length() && team.find(from); ) {
            from = team.start() + 1; // 的某某研究员课题组: 的某某 is no name, 某某 may be
            Span name = new Span(team.start(1), team.end(1));
            boolean bounded = name.start() == 0 || !Character.isIdeographic(t.charAt(name.start() - 1)) || "的是由和与及、".indexOf(t.charAt(name.start() - 1)) >= 0;
            if (bounded && Names.isHanName(team.group(1)) && Names.hasSurname(team.group(1)) && out.stream().noneMatch(c -> c.span().overlaps(name))) {
                out.add(Candidate.of(sentence.index(), name, EntityKind.PERSON, name.of(t), 0.85));
            }
        }
        // 麦某某·某某某说: a transliterated name with its parts joined by a middle dot, before a speech verb
        for (int dot = t.indexOf('·'); dot > 0; dot = t.indexOf('·', dot + 1)) {
            int at = transliteratedStart(t, dot, tokens);
            Span name = transliteratedName(t, at, tokens);
            if (name == null || !SPEECH.matcher(t.substring(name.end())).find()) continue;
            if (out.stream().noneMatch(c -> c.span().overlaps(name))) {
                out.add(Candidate.of(sentence.index(), name, EntityKind.PERSON, name.of(t), 0.8));
            }
        }
        quotedSpeakers(t, sentence.index(), tokens, out, context);
        nameLists(t, sentence.index(), tokens, out);
        credits(t, sentence.index(), out);
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!tok.isPerson() || !Names.isHanName(tok.text()) || NOT_A_NAME_END.matcher(tok.text()).matches()) continue;
            if (tok.text().length() == 3 && surnameRepeatedBeforeHonorific(t, tok.span().start())) continue;
            if (tok.text().length() == 3 && (adverbOrVerbThenMarker(t, tok.span().start() + 2) || adverbThenMarkedVerb(t, tok.span().start() + 2)
                    || adverbBeforeAction(t, tokens, tok.span().start() + 2))) {
                continue; // 某曼|正在, 某秋|正带着: the role path reads it
            }
            if (Names.endsLikePlace(tok.text())) continue;
            // a surname our lists lack (习近平总书记) is trusted only with a title right after a three-character name
            // ... or by a verb of speech right after a three-character name the segmenter tagged that no character runs into
            // (”应某某介绍: 应 is a word first; 有|關國家|表示 and 对花商来|说 are no names)
            if (!Names.hasSurname(tok.text()) && !(tok.text().length() == 3 && (titleAfter(t.substring(tok.span().end()))
                    || (SPEECH.matcher(t).region(tok.span().end(), t.length()).lookingAt() && !tok.text().endsWith("来")
                        && (tok.span().start() == 0 || !Character.isIdeographic(t.charAt(tok.span().start() - 1))))))) continue;
            Span span = tok.text().length() == 2 && boundNameCharAt(tokens, tok.span().end())
                    ? new Span(tok.span().start(), tok.span().end() + 1) : tok.span(); // 某贺|萱|踮着: the name is three characters
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            if (functionInGivenName(span.of(t))) continue; // 都|是毛(主席), 高|得多: a particle or the copula, no given name's
            if (prepositionYu(t, span.start())) continue; // 偏集|于一方, 符合|于东亚: 于 after a verb is a preposition, no surname
            String rest = t.substring(span.end());
            int before = tok.span().start() - 1;
            if (before >= 0 && (Character.isDigit(t.charAt(before)) || "余多几个名位".indexOf(t.charAt(before)) >= 0)) continue;
            if (i > 0 && PHYSICAL_UNIT.matcher(tokens.get(i - 1).text()).matches() && tokens.get(i - 1).span().end() == tok.span().start()) {
                continue; // 58米|高边坡: a unit of length, area or weight measures a thing, not a person
            }
            double conf;
            if (SPEECH.matcher(rest).find() || titleAfter(rest) || ROLE_AFTER.matcher(rest).lookingAt()) conf = 0.8;
            else if (tok.text().length() == 3 && i > 0 && tokens.get(i - 1).tag().equals("nnt")
                    && tokens.get(i - 1).span().end() == tok.span().start()) conf = 0.75; // 放映员|某才宇: a job word before it
            else if (tok.text().length() >= 3 && Names.endsName(t, tok.span().end()) && Names.hasCommonSurname(tok.text())
                    && givenNames.plausible(tok.text())) conf = 0.6; // not 高原|上, 林|还|草
            else continue;
            out.add(Candidate.of(sentence.index(), span, EntityKind.PERSON, span.of(t), conf));
        }
        return out;
    }

    /** Characters of verbs and conjunctions that take 于 as a preposition right after them: 集于, 合于, 位于, 由于, 对于. */
    private static final String BEFORE_YU = "集合位属对由关在等处基源用归利至善敢勇乐易便致助忠立陷限始出高低大小多少重强";

    /** True when the name at {@code start} begins with 于 right after a character that takes 于 as a preposition. */
    private static boolean prepositionYu(String t, int start) {
        return start > 0 && t.charAt(start) == '于' && BEFORE_YU.indexOf(t.charAt(start - 1)) >= 0;
    }

    /** True when a name's given name holds a particle or the copula, which no given name holds (都|是毛), or is 得多 (高|得多). */
    private static boolean functionInGivenName(String name) {
        for (int i = 1; i < name.length(); i++) if ("是的了着过".indexOf(name.charAt(i)) >= 0) return true;
        return name.endsWith("得多");
    }

    /** Units of length, area, volume and weight, which measure things (2004年, 2号 and 一部 come before names too). */
    private static final Pattern PHYSICAL_UNIT = Pattern.compile("[米亩吨斤克升]|公里|千米|公顷|平方米|立方米|公斤|千克|万亩|万吨");

    /**
     * The names of a list a count of persons or a word for a couple closes ({@code 向张某、李某等15名优秀党员颁发},
     * {@code 陈某、张某夫妇}): every item a
     * two- or three-character name with a listed surname, or the list is no list of names.
     */
    private static void nameLists(String t, int sentence, List<Token> tokens, List<Candidate> out) {
        if (t.indexOf('、') < 0) return;
        Matcher m = NAME_LIST.matcher(t);
        while (m.find()) {
            String[] items = m.group(1).split("、");
            int s = m.start(1);
            if (items[0].length() == 3 && leadingFunctionChar(tokens, s)) { // 向|张某、李某: the preposition is no part of the name
                items[0] = items[0].substring(1);
                s++;
            }
            boolean all = true;
            for (String item : items) all &= Names.isHanName(item) && Names.hasSurname(item) && !NOT_A_NAME_END.matcher(item).matches();
            if (!all) continue;
            for (String item : items) {
                Span span = new Span(s, s + item.length());
                if (out.stream().noneMatch(c -> c.span().overlaps(span))) out.add(Candidate.of(sentence, span, EntityKind.PERSON, item, 0.75));
                s += item.length() + 1;
            }
        }
    }

    /** A speaker right after a closing quotation mark or at a sentence's start, before a verb of speech: “……”某某某说. */
    private static final Pattern QUOTE_SPEAKER = Pattern.compile("(?:^|[”」』])(\\p{IsHan}{2,3}?)(?=说|表示|介绍|认为|指出|告诉|坦言|感慨|笑着|回忆|强调|分析)");

    /**
     * {@code “……”某某某说}: the speaker after a quotation (which may close the sentence before), a two- or
     * three-character name with a listed surname that the segmenter cut into pieces (某/b 某某/nz 说, 某某/nr 某/v 说);
     * a word the segmenter reads whole (同志们, 专家) is no name.
     */
    private void quotedSpeakers(String t, int sentence, List<Token> tokens, List<Candidate> out, ArticleContext context) {
        Matcher m = QUOTE_SPEAKER.matcher(t);
        while (m.find()) {
            Span span = new Span(m.start(1), m.end(1));
            String cand = m.group(1);
            if (!Names.isHanName(cand) || !Names.hasSurname(cand) || NOT_A_NAME_END.matcher(cand).matches()) continue;
            if (cand.chars().anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0)) continue; // 因此我|说: a pronoun or particle
            if (titled.findAll(cand).stream().anyMatch(x -> x.end() == cand.length()) || cand.endsWith("总")) continue; // 某主任, 某教授, 某总: a form of address
            if (commonWordAt(tokens, span) || out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            if (context.sentences().stream().anyMatch(x -> x.text().contains(cand + "·"))) continue; // 某某江·某某: the first part of a name
            Token first = startingAt(tokens, span.start());
            if (first != null && first.span().end() > span.end()) continue; // the name would end inside a word
            out.add(Candidate.of(sentence, span, EntityKind.PERSON, cand, 0.75));
        }
    }

    /** A clause that gives the capacity a person acts in, up to its title: 作为某某合作社负责人. */
    private static final Pattern AS_CLAUSE = Pattern.compile("作为[^，,。；;：:！？]{2,30}$");

    /** A name of two or three characters, a scholar's title, then the scholar's team: 某某某教授团队, 某某研究员课题组. */
    private static final Pattern TEAM = Pattern.compile("(\\p{IsHan}{2,3})(?:教授|研究员|院士|博士)(?:团队|课题组)");

    /** Elements of Tibetan and Mongolian names (扎西, 卓玛, 巴特尔), which have no surname. */
    private static final Lexicon MINORITY = Lexicon.bundled("/org/countygraph/names/minority-given-names.txt");
    private static final NameTrie MINORITY_TRIE = new NameTrie(MINORITY.entries());
    /** Characters that no name element holds: particles, prepositions, pronouns, numerals. */
    private static final String NOT_IN_NAME = "的了着过在是和与及把被向对从将这那其该一二三四五六七八九十我你他她它们也都就又还";

    /**
     * Tibetan and Mongolian names, which have no surname: two elements of the bundled list written together
     * (某旺某珠手持…, four to six characters), or one element with two more characters (某巴某决, 某桑某扎), or a Mongolian
     * element of three characters alone, when a role or a title stands right before the name or a verb of speech right
     * after it. A name inside a longer run of characters that goes on needs the role, title or speech too.
     */
    private static void minorityNames(String t, int sentence, List<Token> tokens, List<Span> titles, List<Span> roleWords,
                                      List<Candidate> out) {
        List<Span> elements = MINORITY_TRIE.findAll(t);
        if (elements.isEmpty()) return;
        java.util.Set<Integer> afterRole = new java.util.HashSet<>();
        for (List<Span> before : List.of(titles, roleWords)) for (Span m : before) afterRole.add(m.end());
        for (Span e : elements) {
            Span best = null;
            int secondEnd = MINORITY_TRIE.longestAt(t, e.end());
            if (secondEnd > 0 && plainName(t, e.start(), secondEnd)) {
                Span both = new Span(e.start(), secondEnd);
                if (boundedName(t, both) || afterRole.contains(both.start()) || spokenAfter(t, both.end())) best = both;
            }
            if (best == null) {
                for (int[] c2 : new int[][] {{e.start(), e.end() + 2}, {e.start() - 2, e.end()}, {e.start(), e.end()}}) {
                    if (c2[0] < 0 || c2[1] > t.length() || !plainName(t, c2[0], c2[1])) continue;
                    if (c2[0] < e.start() && afterRole.contains(e.start())) continue; // 牧民|某特尔: the role is no part of the name
                    if (c2[0] < e.start() && afterRole.contains(e.start() - 1)) continue; // 副主任|李|玉珍说: a title, then a Han name with the element as its given name
                    if (c2[1] > e.end() && (t.startsWith("代表", e.end()) || t.startsWith("委员", e.end()))) continue; // 某玛|代表说
                    if (c2[1] > e.end() && SPEECH.matcher(t).region(e.end(), t.length()).lookingAt()) continue; // 某雅尔|介绍: speech, no name's end
                    Span c = new Span(c2[0], c2[1]);
                    if (c.equals(e) && e.length() < 3) continue; // 扎西 alone is too common a word part
                    if ((afterRole.contains(c.start()) || spokenAfter(t, c.end())) && (c.end() == t.length() || !Character.isIdeographic(t.charAt(c.end()))
                            || spokenAfter(t, c.end()) || Names.NAME_END.indexOf(t.charAt(c.end())) >= 0 || verbAt(tokens, c.end()))) {
                        best = c;
                        break;
                    }
                }
            }
            Span name = best;
            if (name != null && out.stream().noneMatch(c -> c.span().overlaps(name))) {
                out.add(Candidate.of(sentence, name, EntityKind.PERSON, name.of(t), 0.8));
            }
        }
    }

    /** True when {@code [start, end)} is three to six Han characters, none a particle, preposition, pronoun or numeral. */
    private static boolean plainName(String t, int start, int end) {
        if (end - start < 3 || end - start > 6) return false;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (!Character.isIdeographic(c) || NOT_IN_NAME.indexOf(c) >= 0) return false;
        }
        return true;
    }

    /** True when a name at {@code span} stands apart: no Han character runs on before it, and after it punctuation or a name's end. */
    private static boolean boundedName(String t, Span span) {
        boolean left = span.start() == 0 || !Character.isIdeographic(t.charAt(span.start() - 1)) || NAME_LEFT_STOP.indexOf(t.charAt(span.start() - 1)) >= 0;
        boolean right = span.end() == t.length() || !Character.isIdeographic(t.charAt(span.end())) || Names.NAME_END.indexOf(t.charAt(span.end())) >= 0
                || t.startsWith("手", span.end());
        return left && right;
    }

    private static boolean spokenAfter(String t, int at) {
        // 某某代表说, 某某委员表示: a deputy's or member's seat between the name and the speech
        if (t.startsWith("代表", at) || t.startsWith("委员", at)) return SPEECH.matcher(t.substring(at + 2)).find();
        return SPEECH.matcher(t.substring(at)).find();
    }

    /** A photo, chart or writing credit after the name: 以上图片均为某某摄, 某某摄（人民视觉）, （某某参与采写）, （本报记者某某整理）. */
    private static final Pattern CREDIT_AFTER = Pattern.compile(
            "(?<=^|[^\\p{IsHan}]|为|记者)(\\p{IsHan}{2,3}?)(?:摄|参与采写|采访整理|整理)(?=$|[^\\p{IsHan}])");
    /** Several names credited for a part of the reporting, after a reporter's role: （某网记者某某、某某参与采写）. */
    private static final Pattern CREDIT_TEAM = Pattern.compile("(?:记者|通讯员|实习生)((?:\\p{IsHan}{2,3}、)+\\p{IsHan}{2,3})参与采写");
    /** A photo credit of a two-character name written with spaces between its characters: 本报记者  某  某摄. */
    private static final Pattern SPACED_CREDIT = Pattern.compile("(?<=^|[^\\p{IsHan}]|记者)(\\p{IsHan}[ \u3000]{1,2}\\p{IsHan})摄(?=$|[^\\p{IsHan}])");
    /** A credit before the name: 制图：某某, 摄影：某某. */
    private static final Pattern CREDIT_BEFORE = Pattern.compile("(?:制图|摄影|图|绘图)[：:/]\\s*(\\p{IsHan}{2,3})(?=$|[^\\p{IsHan}])");

    /** Persons credited for a photo, a chart or a part of the reporting, when the name has a listed surname. */
    private static void credits(String t, int sentence, List<Candidate> out) {
        if (t.indexOf('摄') < 0 && t.indexOf('图') < 0 && !t.contains("采写") && !t.contains("整理")) return;
        Matcher team = CREDIT_TEAM.matcher(t); // （记者某某、某某参与采写）: each name of the list
        while (team.find()) {
            int at = team.start(1);
            for (String name : team.group(1).split("、")) {
                Span span = new Span(at, at + name.length());
                at += name.length() + 1;
                if (Names.isHanName(name) && name.length() <= 3 && Names.hasSurname(name) && out.stream().noneMatch(c -> c.span().overlaps(span))) {
                    out.add(Candidate.of(sentence, span, EntityKind.PERSON, name, 0.85));
                }
            }
        }
        for (Pattern p : new Pattern[] {CREDIT_AFTER, CREDIT_BEFORE, SPACED_CREDIT}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                Span span = new Span(m.start(1), m.end(1));
                if (!Names.hasSurname(m.group(1)) || out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
                out.add(Candidate.of(sentence, span, EntityKind.PERSON, m.group(1), 0.85));
            }
        }
    }

    /** True when the segmenter reads the character at {@code at} as a one-character preposition or verb. */
    private static boolean leadingFunctionChar(List<Token> tokens, int at) {
        Token tok = startingAt(tokens, at);
        return tok != null && tok.text().length() == 1 && (tok.tag().startsWith("p") || tok.tag().startsWith("v"));
    }

    /** The word the segmenter starts at {@code at}, or null. */
    private static Token startingAt(List<Token> tokens, int at) {
        Token tok = OrganizationFinder.tokenAt(tokens, at);
        return tok != null && tok.span().start() == at ? tok : null;
    }


    /** True when a title of the lexicon follows: 习近平总书记, 张三董事长. */
    private boolean titleAfter(String rest) {
        for (String w : titleWords.longestFirst()) if (rest.startsWith(w) && w.length() >= 2) return true;
        return false;
    }

    /** Adverbs a name's third character may be confused with: 正(在), 还(在), 刚(刚). */
    private static final String ADVERB_CHARS = "正还也都就又才刚已";
    /** Characters that follow a verb or an adverb of state: 在, 着, 了, 要. */
    private static final String MARKER_CHARS = "在着了要";

    /** True when the character at {@code at} is an adverb or a verb followed by a marker (正|在, 坐|在): no name's last character. */
    private static boolean adverbOrVerbThenMarker(String t, int at) {
        return at + 1 < t.length() && MARKER_CHARS.indexOf(t.charAt(at + 1)) >= 0
                && (ADVERB_CHARS.indexOf(t.charAt(at)) >= 0 || "坐站走躺蹲跑睡住".indexOf(t.charAt(at)) >= 0);
    }

    /**
     * True when the character at {@code at} is an adverb of manner or time (直, 正) before a verb of the segmenter's, before
     * 和/与 or a preposition ({@code 某艳|直|摇头}, {@code 某峰|正|和团队讨论}, {@code 某良|正|对}), 忙 opening 忙前忙后 or 边
     * opening 边说边做: the word after a two-character name, not its third character.
     */
    private static boolean adverbBeforeAction(String t, List<Token> tokens, int at) {
        if (at + 1 >= t.length()) return false;
        char c = t.charAt(at);
        if (c == '忙') return t.startsWith("前忙后", at + 1);
        if (c == '边' && at + 2 < t.length() && t.charAt(at + 2) == '边') return true; // 某丹|边说边忙
        if (c != '直' && c != '正') return false;
        if (t.charAt(at + 1) == '和' || t.charAt(at + 1) == '与') return true;
        Token next = startingAt(tokens, at + 1);
        if (next != null && next.text().length() == 1 && next.tagClass() == 'p') return true; // 某良|正对一份文件
        return next != null && next.text().length() >= 2 && (next.tag().equals("v") || next.tag().equals("vi"));
    }

    /** Verbs with an aspect marker after an adverb of state: 正|带着, 正|忙着, 还|守着. */
    private static final Pattern VERB_WITH_MARKER = Pattern.compile("\\p{IsHan}{1,2}[着了过]");

    /** True when the character at {@code at} is an adverb of state and a verb with its marker follows (某秋|正|带着). */
    private static boolean adverbThenMarkedVerb(String t, int at) {
        return at + 1 < t.length() && "正还也都就又才刚已".indexOf(t.charAt(at)) >= 0
                && VERB_WITH_MARKER.matcher(t).region(at + 1, t.length()).lookingAt()
                && !(at + 2 < t.length() && "着了过".indexOf(t.charAt(at + 1)) >= 0);
    }

    /** Characters no transliterated name holds, where one starts: particles and prepositions. */
    private static final String NAME_LEFT_STOP = "的了和与及是在由让把被向为对从将";
    /** One-character words that end a transliterated name's second part: verbs of speech, particles, prepositions, adverbs. */
    private static final String TRANSLITERATED_END = "说是在和的等也都就又还正曾以将被把对向从为与及已并";

    /**
     * Where the first part of a transliterated name ending at the middle dot {@code dot} begins: back over the
     * segmenter's one-character words and name words ({@code 阿列克/nr 谢/v}), to a title, a common word or a stop.
     */
    private static int transliteratedStart(String t, int dot, List<Token> tokens) {
        int at = dot;
        for (Token tok : tokens) if (tok.span().start() < dot && tok.span().end() > dot) at = tok.span().start(); // 古丽·亚森/nrf: one word across the dot
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token tok = tokens.get(i);
            if (tok.span().end() > at) continue;
            if (tok.span().end() < at || !Character.isIdeographic(tok.text().charAt(0))) break;
            boolean namePiece = tok.isPerson() || tok.tag().startsWith("nh") || tok.tag().equals("nx") || tok.tag().equals("nz")
                    || tok.tag().equals("ns") // 艾/nz 山江/ns·吐尔洪: the segmenter reads pieces of such names as places or terms
                    || (tok.tag().equals("nt") && tok.text().length() <= 3) // 局长|某里/nt 木·某某: or as a short organisation's name
                    || (tok.text().length() == 1 && "wpucr".indexOf(tok.tagClass()) < 0 && NAME_LEFT_STOP.indexOf(tok.text().charAt(0)) < 0);
            if (!namePiece || dot - tok.span().start() > 8) break;
            at = tok.span().start();
        }
        return at;
    }

    /**
     * The transliterated name that starts at {@code at} ({@code 某某提艾力·某提图尔荪}, as Uyghur, Kazakh or foreign names are
     * written), or null: two to eight Han characters, a middle dot, then the words of the second part up to a word of two or
     * more characters that is a verb, adverb, preposition or particle, to punctuation, or to 说/是/在.
     */
    static Span transliteratedName(String t, int at, List<Token> tokens) {
        int dot = at;
        while (dot < t.length() && dot - at <= 8 && Character.isIdeographic(t.charAt(dot))) dot++;
        if (dot >= t.length() || t.charAt(dot) != '·' || dot - at < 2 || dot - at > 8) return null;
        if (transliteratedStart(t, dot, tokens) > at) return null; // 帮办|某某斯·某勒: a word that is no piece of the name
        int end = dot + 1;
        for (Token tok : tokens) if (tok.span().start() < dot && tok.span().end() > end) end = tok.span().end(); // 古丽·亚森/nrf
        for (Token tok : tokens) {
            if (tok.span().start() < end) continue;
            if (tok.span().start() > end || !Character.isIdeographic(tok.text().charAt(0))) break;
            if (tok.text().length() >= 2 && "vdpucfrt".indexOf(tok.tagClass()) >= 0 && !tok.isPerson()) break;
            if (tok.tag().equals("nnt") || tok.tagClass() == 't') break; // 某某·某某|上校, 某某·某某|当天
            if (tok.text().length() == 1 && TRANSLITERATED_END.indexOf(tok.text().charAt(0)) >= 0) break;
            end = tok.span().end();
        }
        if (end - dot - 1 < 2 || end - dot - 1 > 8) return null;
        return new Span(at, end);
    }

    /** True when the segmenter starts a word at {@code at} that runs past {@code end}. */
    private static boolean wordRunsOn(List<Token> tokens, int at, int end) {
        Token tok = startingAt(tokens, at);
        return tok != null && tok.span().end() > end && !tok.isPerson(); // 胡|清|高说/nr: a name's piece the segmenter ran into 说
    }

    /**
     * True when the third character from {@code at} repeats the first, the surname, before 女士/先生: 孙晶|孙女士 is
     * 孙晶, and 孙晶孙 is no name.
     */
    private static boolean surnameRepeatedBeforeHonorific(String t, int at) {
        return at + 3 <= t.length() && t.charAt(at + 2) == t.charAt(at) && (t.startsWith("女士", at + 3) || t.startsWith("先生", at + 3));
    }

    /** Two-character surnames; 东方, 西门 and 司马 are also common words, so only after a post title. */
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司徒", "上官", "诸葛", "皇甫", "尉迟", "公孙", "慕容",
            "令狐", "夏侯", "端木", "长孙", "宇文", "申屠", "呼延");
    private static final List<String> COMPOUND_SURNAMES_AFTER_TITLE = List.of("东方", "西门", "司马");

    /** A name of three or four characters with a two-character surname (司长欧阳某某), ending where a name ends, or null. */
    private static Span compoundSurnameName(String t, int at, boolean afterTitle, List<Token> tokens) {
        boolean compound = COMPOUND_SURNAMES.stream().anyMatch(c -> t.startsWith(c, at))
                || (afterTitle && COMPOUND_SURNAMES_AFTER_TITLE.stream().anyMatch(c -> t.startsWith(c, at)));
        if (!compound) return null;
        for (int len : new int[] {4, 3}) {
            int end = at + len;
            if (end <= t.length() && Names.isHanName(t.substring(at, end)) && Names.NAME_END.indexOf(t.charAt(end - 1)) < 0
                    && (Names.endsName(t, end) || verbAt(tokens, end) || describedAt(tokens, end))) return new Span(at, end);
        }
        return null;
    }

    /** True when the segmenter starts an adjective or a time word at {@code at}: 村民某小凤|熟练, 党员某春山|每天. */
    private static boolean describedAt(List<Token> tokens, int at) {
        Token tok = startingAt(tokens, at);
        return tok != null && tok.text().length() >= 2 && (tok.tag().equals("a") || tok.tag().equals("t"));
    }

    /** True when the segmenter starts a verb, adverb or preposition at {@code at}: 学员郭盼盼|盯着. */
    static boolean verbAt(List<Token> tokens, int at) {
        Token tok = startingAt(tokens, at);
        return tok != null && (tok.tag().startsWith("v") || tok.tag().equals("d") || tok.tag().equals("p"));
    }

    /**
     * True when the segmenter reads {@code span} as one common word (an adverb, a noun…), or as the start of
     * one (安全|感), not a proper name.
     */
    private static boolean commonWordAt(List<Token> tokens, Span span) {
        Token tok = startingAt(tokens, span.start());
        return tok != null && tok.span().end() >= span.end() && !tok.tag().startsWith("nr") && !tok.tag().startsWith("ns")
                && !tok.tag().startsWith("nz") && !tok.tag().startsWith("nt") && !tok.tag().equals("x") && !tok.tag().startsWith("g");
    }

    /** True when the segmenter reads exactly {@code span} as one verb (商量/v, 参与/v). */
    private static boolean verbWordAt(List<Token> tokens, Span span) {
        Token tok = startingAt(tokens, span.start());
        return tok != null && tok.span().equals(span) && (tok.tag().equals("v") || tok.tag().equals("vi"));
    }

    /**
     * True when the segmenter reads the character at {@code at} as a bound morpheme or a term of one character (萱/ng,
     * 善/ag, 炜/nz), a piece no word stands on alone, and a verb, adverb, pronoun, adjective, numeral, 的 or punctuation
     * follows it, or as a verb of one character no plain sentence puts between a name and another verb (合/v, 遇/v): the
     * third character of a name it cut short (某贺|萱|踮着, 某斌|善|有些, 某倩|颖|的, 某燕|玲|10分钟, 某传|合|又惊又喜).
     */
    static boolean boundNameCharAt(List<Token> tokens, int at) {
        Token tok = startingAt(tokens, at);
        if (tok == null || tok.text().length() != 1) return false;
        Token next = startingAt(tokens, at + 1);
        if (tok.tag().equals("v") && !COMMON_ONE_CHARACTER_VERBS.contains(tok.text())) { // 某传|合|又惊又喜, 某书|遇|确认
            return next != null && next.text().length() >= 2 && next.tagClass() == 'v';
        }
        if (!(tok.tag().equals("ng") || tok.tag().equals("ag") || tok.tag().equals("nz"))) return false;
        return next != null && ("vdram".indexOf(next.tagClass()) >= 0 || next.tag().equals("ude1") || next.tagClass() == 'w'); // 某燕|玲|10分钟
    }

    /** Verbs of one character that follow a name and come before another verb in plain sentences: 某某|去|参加, 某某|作|报告. */
    private static final java.util.Set<String> COMMON_ONE_CHARACTER_VERBS = java.util.Set.of("去", "来", "到", "想", "要", "会", "能", "说",
            "看", "让", "把", "给", "叫", "使", "请", "带", "跟", "陪", "帮", "再", "也", "又", "就", "还", "都", "便", "先", "后", "得",
            "在", "正", "曾", "将", "已", "才", "刚", "拿", "开", "走", "跑", "坐", "站", "躺", "蹲", "回", "出", "进", "上", "下", "做", "干",
            "作", "发", "讲", "谈", "致", "听", "提", "抓", "搞", "当", "成", "为");

    /** True when the segmenter starts an aspect particle (了, 着, 过) at {@code at}: what stands before it is a verb phrase. */
    private static boolean aspectParticleAt(List<Token> tokens, int at) {
        Token tok = startingAt(tokens, at);
        return tok != null && (tok.tag().equals("ule") || tok.tag().equals("uzhe") || tok.tag().equals("uguo"));
    }

    /** True when the segmenter reads the one character at {@code at} as a word of its own that is no function word or verb. */
    private static boolean singleNameCharAt(List<Token> tokens, int at) {
        Token tok = startingAt(tokens, at);
        if (tok == null || tok.text().length() != 1) return false;
        if (tok.tagClass() == 'm') return FORMAL_NUMERALS.indexOf(tok.text().charAt(0)) >= 0; // 某湘|伍/m|接过: a formal numeral is a name's
        return "pucdvwrmqyef".indexOf(tok.tagClass()) < 0;
    }

    /** Formal numerals, which given names hold and counting seldom does: 伍, 陆, 柒, 玖, 拾. */
    private static final String FORMAL_NUMERALS = "壹贰叁肆伍陆柒捌玖拾佰仟";

    /** True when no word the segmenter found in {@code [start, end)} is a particle, a preposition or a verb or adverb of two characters or more. */
    static boolean nameLike(List<Token> tokens, int start, int end) {
        for (Token tok : tokens) {
            if (tok.span().end() <= start || tok.span().start() >= end) continue;
            if (tok.span().start() < start || tok.span().end() > end) return false;
            String tag = tok.tag();
            if (tag.startsWith("u") || tag.startsWith("p") || tag.startsWith("w")) return false;
            // a verb or adverb of one character is the segmenter's guess at an unknown name (杜|德|生)
            if ((tag.startsWith("v") || tag.startsWith("d")) && tok.text().length() > 1) return false;
        }
        return true;
    }

    /**
     * True when, right after a post title, a listed surname and the next character are one verb of the segmenter's and the
     * third character a word of its own ({@code 总经理|某春/v 明/ag|前往}): the segmenter's guess at an unknown name, not a
     * verb of the sentence (an adverb such as 马上 or a particle in the third place is one).
     */
    private static boolean surnameRunIntoVerb(String t, List<Token> tokens, int at, int end, boolean afterTitle) {
        if (!afterTitle || end - at != 3 || !Names.hasSurname(t.substring(at, end)) || NOT_IN_NAME.indexOf(t.charAt(at + 2)) >= 0) return false;
        Token first = startingAt(tokens, at), last = startingAt(tokens, at + 2);
        return first != null && first.span().end() == at + 2 && (first.tag().equals("v") || first.tag().equals("vi"))
                && last != null && last.span().end() == end && "vdpucrmqw".indexOf(last.tagClass()) < 0;
    }

    /** Words for the tone a person speaks in, right after a name: 语带自豪, 语气坚定, 语调平缓. */
    private static final Pattern MANNER_OF_SPEECH = Pattern.compile("语[带气调速]");

    /**
     * True when the word at {@code at} follows a two-character name rather than ending a three-character one: 深有 (某伟|深有体会),
     * an adverb before an action ({@link #adverbBeforeAction}: 某艳|直摇头, 某丹|边说边忙), the tone of speech
     * ({@link #MANNER_OF_SPEECH}: 某波|语带自豪), a verb with its direction (某妍|亮出) or the name's home (某利|家，).
     */
    private static boolean wordAfterATwoCharacterName(String t, List<Token> tokens, int at) {
        return t.startsWith("深有", at) || adverbBeforeAction(t, tokens, at) || MANNER_OF_SPEECH.matcher(t).region(at, t.length()).lookingAt()
                || verbBeforeItsComplement(t, tokens, at) || homeAt(t, at);
    }

    /** Directions a verb of one character takes after it: 亮|出, 按|下, 拿|起. */
    private static final String COMPLEMENTS = "出下上起回进";

    /**
     * True when the character at {@code at} is a verb of one character that the segmenter joined to a name, and a direction
     * of its own follows as a word before more words: 某妍|亮出|调研数据, 某可|按下|按钮 (not 某明亮|出席: 出席 is one word).
     */
    private static boolean verbBeforeItsComplement(String t, List<Token> tokens, int at) {
        if (at + 2 >= t.length() || COMPLEMENTS.indexOf(t.charAt(at + 1)) < 0 || !Character.isIdeographic(t.charAt(at + 2))
                || "了着过".indexOf(t.charAt(at + 2)) >= 0) return false; // 某淑华|开了, 某金莲|来了: the verb itself, after a whole name
        Token next = startingAt(tokens, at + 1);
        return next != null && next.text().length() == 1 && "vf".indexOf(next.tagClass()) >= 0;
    }

    /** True when 家 at {@code at} is the home of the name before it: 某利|家，, 某冯|家在山脚. */
    private static boolean homeAt(String t, int at) {
        return at + 1 < t.length() && t.charAt(at) == '家' && ("在里的门院中".indexOf(t.charAt(at + 1)) >= 0 || !Character.isIdeographic(t.charAt(at + 1)));
    }

    /** The name that starts at {@code at}, right after a role word, or null. */
    static Span nameAt(String t, int at, List<Token> tokens) { return nameAt(t, at, tokens, false); }

    /**
     * The name that starts at {@code at}, right after a post title ({@code afterTitle}) or a role word,
     * or null. After a post title any surname of the lists will do (董事长魏某); after a role word,
     * which is less sure of a name, a common one.
     */
    static Span nameAt(String t, int at, List<Token> tokens, boolean afterTitle) {
        if (at >= t.length()) return null;
        Span transliterated = transliteratedName(t, at, tokens);
        if (transliterated != null) return transliterated;
        Span compound = compoundSurnameName(t, at, afterTitle, tokens);
        if (compound != null) return compound;
        for (Token tok : tokens) {
            if (tok.span().start() == at && tok.isPerson() && Names.isHanName(tok.text()) && !Names.endsLikePlace(tok.text())
                    && !NOT_A_NAME_END.matcher(tok.text()).matches()
                    && !(tok.text().length() == 3 && surnameRepeatedBeforeHonorific(t, at))) {
                int end = tok.span().end();
                if (aspectParticleAt(tokens, end)) return null; // 工人|都多|了: a name takes no aspect particle
                if (tok.text().length() == 2 && ADVERB_CHARS.indexOf(tok.text().charAt(0)) >= 0 && !Names.hasCommonSurname(tok.text())) {
                    return null; // 干部|都有: an adverb and a verb, not a rare surname and a given name
                }
                if (tok.text().length() == 3 && (adverbOrVerbThenMarker(t, at + 2) || adverbThenMarkedVerb(t, at + 2))) {
                    return new Span(at, at + 2); // 某曼|正在, 某秋|正带着
                }
                if (tok.text().length() == 3 && wordAfterATwoCharacterName(t, tokens, at + 2)) return new Span(at, at + 2); // 某伟|深有体会, 某艳|直摇头
                // the segmenter often cuts a three-character name short: 李俊|在说, 沈福|鑫认为
                if (tok.text().length() == 2 && end + 1 <= t.length() && end < t.length()
                        && Names.isHanName(t.substring(at, end + 1)) && Names.NAME_END.indexOf(t.charAt(end)) < 0
                        && !surnameRepeatedBeforeHonorific(t, at) // 孙晶|孙女士
                        && !MANNER_OF_SPEECH.matcher(t).region(end, t.length()).lookingAt() // 某波|语带自豪: the tone, no name's end
                        && !wordAfterATwoCharacterName(t, tokens, end) // 某丹|边说边忙: the word after a two-character name
                        && !(wordRunsOn(tokens, end, end + 1) && startingAt(tokens, end).tag().startsWith("v")
                            && "说表介告认指称讲坦感笑回道".indexOf(t.charAt(end + 1)) < 0) // 某丽|参与: a verb starts there (某娜|明说 is 某娜明 说)
                        && (Names.endsName(t, end + 1) || (afterTitle && singleNameCharAt(tokens, end)
                                && (verbAt(tokens, end + 1) || VERB_WITH_MARKER.matcher(t).region(end + 1, t.length()).lookingAt()))
                            || boundNameCharAt(tokens, end))
                        && !(verbAt(tokens, end) && adverbOrVerbThenMarker(t, end)) // 某健|坐在: a verb and its marker, not a name's end
                        && !Names.endsName(t, end)) {
                    return new Span(at, end + 1); // 县长明进|华|主持: the third character stands alone before a verb
                }
                if (tok.text().length() == 2 && end + 2 <= t.length() && "在".indexOf(t.charAt(end)) >= 0
                        && "说表介认讲告".indexOf(t.charAt(end + 1)) >= 0) {
                    return new Span(at, end + 1);
                }
                return tok.span();
            }
        }
        Token first = startingAt(tokens, at); // 主席|和|老一代: a conjunction, preposition or particle starts no name
        if (first != null && first.text().length() == 1 && "cpu".indexOf(first.tagClass()) >= 0
                && !(afterTitle && at + 3 <= t.length() && Names.hasCommonSurname(t.substring(at, at + 3))
                    && Names.isHanName(t.substring(at, at + 3)) && Names.endsName(t, at + 3))) return null; // 站长|于/p 某江|与: a surname the segmenter reads as a preposition
        for (int len : new int[] {3, 2}) {
            int end = at + len;
            if (end > t.length()) continue;
            String cand = t.substring(at, end);
            if (len == 3 && cand.charAt(2) == '说') continue; // 董事长李明|说: 说 ends a name, it is not one
            if (len == 3 && wordAfterATwoCharacterName(t, tokens, at + 2)) continue; // 负责人某伟|深有体会, 工程师某峰|正和团队讨论
            if (len == 3 && POSTURE_IN.matcher(t).region(at + 2, t.length()).lookingAt()) continue; // 书记某峰|站在村口: a verb of posture and 在
            boolean speech = end < t.length() && (t.charAt(end) == '说' || t.startsWith("介绍", end) || t.startsWith("表示", end));
            // 某健|坐在, 某曼|正在: the third character starts a word; after a title a name's end may run into 说 (县长某春|明说)
            if (len == 3 && wordRunsOn(tokens, at + 2, end) && !(afterTitle && speech && t.charAt(end) == '说')) continue;
            if (len == 3 && surnameRepeatedBeforeHonorific(t, at)) continue; // 总监孙晶|孙女士
            boolean addressed = t.startsWith("先生", end) || t.startsWith("女士", end) || t.startsWith("同志", end); // 市民某欢迎先生
            boolean spoken = addressed || speech || (end < t.length() && ":：".indexOf(t.charAt(end)) >= 0);
            if (!spoken && commonWordAt(tokens, new Span(at, end))) continue; // 书记|全程|走完, 群众|关切: a word, not a name
            Token whole = startingAt(tokens, at);
            if (whole != null && whole.span().end() == end && whole.tag().equals("t")) continue; // 青年|周末：: a word of time, spoken to or not
            if (NOT_A_NAME_END.matcher(cand).matches()) continue; // 66岁的某阿姨说: a surname and a form of address, no name
            if (cand.indexOf('个') > 0) continue; // 给商户|盖个夜市: a verb and its counter
            // 某镇党委委员付|升华|介绍: after a title and before a verb of speech, three characters are a name even when the
            // segmenter reads a verb in them
            boolean speaks = afterTitle && len == 3 && speech;
            if (!addressed && !speaks && verbWordAt(tokens, new Span(len == 3 ? at + 1 : at, end))) continue; // 儿子|商量：, 委员|齐|参与: a verb
            // 委员|齐参|与: no name ends inside a verb, but after a title a name's end may run into 说 (创办人某|明说)
            if (!addressed && len == 2 && verbWordAt(tokens, new Span(end - 1, end + 1)) && !(afterTitle && t.charAt(end) == '说')) continue;
            boolean anySurname = afterTitle && spoken && len == 3; // 总经理某翡婷介绍: a rare surname our lists lack
            if (Names.isHanName(cand) && (anySurname || (spoken || afterTitle ? Names.hasSurname(cand) : Names.hasCommonSurname(cand)))
                    && (Names.endsName(t, end) || (afterTitle && len == 2 && POSTURE_IN.matcher(t).region(end, t.length()).lookingAt())
                        || ((verbAt(tokens, end) || (len == 3 && describedAt(tokens, end)))
                        && (nameLike(tokens, at, end) || surnameRunIntoVerb(t, tokens, at, end, afterTitle))
                        && !NOT_A_NAME_END.matcher(cand).matches()))) {
                return new Span(at, end);
            }
        }
        return null;
    }
}
