package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds industries: names written with an industry word ({@code 新能源产业}, {@code 光伏行业},
 * {@code 电力电子器件及应用产业集群}, {@code 低空经济}), the items of lists that end in one
 * ({@code 高分子新材料、精细化工、绿色建材等产业}; {@code 以先进陶瓷、新型建材等为重点的绿色建材产业}), and
 * sector words of the bundled lexicon ({@code sectors.txt}).
 *
 * <p>The canonical name drops the industry word: {@code 绿色建材产业} is 绿色建材, with the written form kept as
 * an alias. Confidence: 0.85 for a name with an industry word, 0.8 for a list item, 0.7 for a bare sector word.
 */
public final class IndustryFinder implements MentionFinder {
    private static final Pattern WITH_WORD = Pattern.compile("(\\p{IsHan}{1,14}?)(产业集群|产业链|产业|行业|制造业|工业)");
    private static final Pattern LIST_BEFORE = Pattern.compile(
            "((?:[\\p{IsHan}&&[^等]]{2,10}、)+[\\p{IsHan}&&[^等]]{2,10})(?:等)?(?:为重点的|为代表的|为主的|等)?(?:[0-9一二三四五六七八九十]+个)?(?:\\p{IsHan}{0,8})(产业|行业|领域|业态)");
    private static final Pattern ECONOMY = Pattern.compile("(\\p{IsHan}{2,4})经济");
    /** Words that are not industries even before 产业: 主导产业, 传统产业, 相关产业… */
    private static final Pattern NOT_A_SECTOR = Pattern.compile(
            "^(?:.*(?:主导|传统|优势|新兴|支柱|特色主导|接续|替代|转型|重点|相关|配套|上下游|首位|战略性|未来|现代|整个|全|各|本|该|其|这些|相关|关联|同类|同一|\\d)|编制|制定|出台|谋划|研究|品种|县域|区域|地方|地区|当地|实体|全市|全省|全县|全区|城市|乡村|主导|新型|优势|特色|传统|重点|本地|龙头|全球|国内|国际|省内|市内|海外|非油|各类|多个|整体|主要|次要|不同|若干|一个|一些|其他|其它|部分|个别|少数|多数|大部分|全国.*)$");
    private static final String FUNCTION = "的在和与是了等由让把被向为对从将以、，,。：:；;“”\"（）()《》";
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:要|将|加快|大力|重点|着力|全力|积极|坚决|严格|继续|进一步|切实|持续|不断|努力|全面|前瞻|科学|合理|统筹|超前)*(?:发展|从事|助力|带动|赋能|培育|壮大|打造|做强|做大|做优|做精|推动|围绕|聚焦|推进|构建|布局|引进|支持|扶持|提升|振兴|建设|扩大|促进|鼓励|加强|优化|深化|控制|限制|淘汰|整治|规范|调整)");
    private static final Pattern REFERENCE_HEAD = Pattern.compile("^(?:全区|全县|全市|全省|全镇|全乡|全村|全片区|该区|该县|该市|该镇|该村|我市|我区|我县|我国|全国|国内|本地|当地|有关|相关)");
    /** A qualifier before a sector name says what kind of sector it is, not which: 新兴可再生能源 is 可再生能源. */
    private static final Pattern LEADING_QUALIFIER = Pattern.compile("^(?:新兴|传统|世界|全球|国家)");
    /** A trailing rank word names a part of the sector: 数字经济核心产业 is the core of 数字经济. */
    private static final Pattern TRAILING_RANK = Pattern.compile("(?<=\\p{IsHan}{2})核心$");
    /**
     * Words after the industry word that make the phrase a framework, not a sector: 现代化产业体系, 产业目录,
     * 产业工人队伍, 产业政策.
     */
    private static final Pattern FRAME_AFTER = Pattern.compile("体系|结构|目录|政策|工人|队伍|配套|技术研究|技术体系|研究院");
    /** Heads of lists that may name fields of any kind (领域): their items need a sector's head word or lexicon entry. */
    private static final Pattern SECTOR_HEAD = Pattern.compile("(?:业|经济|制造|工业|能源|材料|装备|医药|化工|轻工|旅游|电商|物流|康养|文旅|电子|信息|通信|电力|电信|金融|商贸|航天|航空|汽车"
            + "|服务|教育|医疗|卫生|互联网|养老|文化|体育|餐饮|住宿|零售|批发|运输|仓储|建筑|矿业|交通|铁路|油气|邮政|水利)$"); // GB/T 4754 section words
    /** An application field: what goods are used in (广泛应用于X、Y等行业) is their customers' sector, not the area's. */
    private static final Pattern APPLIED = Pattern.compile("(?:应用于|应用到|应用在|运用于|用于|适用于|服务于)([^。；;！？!?]{1,40}?)(?:行业|领域)");
    /**
     * A measure of output or acreage after a product names it as a line of production: X种植面积达, X年产值, X主产区
     * (the produce, a crop or a fruit, is the industry).
     */
    static final Pattern MEASURE = Pattern.compile("(?:年|总|全年)?(?:种植面积|种植规模|养殖面积|养殖规模|产值|产量|主产区|主产地)");
    private static final Pattern DISTRIBUTED = Pattern.compile("乡村|农村|城市|城乡|城镇");
    private static final Pattern DEGREE = Pattern.compile("总体|整体|全年|年度|平均|总");
    /** Words before a measure that are not produce: 单位产值, 亩均产值, 人均产值. */
    private static final Pattern NOT_PRODUCE = Pattern.compile("^(?:.*(?:单位|亩均|人均|地均|平均|年均|企业|项目|园区|基地|全年|总)|工业|经济|生产|农民|农户|全部|粮食作物|同等|同样|相同|同期|.*单品|.*(?:集群|行业|产业|产业链|领域|板块|区|园|基地|中心|厂|站|公司|产品|商品))$");
    private static final Pattern NOT_A_SECTOR_END = Pattern.compile("(?:园区|县城|乡镇|城市|地区|区域|县域|城区|链|企业|平台|基地"
            + "|特色|帮扶|扶贫|富民|惠民|增收|致富|经典|精品|一流|高端|重大|重要|现代化|全球|国际|海外|型|市场|领域|发展|大)$");
    /**
     * A head that ends in a verb acting on industries or in a word of time is no sector: 有力赋能|产业发展 (industry is
     * the verb's object), “十五五”时期|产业规划 (the plan's period).
     */
    private static final Pattern NOT_A_SECTOR_TAIL = Pattern.compile("(?:赋能|助力|带动|推动|促进|振兴|支撑|引领|反哺|驱动|拉动|激活"
            + "|时期|时代|阶段|期间|年代|以来|前后)$");
    /** Qualifiers that say what kind a one-character produce is, not which: 传统茶产业 is 茶产业. */
    private static final Pattern KIND_OF_PRODUCE = Pattern.compile("^(?:传统|特色|现代|新兴|优势)(?=\\p{IsHan}$)");
    /** A word after X产业 that makes it a zone's name: 某湖农工文旅产业片区. */
    private static final Pattern ZONE_AFTER = Pattern.compile("片区");
    /** Words after 产业 that make it a park's name or the making of an industry: 某某产业园(区), 某某产业区, 科技成果产业化. */
    private static final Pattern PARK_OR_MAKING_AFTER = Pattern.compile("园|区|化");
    /** A list whose last item ends in a word of completeness names the steps of one chain, not sectors. */
    private static final Pattern COMPLETE = Pattern.compile("(?:完整|完善|齐全|健全)$");
    private static final Pattern ORG_AFTER = Pattern.compile("协会|商会|联盟|学会|联合会|研究会|促进会|研究院");
    private static final Pattern ORG_INSIDE = Pattern.compile("协会|商会|联盟|(?:委|院|部|中心|局)$");
    /**
     * A bare sector word right before a word for firms, goods, bodies or techniques names them, not the sector:
     * 半导体企业, 建材市场, 林业科学研究院, 数字经济处, 人工智能检测.
     */
    private static final Pattern FIRM_AFTER = Pattern.compile("企业|公司|厂|材料|设备|产品|市场|价格|部门|协会|商会|二期|一期|项目|中心|平台|牵引"
            + "|科学|研究|大学|学院|学校|处|局|厅|办|系统|检测|工序|技术|设施");
    private final List<String> sectors;

    public IndustryFinder(Lexicon sectors) { this.sectors = sectors.longestFirst(); }

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = context.tokens(sentence.index());
        // each pattern needs literal words that most sentences lack: looking for them first spares a regex scan
        boolean industryWord = t.contains("产业") || t.contains("行业") || t.contains("工业") || t.contains("制造业");
        Matcher list = LIST_BEFORE.matcher(t);
        while (t.indexOf('、') >= 0 && (industryWord || t.contains("领域") || t.contains("业态")) && list.find()) {
            int at = list.start(1);
            boolean anyField = list.group(2).equals("领域");
            if (FRAME_AFTER.matcher(t.substring(list.end())).lookingAt()) continue; // 超大规模市场、完备产业体系
            if (COMPLETE.matcher(list.group(1)).find()) continue; // 培育、生产、包装完整产业链: the steps of one chain
            if (actions(t, list.start(1), list.group(1), tokens)) continue; // 建设某中心、推动某升级等举措: steps, not sectors
            if (STAGES.matcher(list.group()).find()) continue; // 包括原料供应、模具加工…等环节在内的完整产业链: stages
            if (LAST_JOINER.matcher(list.group(1)).find()) continue; // 概念验证、中试验证和|行业共性技术: the head word is no list's
            if (list.group().contains("于一体") || (list.start(1) > 0 && t.charAt(list.start(1) - 1) == '集')) continue; // 集生产、加工、销售于一体
            boolean first = true;
            for (String item : list.group(1).split("、")) {
                int itemStart = at;
                at += item.length() + 1;
                int from = itemStart;
                // the pattern takes at most ten characters of the first item: its words before them belong to it (壮|大某某及零部件)
                while (first && from > 0 && itemStart - from < 12 && Character.isIdeographic(t.charAt(from - 1))
                        && FUNCTION.indexOf(t.charAt(from - 1)) < 0) from--;
                int start = nameStart(t, from, itemStart + item.length(), tokens);
                start = sectorAcross(t, start, itemStart + item.length()); // 、具|身智能: a lexicon sector the start cut in two
                if (endsInTitle(tokens, itemStart + item.length())) { first = false; continue; } // 合作社负责人、某协会会长
                start = afterLeadingDivisions(t, start, itemStart + item.length(), tokens);
                // a setting word before the first item qualifies the whole list: 乡村X、Y、Z等业态 are X, Y and Z
                Matcher setting = DISTRIBUTED.matcher(t.substring(start, itemStart + item.length()));
                if (first && setting.lookingAt() && itemStart + item.length() - start - setting.end() >= 2
                        && !sectors.contains(t.substring(start, itemStart + item.length()))) start += setting.end();
                first = false;
                int itemEnd = itemStart + item.length();
                Matcher count = COUNT_OF_KINDS.matcher(t.substring(start, itemEnd)); // 某某日用品|四大特色产业: the count is no part of the last item
                if (count.find() && count.start() >= 2) itemEnd = start + count.start();
                String written = t.substring(start, itemEnd);
                String name = written.replaceFirst("(?:产业集群|产业|行业)$", "");
                if (!plausible(name) || (endsInQuality(tokens, start + name.length()) && !sectors.contains(name))) continue;
                if (item.contains("的")) continue; // 区域发展的规律性: a description, not a sector
                if (anyField && !sectorLike(name)) continue; // 财税金融、农业农村等领域: fields of policy
                add(out, sentence, new Span(start, start + written.length()), name, 0.8);
            }
        }
        Matcher m = WITH_WORD.matcher(t);
        while (industryWord && m.find()) {
            if (ORG_AFTER.matcher(t.substring(m.end())).lookingAt()) continue; // 光伏行业协会 is an association
            if (ZONE_AFTER.matcher(t.substring(m.end())).lookingAt()) continue; // 某湖农工文旅产业片区 is a zone's name
            if (m.group(2).equals("产业") && PARK_OR_MAKING_AFTER.matcher(t.substring(m.end())).lookingAt()) continue; // 某某产业园, 成果产业化
            if (FRAME_AFTER.matcher(t.substring(m.end())).lookingAt()) continue; // 现代化产业体系 is no sector
            int start = nameStart(t, m.start(1), m.end(1), tokens);
            start = afterLeadingDivisions(t, start, m.end(1), tokens);
            if (m.end(1) - start > 2 && "及和与并".indexOf(t.charAt(start)) >= 0) start++; // 乡村产业|及|非遗产业
            start = rejoinSplitVerb(t, start, m.end(1), tokens, context);
            start = sectorAcross(t, start, m.end(1));
            start = afterLeadingVerbOrArea(t, start, m.end(1), tokens); // 串起|纺织产业链, 县域|橡胶产业, (某某)区|榨菜产业
            if (verbEndsAt(tokens, start, m.end(1))) continue; // 特色产品撬动|产业: the verb's object, no sector
            Matcher counted = COUNTED.matcher(t.substring(start, m.end(1))); // 30余|家动漫产业: a count of firms, not the sector
            if (start > 0 && Character.isDigit(t.charAt(start - 1)) && counted.lookingAt() && m.end(1) - start - counted.end() >= 2) {
                start += counted.end();
            }
            start = afterFrameWords(t, start, m.end(1)); // 当地|竹产业, 某某领域|某某核心产业
            if (COUNT_OF_FIRMS.matcher(t.substring(start, m.end(1))).matches()) continue; // 多家|行业龙头企业: a count, no sector
            String head = TRAILING_RANK.matcher(t.substring(start, m.end(1))).replaceFirst("");
            // 房地产业 is 房地产 and 业, not 房地 and 产业
            if (m.group(2).equals("产业") && sectors.contains(head + "产")) head = head + "产";
            Matcher kind = KIND_OF_PRODUCE.matcher(head);
            if (m.group(2).equals("产业") && kind.find()) {
                start += kind.end();
                head = head.substring(kind.end());
            }
            if (head.length() == 1 && m.group(2).equals("产业") && produceAt(tokens, start, head)) {
                add(out, sentence, new Span(start, m.end()), head + "产业", 0.8); // 竹产业, 茶产业: the name keeps its word
                continue;
            }
            if (!plausible(head) || singleQuality(tokens, start, m.end(1), head) || COMPLETE.matcher(head).find()) continue;
            // 钢铁工业, 新一代电子信息制造业: with these words only a sector of the lexicon is one (重工业, 社队工业 are not)
            if (m.group(2).equals("工业") || m.group(2).equals("制造业")) {
                String sector = sectorAtEnd(head);
                if (sector == null) continue;
                start = m.end(1) - sector.length(); // 三大|钢铁工业: the sector word and no more
                head = sector;
            }
            add(out, sentence, new Span(start, m.end()), head, 0.85);
        }
        findProduce(t, tokens, sentence, out);
        findTourismKinds(t, tokens, sentence, out);
        Matcher e = ECONOMY.matcher(t);
        while (t.contains("经济") && e.find()) {
            String head = trimLeft(e.group(1));
            int start = e.end(1) - head.length();
            if (!plausible(head) || !sectors.contains(head + "经济") || FIRM_AFTER.matcher(t.substring(e.end())).lookingAt()) continue;
            add(out, sentence, new Span(start, e.end()), head + "经济", 0.85);
        }
        for (String s : sectors) {
            int i = t.indexOf(s);
            while (i >= 0) {
                Span span = new Span(i, i + s.length());
                String after = t.substring(span.end());
                boolean org = ORG_AFTER.matcher(after.replaceFirst("^(?:产业|行业)", "")).lookingAt(); // 半导体行业联盟
                // a sector word the article names once, outside a list and not as what is developed, is passed by (还用上了北斗导航)
                if (!FIRM_AFTER.matcher(after).lookingAt() && !org && economicContext(t, span)
                        && (listed(t, span) || developedHere(t, span) || context.timesWritten(s) >= 2)) add(out, sentence, span, s, 0.7);
                i = t.indexOf(s, i + s.length());
            }
        }
        String headline = context.article().headline();
        Matcher column = COLUMN.matcher(t);
        while (!headline.isEmpty() && headline.contains(t) && column.find()) { // （海洋经济高质量发展一线见闻）: a series' name
            Span zone = new Span(column.start(), column.end());
            out.removeIf(c -> c.span().overlaps(zone));
        }
        Matcher applied = APPLIED.matcher(t);
        while (applied.find()) {
            Span zone = new Span(applied.start(1), applied.end());
            out.removeIf(c -> c.span().overlaps(zone));
        }
        return out;
    }

    /**
     * Produce named by a measure of its output or acreage: 某县脐橙种植面积达3万亩 → 脐橙. The name is the nouns right
     * before the measure, after any place or reference word; a one-character name keeps the place before it (a
     * place-named produce, 某州柚).
     */
    private void findProduce(String t, List<Token> tokens, Sentence sentence, List<Candidate> out) {
        if (!(t.contains("产") || t.contains("面积") || t.contains("规模"))) return;
        Matcher m = MEASURE.matcher(t);
        while (m.find()) {
            int end = m.start();
            int k = tokenEndingAt(tokens, end);
            if (k > 0 && DEGREE.matcher(tokens.get(k).text()).matches()) { // 某果总体产量: the degree word is no part of it
                end = tokens.get(k).span().start();
                k--;
            }
            if (k < 0) continue;
            int start = end;
            for (int j = k; j >= 0; j--) {
                Token tok = tokens.get(j);
                if (!isNounish(tok) || REFERENCE_HEAD.matcher(tok.text()).matches() || DEGREE.matcher(tok.text()).matches()
                        || tok.text().matches("[今去前明当]年") || tok.text().length() > 4
                        || end - tok.span().start() > 6) break;
                start = tok.span().start();
            }
            if (end - start < 2 && start == end - 1) {
                int p = tokenEndingAt(tokens, start);
                if (p >= 0 && tokens.get(p).isPlace() && tokens.get(p).text().length() <= 3) start = tokens.get(p).span().start();
            }
            Matcher reference = REFERENCE_HEAD.matcher(t.substring(start, end)); // 全片|区|桂圆: the segmenter may split the reference
            if (reference.lookingAt() && end - start - reference.end() >= 2) start += reference.end();
            if (end - start < 2) continue;
            String name = t.substring(start, end);
            if (!plausible(name) || NOT_PRODUCE.matcher(name).matches()) continue;
            add(out, sentence, new Span(start, end), name, 0.7);
        }
    }

    /**
     * Kinds of tourism written as a word and 游: 自驾游, 乡村游 (HanLP often splits them as word + verb). The word before
     * is at most four characters; a place or a number before it (北京游, 一日游) is not a kind.
     */
    private void findTourismKinds(String t, List<Token> tokens, Sentence sentence, List<Candidate> out) {
        if (!t.contains("游")) return;
        for (int k = 1; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            String word = tok.text();
            if (word.matches(".*[上中下]游")) continue; // 长江中下游, 产业链上游: a stretch, not tourism
            if (word.length() >= 3 && word.length() <= 5 && word.endsWith("游") && (tok.tag().equals("nz") || tok.tag().equals("n"))
                    && word.codePoints().allMatch(Character::isIdeographic) && plausible(word)) {
                add(out, sentence, tok.span(), word, 0.7); // 自驾游, 乡村游 as one word
                continue;
            }
            if (!word.equals("游")) continue;
            Token prev = tokens.get(k - 1);
            String tag = prev.tag();
            if (prev.span().end() != tok.span().start() || prev.text().length() < 2 || prev.text().length() > 4) continue;
            if (!(tag.startsWith("d") || tag.equals("n") || tag.equals("vn") || tag.equals("vi") || tag.equals("nz") || tag.startsWith("b"))) continue;
            if (!prev.text().codePoints().allMatch(Character::isIdeographic)) continue;
            int start = prev.span().start();
            if (k >= 2) {
                Token before = tokens.get(k - 2);
                String bt = before.tag();
                if (before.span().end() == start && before.text().length() == 2 && (bt.equals("n") || bt.startsWith("b"))
                        && !REFERENCE_HEAD.matcher(before.text()).matches()) start = before.span().start();
            }
            Span span = new Span(start, tok.span().end());
            String name = span.of(t);
            if (!plausible(name)) continue;
            add(out, sentence, span, name, 0.7);
        }
    }

    /**
     * True when the one character at {@code start} is a noun of its own (竹|产业) or begins the segmenter's word for
     * it and the industry word (茶产业): a produce, not a quality (大产业) or a pronoun (该产业).
     */
    private static boolean produceAt(List<Token> tokens, int start, String head) {
        if ("大新全总该本各此其主副一小老".contains(head)) return false;
        for (Token tok : tokens) { // 算|力产业: a character after a verb of one character is that verb's object or word
            if (tok.span().end() == start && tok.text().length() == 1 && tok.tagClass() == 'v') return false;
        }
        for (Token tok : tokens) {
            if (tok.span().start() != start) continue;
            String tag = tok.tag();
            return (tok.text().equals(head) && (tag.equals("n") || tag.equals("ng"))) || tok.text().equals(head + "产业");
        }
        return false;
    }

    private static boolean isNounish(Token tok) {
        String tag = tok.tag();
        if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt")) return false;
        return (tag.startsWith("n") && !tag.equals("nx")) || tag.equals("b") || tag.equals("ng");
    }

    private static int tokenEndingAt(List<Token> tokens, int end) {
        for (int j = 0; j < tokens.size(); j++) if (tokens.get(j).span().end() == end) return j;
        return -1;
    }

    /** A bracketed part of a headline: the name of the column or series the article runs in. */
    private static final Pattern COLUMN = Pattern.compile("[（(][^）)]{2,30}[）)]");

    /** A counter after a number before a sector's name: 30余家|动漫产业. */
    private static final Pattern COUNTED = Pattern.compile("(?:余|多)?(?:家|个|项|类)");

    private static final Pattern LEADING_TOWN = Pattern.compile("\\p{IsHan}{2,3}(?:镇|乡|街道)");

    /** True when a division's name or short name of two to three characters starts at {@code at} and ends before {@code end}. */
    private static boolean divisionAt(Gazetteer g, String t, int at, int end) {
        for (int len = 2; len <= 3 && at + len < end; len++) {
            String w = t.substring(at, at + len);
            if (g.namesADivision(w)) return true;
        }
        return false;
    }

    private static final Pattern STAGES = Pattern.compile("环节|在内|完整|齐全");
    private static final Pattern LAST_JOINER = Pattern.compile("[和与及]$");
    /** A name that is only a count (三, 五大): 五大产业. */
    private static final Pattern COUNT_ONLY = Pattern.compile("[一二三四五六七八九十两几多]+大?");

    /** A count of kinds of sector after a list's last item: 四大, 三类, 五个. */
    private static final Pattern COUNT_OF_KINDS = Pattern.compile("[一二三四五六七八九十两几多]+(?:大|类|个|项|种)");

    /** True when a word for a post or an occupation ends at {@code end}: 合作社负责人 names a person's post, not a sector. */
    private static boolean endsInTitle(List<Token> tokens, int end) {
        for (Token tok : tokens) if (tok.span().end() == end) return tok.tag().equals("nnt") || tok.tag().equals("nnd");
        return false;
    }

    /** True when two items of a list or more begin with a verb of two characters or more: a list of steps (建设某中心、推动某升级). */
    private static boolean actions(String t, int from, String items, List<Token> tokens) {
        int verbs = 0;
        int at = from;
        for (String item : items.split("、")) {
            for (Token tok : tokens) {
                if (tok.span().start() == at && tok.text().length() >= 2 && tok.tagClass() == 'v' && !tok.tag().equals("vn")) verbs++;
            }
            at += item.length() + 1;
        }
        return verbs >= 2;
    }

    /**
     * Past the division names a name begins with (河北省|, 桂林荔浦|衣架), leaving two characters at least: a division's full
     * name, or a short one the segmenter reads as a place (资源 of 资源综合利用 is no 资源县).
     */
    static int afterLeadingDivisions(String t, int start, int end, List<Token> tokens) {
        Matcher town = LEADING_TOWN.matcher(t.substring(start, end));
        if (town.lookingAt() && end - start - town.end() >= 2) start += town.end(); // 某水镇|制笔
        Gazetteer g = Gazetteer.bundled();
        boolean moved = true;
        boolean stripped = false;
        while (moved) {
            moved = false;
            for (int len = Math.min(5, end - start - 2); len >= 2; len--) {
                String head = t.substring(start, start + len);
                boolean place = false;
                for (Token tok : tokens) place |= tok.span().start() == start && tok.span().end() == start + len && tok.isPlace();
                boolean shortName = !g.byShortName(head).isEmpty();
                if (!g.byName(head).isEmpty() || (shortName && (place || stripped || divisionAt(g, t, start + len, end)))) {
                    stripped = true;
                    start += len;
                    moved = true;
                    break;
                }
            }
        }
        return start;
    }

    /** Words of area before a sector's name: 县域|橡胶, 全市|汽车 (not 区域性). */
    private static final Pattern LEADING_AREA = Pattern.compile("^(?:县域|区域|市域|镇域|全县|全区|全市|全镇|全省|长三角|珠三角|京津冀|成渝|粤港澳大湾区|粤港澳|大湾区)(?!性)");

    /**
     * Past a verb the segmenter reads as the name's first word (串起|纺织), a word of area or region ({@link #LEADING_AREA}) and a
     * level word left over from a division's name (某某区|榨菜), leaving two characters at least.
     */
    private static int afterLeadingVerbOrArea(String t, int start, int end, List<Token> tokens) {
        Matcher area = LEADING_AREA.matcher(t.substring(start, end));
        if (area.lookingAt() && end - start - area.end() >= 2) start += area.end();
        // 某某|区|榨菜: a level word of one character, right after a place's name, that the name starts with
        Token first = OrganizationFinder.tokenAt(tokens, start);
        if (end - start >= 3 && "区县市镇".indexOf(t.charAt(start)) >= 0 && start > 0) {
            Token before = OrganizationFinder.tokenAt(tokens, start - 1);
            boolean placeBefore = before != null && before.span().end() == start && before.isPlace();
            boolean alone = first != null && first.span().start() == start && first.span().length() == 1;
            if (placeBefore && alone) return afterLeadingVerbOrArea(t, start + 1, end, tokens);
        }
        boolean verbFirst = first != null && first.span().start() == start && first.tag().equals("v") && first.span().length() >= 2;
        return verbFirst && end - first.span().end() >= 2 ? first.span().end() : start;
    }

    /** A count of firms or kinds where a sector's name would stand: 多家, 几类, 各. */
    private static final Pattern COUNT_OF_FIRMS = Pattern.compile("[一二三四五六七八九十两几多数各]+[家个类项]?");

    /**
     * Past the words that frame a sector without naming it, leaving one character at least: a word of reference
     * ({@code 当地|竹产业}) and a field written before it ({@code 人工智能领域|人工智能核心产业}); a region
     * ({@code 长三角|新能源产业链}) is one of {@link #LEADING_AREA}.
     */
    private static int afterFrameWords(String t, int start, int end) {
        Matcher ref = REFERENCE_HEAD.matcher(t.substring(start, end));
        if (ref.lookingAt() && end - start - ref.end() >= 1) start += ref.end();
        int field = t.substring(start, end).lastIndexOf("领域");
        if (field >= 0 && end - start - field - 2 >= 2) start += field + 2;
        return start;
    }

    /** True when a verb (v, not a verbal noun) of two characters or more ends the name: 特色产品撬动|产业, 携手并肩涵养|产业. */
    private static boolean verbEndsAt(List<Token> tokens, int start, int end) {
        Token tok = end > 0 ? OrganizationFinder.tokenAt(tokens, end - 1) : null;
        return tok != null && tok.span().end() == end && tok.span().start() >= start && tok.tag().equals("v") && tok.span().length() >= 2;
    }

    /** The start of a lexicon sector that the name's start cuts in two (发展具|身智能产业), else {@code start}. */
    private int sectorAcross(String t, int start, int end) {
        for (String sector : sectors) {
            for (int from = Math.max(0, start - sector.length() + 1); from < start; from++) {
                if (t.startsWith(sector, from) && from + sector.length() <= end) return from;
            }
        }
        return start;
    }

    /** The longest sector word of the lexicon the name ends in, or null: 新一代|电子信息. */
    private String sectorAtEnd(String name) {
        for (String sector : sectors) if (name.endsWith(sector)) return sector; // longest first
        return null;
    }

    /** True for a name of a field that has a sector's head word or is (or ends in) a sector word of the lexicon. */
    private boolean sectorLike(String name) {
        if (SECTOR_HEAD.matcher(name).find()) return true;
        for (String s : sectors) if (name.endsWith(s)) return true;
        return false;
    }

    /** True when the name is one word of quality, degree or quantity (重大产业, 重要产业链), not a sector word. */
    private boolean singleQuality(List<Token> tokens, int start, int end, String name) {
        if (sectors.contains(name)) return false;
        for (Token tok : tokens) {
            if (tok.span().start() == start && tok.span().end() == end) {
                String tag = tok.tag();
                return tag.startsWith("a") || tag.startsWith("b") || tag.startsWith("z") || tag.startsWith("d") || tag.startsWith("m");
            }
        }
        return false;
    }

    /**
     * HanLP may read the first character of a name as a verb (化 of a product, 可 of 可再生) and the name start is then
     * put after it. The character is put back when the article writes it with the rest of the name at least twice after
     * a boundary (a punctuation mark, a particle or the sentence start): a verb would not stand there with its object.
     */
    static int rejoinSplitVerb(String t, int start, int end, List<Token> tokens, ArticleContext context) {
        if (start == 0 || end - start < 2) return start;
        int k = tokenEndingAt(tokens, start);
        if (k < 0) return start;
        Token v = tokens.get(k);
        if (v.text().length() != 1 || !v.tag().startsWith("v")) return start;
        String longer = v.text() + t.substring(start, end);
        int echoes = 0;
        for (Sentence s : context.sentences()) {
            String st = s.text();
            for (int i = st.indexOf(longer); i >= 0; i = st.indexOf(longer, i + 1)) {
                if (i == 0 || FUNCTION.indexOf(st.charAt(i - 1)) >= 0 || !Character.isIdeographic(st.charAt(i - 1))) echoes++;
            }
        }
        return echoes >= 2 ? start - 1 : start;
    }

    private static void add(List<Candidate> out, Sentence s, Span span, String name, double conf) {
        for (Candidate c : out) if (c.span().overlaps(span) && c.span().length() >= span.length()) return;
        out.removeIf(c -> c.span().overlaps(span));
        out.add(Candidate.of(s.index(), span, EntityKind.INDUSTRY, name, conf));
    }

    /**
     * Where an industry name ending at {@code end} starts: after the last function character, verb,
     * numeral, pronoun or place name before it, within {@code [from, end)}.
     */
    static int nameStart(String t, int from, int end, List<Token> tokens) {
        int start = from;
        for (int k = from; k < end; k++) {
            if (FUNCTION.indexOf(t.charAt(k)) < 0) continue;
            Token word = OrganizationFinder.tokenAt(tokens, k);
            // 从事|地毯: 从 inside a verb of developing stays for that verb to be cut whole
            if (word == null || word.text().length() == 1 || !LEADING_VERB.matcher(word.text()).matches()) start = k + 1;
        }
        start = afterReferenceAndVerb(t, start, end);
        int keptAfter = -1;
        for (Token tok : tokens) {
            if (tok.span().end() <= start || tok.span().end() > end) continue;
            if (tok.span().start() < start) continue;
            boolean joiner = tok.text().equals("及") && tok.span().start() > start; // 电力电子器件及应用 is one name
            // 可再生能源, 可降解材料: 可 and the verb after it start the name
            if (tok.text().equals("可") && tok.span().end() < end) keptAfter = tok.span().end();
            joiner |= tok.text().equals("可") && tok.span().end() < end || tok.span().start() == keptAfter;
            if (!joiner && (OrganizationFinder.isStopTag(tok.tag()) || tok.isPlace() || tok.tag().startsWith("r"))) {
                start = tok.span().end();
            }
        }
        return withBoundMorpheme(afterReferenceAndVerb(t, start, end), tokens);
    }

    /**
     * A name does not begin with a bound morpheme (纤 of 超纤): when the segmenter has read the character before it as a
     * verb of one character (超), that character is put back (超纤复合新材料).
     */
    private static int withBoundMorpheme(int start, List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            if (tok.span().start() != start) continue;
            Token prev = tokens.get(k - 1);
            boolean bound = tok.text().length() == 1 && tok.tag().equals("ng");
            return bound && prev.text().length() == 1 && prev.tag().equals("v") && prev.span().end() == start ? start - 1 : start;
        }
        return start;
    }

    /** Words that make a sentence speak of an economy's sectors: what an area develops, produces, earns or invests in. */
    private static final Pattern ECONOMIC = Pattern.compile("发展|培育|壮大|打造|做强|做大|做优|布局|聚焦|围绕|引进|集聚|主导|支柱|"
            + "龙头|链|集群|基地|园区|产值|产量|营收|收入|销售|规模|项目|投资|企业|产能|转型|升级|特色|优势|新兴|增加值");

    /**
     * True when a sector word of the lexicon, found with no industry word, stands where a sector is meant: in a list
     * (、, 等), before 业/产业/经济, or in a sentence about developing, producing, earning or investing. A sentence that
     * only passes by the word (游客在光伏板下散步) names no sector of the area.
     */
    private static boolean economicContext(String t, Span span) {
        return listed(t, span) || ECONOMIC.matcher(t).find();
    }

    /** True when the sector word at {@code span} is an item of a list (、, 等) or stands before 业, 产业 or 经济. */
    private static boolean listed(String t, Span span) {
        String after = t.substring(span.end());
        char before = span.start() > 0 ? t.charAt(span.start() - 1) : ' ';
        return after.startsWith("、") || before == '、' || after.startsWith("等") || after.startsWith("业") || after.startsWith("产业")
                || after.startsWith("经济");
    }

    /** Verbs of developing a sector, right before its word: 发展|光伏, 培育|电商. */
    private static final Pattern DEVELOPED = Pattern.compile("(?:发展|培育|壮大|打造|做强|做大|做优|布局|深耕|主攻|聚焦)$");

    /** True when a verb of developing stands right before the sector word at {@code span}. */
    private static boolean developedHere(String t, Span span) { return DEVELOPED.matcher(t.substring(0, span.start())).find(); }



    /** A verb of developing inside a name ends what comes before it: 立足优势发展X产业 is X. */
    private static final Pattern INNER_VERB = Pattern.compile("发展|培育|壮大|打造|做强|做大");

    /** Past a leading reference (全市) and a verb of developing (要做强) at {@code start}, leaving two characters at least. */
    private static int afterReferenceAndVerb(String t, int start, int end) {
        Matcher inner = INNER_VERB.matcher(t.substring(start, end));
        int cut = -1;
        while (inner.find()) if (inner.start() > 0 && end - start - inner.end() >= 2) cut = inner.end();
        if (cut > 0) start += cut;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Pattern p : new Pattern[] {REFERENCE_HEAD, LEADING_VERB, LEADING_QUALIFIER}) {
                Matcher m = p.matcher(t.substring(start, end));
                if (m.find() && m.end() > 0 && end - start - m.end() >= 2) {
                    start += m.end();
                    moved = true;
                }
            }
        }
        return start;
    }

    /** The name without function words at its left: {@code 大力发展新能源} → 新能源. */
    static String trimLeft(String s) {
        int i = 0;
        for (String verb : new String[] {"大力发展", "加快发展", "重点发展", "发展", "培育", "壮大", "打造", "做强", "做大", "推动", "围绕", "聚焦", "以", "和", "与", "及"}) {
            if (s.startsWith(verb) && s.length() - verb.length() >= 2) { i = verb.length(); break; }
        }
        String r = s.substring(i);
        int cut = -1;
        for (int k = 0; k < r.length(); k++) if (FUNCTION.indexOf(r.charAt(k)) >= 0) cut = k;
        return cut >= 0 ? r.substring(cut + 1) : r;
    }

    private static boolean plausible(String name) {
        return name.length() >= 2 && name.length() <= 12 && !NOT_A_SECTOR.matcher(name).matches()
                && !LEADING_VERB.matcher(name).matches() // 为促进|产业发展: a verb, no sector
                && !VERB_AND_ONE.matcher(name).matches() // 发展新|产业: a verb and a quality, no sector
                && !NOT_A_SECTOR_END.matcher(name).find() && !NOT_A_SECTOR_TAIL.matcher(name).find() && !name.startsWith("型") && !name.endsWith("性")
                && !name.contains("集团") && !name.contains("公司") // 娲石集团光谷产业园: a firm's park
                && !name.contains("银行") && !ORG_INSIDE.matcher(name).find() && !COUNT_ONLY.matcher(name).matches();
    }

    /** A verb of developing and one character after it, ending a name: (村里)发展新(产业), 培育大(产业). */
    private static final Pattern VERB_AND_ONE = Pattern.compile(".*(?:发展|培育|壮大|打造|做强|做大|推动|促进|布局)\\p{IsHan}");

    /** True when the word ending at {@code end} is an adjective or adverb: 优势明显, 带动能力强 describe, not name. */
    private static boolean endsInQuality(List<Token> tokens, int end) {
        for (Token tok : tokens) {
            if (tok.span().end() == end) return tok.tag().startsWith("a") || tok.tag().startsWith("d");
        }
        return false;
    }
}
