package org.countygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds enterprises, government bodies and zones by the shape of their names.
 *
 * <ul>
 *   <li>Enterprises: a name ending in a company form ({@code …有限公司}, {@code …集团}, {@code …股份},
 *       {@code …银行…支行}), its left edge at a boundary; the segmenter's organisation names
 *       that end in such a form.</li>
 *   <li>Government bodies: a division followed by a body word ({@code 攸县县委}, {@code 荷塘区委},
 *       {@code 高新区管委会}).</li>
 *   <li>Zones: {@code …高新区}, {@code …经开区}, {@code …开发区}, {@code …工业园}, {@code …片区}.</li>
 * </ul>
 */
public final class OrganizationFinder implements MentionFinder {
    private static final String COMPANY = "(?:股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团公司|集团|股份公司|公司|(?:农民)?专业合作社(?:联合社)?|股份经济合作社|经济合作社|合作社|银行(?:\\p{IsHan}{2,6}?(?:分行|支行))?|农商行|制造厂|书店|民宿|农场|牧场|酒店|宾馆|庄园|农庄|餐馆|交易所)";
    private static final Pattern COMPANY_END = Pattern.compile(COMPANY);
    /** One of these is in every match of {@link #COMPANY_END}, {@link #ZONE_END}, {@link #BARE_ZONE}, {@link #FIRM_LIST}. */
    private static final List<String> COMPANY_WORDS = List.of("公司", "集团", "合作社", "银行", "农商行", "制造厂", "书店", "民宿", "农场", "牧场", "酒店", "宾馆",
            "庄园", "农庄", "餐馆", "交易所");
    private static final List<String> ZONE_WORDS = List.of("区", "园", "新城", "科学城", "科技城");
    private static final List<String> BARE_ZONE_WORDS = List.of("高新区", "经开区", "开发区");
    private static final List<String> FIRM_WORDS = List.of("企", "公司", "厂", "集团", "银行");
    /** A school name the segmenter reads whole (湖南工学院/nt) counts when it starts with a province's name. */
    private static final Pattern PLACE_HEAD = Pattern.compile("(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|中国)");
    private static final List<String> SCHOOL_WORDS = List.of("大学", "学院", "小学", "中学", "幼儿园");
    private static final Pattern SCHOOL_END = Pattern.compile("(?:大学|学院)(?!生|士|派|路|街|站)|(?<!中)(?:中心|实验)?(?:小学|中学|幼儿园)(?!生|部|阶段|教师|老师)");
    /** A place's level at the end of a school's head: 某某镇|中心小学, 某某村|小学. */
    private static final Pattern LEVEL_HEAD_END = Pattern.compile(".*[省市县区镇乡村]$");
    private static final Pattern ZONE_END = Pattern.compile("(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|产业园区|工业园|产业园|工业集中区|示范区|片区|园区|新城|新区|科学城|科技城|保税区|自贸区)");
    /**
     * How the name of a designated area ends that is no development zone but is a zone of its own (a scenic or tourist
     * area, a protected park, a historic district, an old town, an irrigation district): 某某景区, 某湖国家湿地公园,
     * 某某历史文化街区, 某某古镇, 某某灌区.
     */
    private static final Pattern LANDMARK_END = Pattern.compile("(?:风景名胜区|风景区|景区|旅游度假区|度假区|国家公园|(?:国家级?|省级)?(?:湿地公园|森林公园|地质公园)"
            + "|主题公园|遗址公园|历史文化街区|特色街区|文化街区|艺术街区|街区|古镇|古城|灌区)(?![市区县镇乡村])");
    /** Titles of a firm's officers: an area's name before them is the firm that runs the area (某某古镇董事长). */
    private static final Pattern FIRM_TITLE_AFTER = Pattern.compile("(?:副?董事长|副?总经理|副?总裁|董事|监事|首席执行官)");
    private static final List<String> LANDMARK_WORDS = List.of("景区", "度假区", "公园", "街区", "古镇", "古城", "灌区");
    /** Heads that say what kind or grade of area it is, not which: 4A级景区, 旅游景区, 各景区, 这座古城, 周边景区. */
    private static final Pattern KIND_OF_LANDMARK = Pattern.compile(".*(?:[0-9０-９A-ZＡ-Ｚ]|级|国家|旅游|风景|各|该|本|这|那|此|其|等|个|座|处|家|大|小|类|型"
            + "|周边|附近|沿线|重点|热门|知名|著名|主要|部分|多个|全|新|老|城市|乡村|农村|特色|历史|文化|生态|智慧|红色|康养|休闲|养生|度假|数字|孪生|核心|金融|商业|高端|主)$|(?:各|该|本|这|那|全|多|一|两|几).*");
    private static final Pattern BODY_AFTER = Pattern.compile("^(?:(?:省委|市委|县委|区委)党校|县委|区委|市委|州委|省委|旗委|党委|党工委|人民政府|政府|管委会|人大常委会|人大|政协|纪委监委|纪委|委员会|\\p{IsHan}{1,6}?(?:局|办公室|办|委|中心|所|站|巡察组)|\\p{IsHan}{2,8}?(?:支队|大队))");
    private static final String LEFT_STOP = "的在和与及是了等由让把被向为对从将往、，,。：:；;“”\"（）()《》【】·—";
    private static final String NOT_IN_NAME = "的在和是了等由让把被向为对从将这那些个其全各每该本我不";
    private static final int MAX_NAME = 24;
    /** Heads that make a phrase about some firm, not a firm's name: 一家互联网公司, 这家公司. */
    private static final Pattern GENERIC_FIRM = Pattern.compile("(?:一家|几家|多家|这家|那家|该|各|每家|本|两家|三家|一批|半数|^多|^某"
            + "|^(?:股份)?有限(?:责任)?$|^股份$)"); // 有限公司, 股份公司 alone: the form of a firm, no name
    /** A list of names before a word for firms: {@code 促成A、B、C等企业}, {@code A、B、C三家公司}. */
    private static final Pattern FIRM_LIST = Pattern.compile(
            "((?:[\\p{IsHan}A-Za-z0-9]{2,10}、)+[\\p{IsHan}A-Za-z0-9]{2,10})(?:等(?:一批|多家)?|[两三四五六七八九十几多]家)(?:\\p{IsHan}{0,4})?(?:企业|公司|厂商|厂家|集团|车企|药企|银行)");
    /** The business words of {@link #BRAND}, one of which a sentence must hold for it to match. */
    private static final List<String> BRAND_WORDS = List.of("新材料", "电气", "电机", "科技", "光电", "药业", "重工", "控股", "实业",
            "电子", "智能", "能源", "物流", "股份", "传媒", "乳业", "食品", "机械", "汽车", "光伏", "化工", "新能", "制药", "环保");
    /** A brand followed by a word that, after a proper name, marks a company: 时代电气, 中车电机. */
    private static final Pattern BRAND = Pattern.compile(
            "(\\p{IsHan}{2,4}?)(" + String.join("|", BRAND_WORDS) + ")");
    private static final String BRAND_AFTER = "首的等、,，在将与和是已也还董总项订产今正";
    /**
     * True when the words before a business word are no brand: an adverb among them (方便又|环保), a bound morpheme of one
     * character first (医共|体|低空物流), or a common word of the segmenter that runs on into the business word (广西|人工|智能
     * is 人工智能, a sector; 宝钢股份/nt is a name).
     */
    private static boolean brandHeadIsNoName(List<Token> tokens, int start, int wordStart) {
        for (Token tok : tokens) {
            boolean proper = tok.isOrganization() || tok.isPlace() || tok.isPerson() || tok.tag().equals("nz") || tok.tag().equals("j");
            if (tok.span().start() < wordStart && tok.span().end() > wordStart && tok.span().start() >= start && !proper) return true;
            if (tok.span().start() >= start && tok.span().end() <= wordStart && tok.tagClass() == 'd') return true;
            if (tok.span().start() == start && tok.text().length() == 1 && tok.tag().equals("ng")) return true;
        }
        return false;
    }

    /** Verbs of policy that begin no brand: 保障|能源供应, 促进|科技成果转化, 稳定增加|汽车消费. */
    private static final Pattern POLICY_VERB_HEAD = Pattern.compile("(?:要|将|继续|大力|进一步|稳定|合理)*(?:促进|保障|保证|推进|增加|发展|振兴"
            + "|建设|稳定|协调|利用|加快|加强|支持|扶持|推动|提高|扩大|鼓励|引导|实现|发挥|依靠|开发)");
    /** Words of grade or kind that before a business word name goods or a sector, not a brand: 高端新材料, 基础化工. */
    private static final Pattern QUALITY_HEAD = Pattern.compile("高端|中高端|低端|中端|新型|先进|基础|传统|现代|绿色|新兴|精细|特种|高性能|高附加值");
    /** Generic zone words that after a bare division name are not a zone's name: 攸县园区. */
    private static final Pattern GENERIC_ZONE = Pattern.compile("(?:园区|工业园|产业园|科学城|科技城|(?<!高)新区)$");
    /** A count before a zone word ({@code 三大科学城}, {@code 两个园区}): how many, not which. */
    private static final Pattern COUNTED_ZONES = Pattern.compile("[一二两三四五六七八九十百几多数]+[大个座]?");
    /** Bare zone words that refer to the zone an article names: 高新区 for 株洲高新区. */
    private static final Pattern BARE_ZONE = Pattern.compile("(?<![\\p{IsHan}])(?:高新区|经开区|开发区)|(?<=[在的、，,])(?:高新区|经开区|开发区)");


    private final Segmenter words;
    private final NameTrie titles;

    /**
     * A finder that segments the head of each firm's or school's name it finds with {@code words}, to tell a kind
     * (检测服务公司, 农村小学) from a name; a firm one of {@code titles} follows is one firm, whatever its head
     * (某检测服务公司负责人: a post in it).
     */
    public OrganizationFinder(Segmenter words, Lexicon titles) {
        this.words = Objects.requireNonNull(words, "words");
        this.titles = new NameTrie(Objects.requireNonNull(titles, "titles").entries());
    }

    @Override
    public List<Candidate> find(Sentence sentence, ArticleContext context) {
        String t = sentence.text();
        // the titles in the sentence, which brands and the kind checks below both read: scanned once, when either needs them
        List<Span> posts = containsAny(t, BRAND_WORDS) ? titles.findAll(t) : null;
        List<Candidate> out = candidates(sentence, context, posts);
        out.removeIf(c -> c.kind() == EntityKind.ORGANIZATION && LOWER_SCHOOL_WORD.matcher(c.name()).find() && !namedSchool(c.name()));
        if (out.stream().noneMatch(c -> c.kind() == EntityKind.ENTERPRISE)) return out;
        if (posts == null) posts = titles.findAll(t);
        List<Span> titleSpans = posts;
        out.removeIf(c -> c.kind() == EntityKind.ENTERPRISE && titleSpans.stream().noneMatch(p -> p.start() == c.span().end())
                && (describesAKind(c.name()) || oneWordBeforeAVenue(c.name()) || sectorBeforeABusinessWord(c.name())
                    || aSectorsName(c.name())));
        out.removeIf(c -> c.kind() == EntityKind.ENTERPRISE && BARE_LEVEL_HEAD.matcher(c.name()).lookingAt()); // 省国贸集团, 县供电公司
        return out;
    }

    /** A bare level word at a firm's start, which refers to the firm of the province or county the article is about (省某某集团, 县供电公司) or to a kind (乡镇劳务合作社): no firm's name. */
    private static final Pattern BARE_LEVEL_HEAD = Pattern.compile("省|县(?!城)|乡镇");

    /** Tags of one common word that, before a weak business word, makes a sector, not a brand: 气象/n, 加热/vi, 未来/t, 电动/b. */
    private static final java.util.Set<String> SECTOR_HEAD_TAGS = java.util.Set.of("n", "vn", "v", "vi", "t", "b");

    /**
     * True when a brand-like name is one common word and a weak business word ({@code 气象科技}, {@code 电动汽车},
     * {@code 未来能源}): a sector or a kind of goods, not a brand (a coined or proper word such as 宇树, 鹰眼 is one; the
     * strong words 电气, 重工… keep 时代电气).
     */
    private boolean sectorBeforeABusinessWord(String name) {
        if (COMPANY_END.matcher(name).find()) return false;
        for (String word : BRAND_WORDS) {
            if (!name.endsWith(word) || STRONG_BRAND_WORDS.contains(word) || name.length() - word.length() < 2) continue;
            List<Token> head = words.segment(name.substring(0, name.length() - word.length()));
            return head.size() == 1 && SECTOR_HEAD_TAGS.contains(head.get(0).tag());
        }
        return false;
    }

    /** The sectors of the bundled lexicon (新能源汽车, 冷链物流), which a brand-like name that is one of them only names. */
    private static final Lexicon SECTORS = Lexicon.bundled("sectors.txt");

    /**
     * True when a brand-like name, with no company word, is a sector of the lexicon ({@code 冷链物流}, {@code 新能源汽车}) or
     * joins two things with 与, 及 or 或 ({@code 稀土与钨新材料}): sectors, not a brand.
     */
    private static boolean aSectorsName(String name) {
        if (COMPANY_END.matcher(name).find()) return false;
        return SECTORS.contains(name) || name.indexOf('与') > 0 || name.indexOf('及') > 0 || name.indexOf('或') > 0;
    }

    /** Kinds of venue that a firm's own name ends with, after a word for its trade: 某某咖啡庄园, 某某人家餐馆, 某某产权交易所. */
    private static final Pattern VENUE_END = Pattern.compile("(?:庄园|农庄|餐馆|交易所)$");

    /**
     * True when a venue's name is a short trade of common words and its kind ({@code 咖啡庄园}, {@code 大数据交易所}): a
     * kind of venue, not a name (a name has a place's or a proper word in it, or is longer: 某某人家餐馆).
     */
    private boolean oneWordBeforeAVenue(String name) {
        Matcher end = VENUE_END.matcher(name);
        if (!end.find() || end.start() > 3) return false;
        for (Token tok : words.segment(name.substring(0, end.start()))) {
            String tag = tok.tag();
            if (!(COMMON_TAGS.contains(tag) || tag.equals("nf")) || tok.isPerson()) return false;
        }
        return true;
    }

    /** The word that ends a primary or middle school's name, with 中心 or 实验 before it: 中心小学, 中学, 幼儿园. */
    private static final Pattern LOWER_SCHOOL_WORD = Pattern.compile("(?:中心|实验)?(?:小学|中学|幼儿园)$");

    /**
     * True when a primary or middle school's head, segmented on its own, holds a place, a person's or another proper
     * name (某某村|小学, 某某镇中心|小学): a school, not a kind of school (农村小学, 普通中学, 民办幼儿园) or a count of
     * them (三万多所农业中学).
     */
    private boolean namedSchool(String name) {
        Matcher word = LOWER_SCHOOL_WORD.matcher(name);
        if (!word.find() || word.start() < 2) return false;
        String head = name.substring(0, word.start());
        if (Character.isDigit(head.charAt(0)) || COUNTED_ZONES.matcher(head.substring(0, 1)).matches()) return false;
        for (Token tok : words.segment(head)) {
            if (tok.isPlace() || tok.isPerson() || tok.tag().equals("nz") || (tok.isOrganization() && tok.text().length() >= 3)) return true;
        }
        return false;
    }

    /** Names of the state's own groups, whose heads are common words: 国家能源投资集团, 中国建设银行. */
    private static final Pattern NATIONAL_HEAD = Pattern.compile("^(?:国家|中国|中华|全国)");
    /** The forms of a firm at the end of a name that a line of business goes before (a bank's or a farm's name is a name). */
    private static final Pattern FIRM_FORM_END = Pattern.compile("(?:有限责任公司|有限公司|公司|集团|合作社)$");
    /** Distinguishing words of size, level or ownership, which before a firm's form make a kind: 大型企业集团, 县级国有劳务公司. */
    private static final Pattern SIZE_OR_LEVEL = Pattern.compile("大型|中型|小型|广大|县级|市级|省级|乡级|村级|民营|私营|个体|集体");
    /** Tags of common words: nouns, verbs, verbal nouns, distinguishing words, adjectives. */
    private static final Pattern COMMON_TAG = Pattern.compile("n|vn|v|vi|b|a|an|ad|d|f|s");
    /** Tags of a word of doing (服务/vn, 养猪/v), which tells a line of business (a distinguishing word such as 巾帼/b may start a name). */
    private static final Pattern BUSINESS_TAG = Pattern.compile("vn|v|vi");

    /**
     * True when a firm's name, before its company word, is two words or more of two characters or more, all of them
     * common, one a word of doing or of size, level or ownership: a line of business (某某检测服务公司 without its 某某: 检测服务公司;
     * 生态养猪合作社; 县级国有劳务公司), not a name. A name has a proper word or a coined one in it (星河彩灯公司 has
     * no verb; 哈电集团 has a one-character word).
     */
    private boolean describesAKind(String name) {
        Matcher end = FIRM_FORM_END.matcher(name);
        if (!end.find() || end.start() < 4 || NATIONAL_HEAD.matcher(name).find()) return false;
        int companyWord = end.start();
        List<Token> head = words.segment(name.substring(0, companyWord));
        if (head.size() < 2) return false;
        boolean business = false;
        for (Token tok : head) {
            if (tok.text().length() < 2 || !COMMON_TAG.matcher(tok.tag()).matches()) return false;
            business |= BUSINESS_TAG.matcher(tok.tag()).matches() || (tok.tag().equals("b") && SIZE_OR_LEVEL.matcher(tok.text()).matches());
        }
        return business;
    }

    /** The firms, zones and schools of {@code sentence}; {@code titleSpans} are its post titles, read when it holds a business word of a brand. */
    private List<Candidate> candidates(Sentence sentence, ArticleContext context, List<Span> titleSpans) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = context.tokens(sentence.index());
        // each pattern needs words most sentences lack: looking for them first spares regex scans
        if ((t.indexOf('（') >= 0 || t.indexOf('(') >= 0) && t.contains("公司")) firmsWithAPlaceInParentheses(sentence, out);
        if (containsAny(t, COMPANY_WORDS)) byEnding(sentence, tokens, COMPANY_END, EntityKind.ENTERPRISE, 0.85, out);
        if (containsAny(t, ZONE_WORDS)) byEnding(sentence, tokens, ZONE_END, EntityKind.ZONE, 0.8, out);
        if (containsAny(t, LANDMARK_WORDS)) byEnding(sentence, tokens, LANDMARK_END, EntityKind.ZONE, 0.75, out);
        if (containsAny(t, SCHOOL_WORDS)) schools(sentence, tokens, out);
        firmLists(sentence, tokens, out);
        if (t.indexOf('“') >= 0) quotedShops(sentence, tokens, out);
        brands(sentence, tokens, out, titleSpans);
        Matcher bare = BARE_ZONE.matcher(t);
        while (containsAny(t, BARE_ZONE_WORDS) && bare.find()) {
            Span span = new Span(bare.start(), bare.end());
            if (out.stream().noneMatch(c -> c.span().overlaps(span))) {
                out.add(Candidate.of(sentence.index(), span, EntityKind.ZONE, bare.group(), 0.6));
            }
        }
        for (Token tok : tokens) {
            if (!tok.isOrganization() || tok.text().length() < 4) continue;
            Matcher end = COMPANY_END.matcher(tok.text());
            boolean company = end.find() && end.end() == tok.text().length() && end.start() >= 2
                    && !GENERIC_FIRM.matcher(tok.text()).find() && !hasFunctionChar(tok.text().substring(0, end.start()))
                    && !NOT_A_FIRM_HEAD.matcher(tok.text().substring(0, end.start())).find()
                    && !COMMON_HEAD_WORDS.contains(tok.text().substring(0, end.start()))
                    && !kindOf(tok.text().substring(0, end.start()), end.group())
                    && !unnamedSubsidiary(tok.text().substring(0, end.start()), end.group());
            if (!company || afterACount(t, tok.span().start())) continue;
            String tokHead = LEADING_VERB.matcher(tok.text().substring(0, end.start())).replaceFirst(""); // 发展|农民专业合作社
            if (tokHead.length() < 2 || kindOfFirm(tokHead)
                    || (SHOP.matcher(end.group()).matches() && (KIND_OF_SHOP.matcher(tokHead).matches() || RUNNING_SHOP.matcher(tokHead).lookingAt()
                        || SYSTEM_AFTER.matcher(t.substring(tok.span().end())).lookingAt()))) continue;
            Span whole = tok.text().startsWith("中共") && end.start() >= 4 ? new Span(tok.span().start() + 2, tok.span().end()) : tok.span();
            if (fromAfterVerb(t, tok.span().start()) && end.start() >= 3) whole = new Span(whole.start() + 1, whole.end()); // 产|自某某集团
            // 入|职沈阳某某有限公司: the segmenter took the last character of a verb before a division's name
            Span span = startsInsideWord(t, whole) && isDivisionName(t.substring(whole.start() + 1, Math.min(whole.end(), whole.start() + 3)))
                    && !divisionAtStart(t, whole.start(), whole.end())
                    ? new Span(whole.start() + 1, whole.end()) : whole;
            if (out.stream().noneMatch(c -> c.span().overlaps(span))) {
                out.add(Candidate.of(sentence.index(), span, EntityKind.ENTERPRISE, span.of(t), 0.7));
            }
        }
        return out;
    }

    /** A shop's, an inn's or a farm's own name in quotation marks, its kind last: “某某民宿”, “某某小院”, “某某咖啡”. */
    private static final Pattern QUOTED_SHOP = Pattern.compile("“((\\p{IsHan}{2,8}?)(?:民宿|客栈|酒店|饭店|餐馆|餐厅|农庄|农家乐|小院|咖啡馆|咖啡|茶馆|茶楼|茶舍|书屋|工坊|商店|小店|庄园|山庄|酒坊|作坊|手作|面馆))”");

    /**
     * Shops, inns and farms named in quotation marks ({@code 变成了“某某民宿”}, {@code 改造为“某某咖啡”}): the name inside
     * the marks, when its head is no kind (家庭农场), holds no particle, pronoun or numeral, and no verb or word of place
     * by the segmenter. (A quoted 超市 is mostly a scheme: “人才超市”, “积分超市”.)
     */
    private static void quotedShops(Sentence sentence, List<Token> tokens, List<Candidate> out) {
        String t = sentence.text();
        Matcher m = QUOTED_SHOP.matcher(t);
        while (m.find()) {
            String name = m.group(1);
            if (hasFunctionChar(name) || COUNTED_SHOP.matcher(name).lookingAt() || KIND_OF_SHOP.matcher(m.group(2)).matches()) continue;
            if (tokens.stream().anyMatch(tok -> tok.span().start() >= m.start(2) && tok.span().end() <= m.end(2)
                    && (tok.tag().equals("v") || tok.tagClass() == 's' || tok.tagClass() == 'f'))) continue; // “某某煮咖啡”, “路边咖啡馆”: a verb or a place word, no name
            Span span = new Span(m.start(1), m.end(1));
            if (out.stream().noneMatch(c -> c.span().overlaps(span))) out.add(Candidate.of(sentence.index(), span, EntityKind.ENTERPRISE, name, 0.75));
        }
    }

    /** A place (or any two or three characters) in parentheses inside a firm's name, then the rest of it: （深圳）有限公司. */
    private static final Pattern PLACE_IN_NAME = Pattern.compile("[（(](\\p{IsHan}{2,3})[）)](\\p{IsHan}{0,8}?)(?:股份有限公司|有限责任公司|有限公司|公司)");

    /** True when the 自 at {@code at} ends a verb with the character before it (产自, 来自, 源自, 出自): no firm's name starts there. */
    private static boolean fromAfterVerb(String t, int at) {
        return at > 0 && at < t.length() && t.charAt(at) == '自' && "产来源出".indexOf(t.charAt(at - 1)) >= 0;
    }

    /** Characters a brand before （某地） does not run left over: pronouns, particles, prepositions (not 全, 各, 本: 某全农农业, 本源某某). */
    private static final String BRAND_STOP = "的在和是了等由让把被向为对从将这那些个其每该我";

    /**
     * {@code 某某托育（深圳）有限公司}, {@code 某某航空科技（昆山）有限公司}: a firm registered under its brand with the place of
     * the registration in parentheses. The brand runs left from the parenthesis to the first boundary (punctuation, a
     * function word) and starts after a role word (研发企业, 投资方); the segmenter cuts such names at the parenthesis
     * (深圳）有限公司/nt), which the general pattern would take for the name.
     */
    private static void firmsWithAPlaceInParentheses(Sentence sentence, List<Candidate> out) {
        String t = sentence.text();
        Matcher m = PLACE_IN_NAME.matcher(t);
        while (m.find()) {
            int start = m.start();
            while (start > 0 && m.start() - start < 12 && Character.isIdeographic(t.charAt(start - 1))
                    && LEFT_STOP.indexOf(t.charAt(start - 1)) < 0 && BRAND_STOP.indexOf(t.charAt(start - 1)) < 0) start--;
            Matcher role = ROLE_BEFORE_NAME.matcher(t.substring(start, m.start()));
            int cut = -1;
            while (role.find()) cut = role.end(); // 研发企业|某某科技（广西）有限公司: a role before the name
            if (cut > 0 && m.start() - start - cut >= 2) start += cut;
            if (m.start() - start < 2) continue;
            Span span = new Span(start, m.end());
            if (out.stream().noneMatch(c -> c.span().overlaps(span))) out.add(Candidate.of(sentence.index(), span, EntityKind.ENTERPRISE, span.of(t), 0.85));
        }
    }

    private static void firmLists(Sentence sentence, List<Token> tokens, List<Candidate> out) {
        String t = sentence.text();
        if (t.indexOf('、') < 0 || !containsAny(t, FIRM_WORDS)) return; // spares a regex scan of most sentences
        Matcher m = FIRM_LIST.matcher(t);
        while (m.find()) {
            if (GOODS_MAKERS.matcher(m.group()).find()) continue; // 化肥、农药、种子等农资生产企业: goods, and the firms making them
            if (FIRM_WORD_GOES_ON.matcher(t).region(m.end(), t.length()).lookingAt()) continue; // 环保、节水等企业|所得税: a tax, no firms
            if (SECTOR_FIRMS.matcher(m.group()).find()) continue; // 算力、模型等上下游企业: links of a chain, and the firms in them
            // 采煤、发电、冶炼、化工等企业: trades, not firms; a count of firms names firms (某某移动、电信、联通三家公司), and banks'
            // short names are common words (建行、华夏等银行)
            boolean counted = !t.startsWith("等", m.end(1));
            if (!counted && !m.group().endsWith("银行") && mostlyCommonWords(m.group(1), m.start(1), tokens)) continue;
            int at = m.start(1);
            boolean first = true;
            for (String item : m.group(1).split("、")) {
                int start = at;
                at += item.length() + 1;
                boolean lead = first;
                first = false;
                // words such as verbs that lead the first item (促成|广东顺为) are cut; inside a name they stay (顺|为)
                int nameStart = start;
                int conj = Math.max(item.lastIndexOf('与'), Math.max(item.lastIndexOf('和'), item.lastIndexOf('及')));
                if (conj >= 0 && tokenStartsAt(tokens, start + conj + 1)) nameStart = start + conj + 1; // 某市与|中国某某、某某等企业
                for (Token tok : tokens) {
                    // after a 、 an item starts at the list's own boundary: 、中|车电机 keeps its 中
                    if ((lead || nameStart > start) && tok.span().start() == nameStart && tok.span().end() < start + item.length() && isStopTag(tok.tag())) {
                        nameStart = tok.span().end();
                    }
                }
                Span span = new Span(nameStart, start + item.length());
                if (span.length() < 2 || out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
                if (ASSOCIATION_END.matcher(span.of(t)).find() || Character.isDigit(t.charAt(span.end() - 1))) continue; // 某协会、某分会10多家会员企业
                out.add(Candidate.of(sentence.index(), span, EntityKind.ENTERPRISE, span.of(t), 0.75));
            }
        }
    }

    /** True when half the items of a list or more are each one or two common words, verbs or adjectives of the segmenter's (采煤, 化工, 节能|节水). */
    private static boolean mostlyCommonWords(String items, int from, List<Token> tokens) {
        int common = 0, n = 0, at = from;
        for (String item : items.split("、")) {
            int start = at;
            Token lead = n == 0 ? tokenAt(tokens, at) : null; // 引导|交通运输、…: a verb before the first item is no part of it
            if (lead != null && lead.span().start() == at && lead.span().end() < at + item.length() && isStopTag(lead.tag())) start = lead.span().end();
            n++;
            if (commonWordsOnly(tokens, start, at + item.length())) common++;
            at += item.length() + 1;
        }
        return 2 * common >= n;
    }

    /**
     * True when the segmenter's words tile {@code [start, end)} and are one or two everyday words (化工, 节能|节水, 交通|运输);
     * a firm's name of three common nouns (某石|智能|家居) is a brand.
     */
    private static boolean commonWordsOnly(List<Token> tokens, int start, int end) {
        int at = start, words = 0;
        for (Token tok : tokens) {
            if (tok.span().end() <= start || tok.span().start() >= end) continue;
            if (tok.span().start() != at || tok.span().end() > end || !COMMON_ITEM_TAG.matcher(tok.tag()).matches()) return false;
            at = tok.span().end();
            words++;
        }
        return at == end && words <= 2;
    }

    /** Tags of an everyday word as a list item: a noun, a verb, a verbal noun, an adjective, a distinguishing word, a word for a kind of body (化工厂/nis). */
    private static final Pattern COMMON_ITEM_TAG = Pattern.compile("n|vn|v|vi|a|an|b|nis");

    /** Words that end an association's name, not a firm's: 某某协会, 某某分会. */
    private static final Pattern ASSOCIATION_END = Pattern.compile("(?:协会|分会|商会|联盟|学会|联合会|促进会)$");

    /** Words that make a firm word the start of another noun: 企业|所得税, 企业|家, 企业|债, 企业|年金. */
    private static final Pattern FIRM_WORD_GOES_ON = Pattern.compile("所得税|家(?![具电居])|债|年金");

    /** Words of a chain or a field between a list and its firm word: the list names sectors (某、某等上下游企业, 等领域企业); 等配套企业 and 等相关企业 may follow firms' names. */
    private static final Pattern SECTOR_FIRMS = Pattern.compile("等(?:上下游|领域)");

    /** Words of making or trading between a list and its firm word: the list names goods (某、某等农资生产企业). */
    private static final Pattern GOODS_MAKERS = Pattern.compile("等\\p{IsHan}{0,4}?(?:生产|制造|加工|经营|销售|流通)(?:企业|公司|厂商|厂家)");

    /** True when the segmenter reads {@code [start, end)} as one common noun. */
    private static boolean oneCommonWord(List<Token> tokens, int start, int end) {
        for (Token tok : tokens) {
            if (tok.span().start() == start && tok.span().end() == end) return tok.tag().equals("n") || tok.tag().equals("vn") || tok.tag().startsWith("g");
        }
        return false;
    }

    /** True when the segmenter reads a verb of two characters or more (发展, 推进) inside {@code [start, end)}. */
    private static boolean holdsVerb(List<Token> tokens, int start, int end) {
        for (Token tok : tokens) {
            if (tok.span().start() >= start && tok.span().end() <= end && tok.text().length() >= 2
                    && (tok.tag().equals("v") || tok.tag().equals("vn") || tok.tag().equals("vi"))) return true;
        }
        return false;
    }

    /** Short company names: a brand the segmenter does not read as a common word, then a business word. */
    private static void brands(Sentence sentence, List<Token> tokens, List<Candidate> out, List<Span> titleSpans) {
        String t = sentence.text();
        if (!containsAny(t, BRAND_WORDS)) return; // most sentences have none: spares a regex scan
        java.util.Set<Integer> titleStarts = new java.util.HashSet<>();
        for (Span title : titleSpans) titleStarts.add(title.start());
        Matcher m = BRAND.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            from = m.start() + 1;
            int start = m.start(1);
            int end = m.end();
            boolean leftOk = start == 0 || !Character.isIdeographic(t.charAt(start - 1)) || LEFT_STOP.indexOf(t.charAt(start - 1)) >= 0
                    || tokenStartsAt(tokens, start);
            boolean rightOk = end >= t.length() || BRAND_AFTER.indexOf(t.charAt(end)) >= 0 || !Character.isIdeographic(t.charAt(end))
                    || titleStarts.contains(end); // 某利汽车|工程师某某: a post in the brand's firm
            if (!leftOk || !rightOk || hasFunctionChar(m.group(1))) continue;
            if (t.charAt(start) == '于' && start > 0 && Character.isIdeographic(t.charAt(start - 1))) continue; // 专注|于|具身智能: the 于 of a verb
            if (QUALITY_HEAD.matcher(m.group(1)).matches()) continue; // 高端新材料: a grade of goods, not a brand
            if (SECTOR_LIST_AFTER.matcher(t).region(end, t.length()).lookingAt()) continue; // 某某新材料、某某等产业集群: sectors
            if (POLICY_VERB_HEAD.matcher(m.group(1)).lookingAt()) continue; // 保障能源, 促进科技: a verb and its object
            if (brandHeadIsNoName(tokens, start, m.start(2))) continue;
            if (holdsVerb(tokens, start, m.end(1))) continue; // 某县发展|光伏: a clause, not a brand
            if (oneCommonWord(tokens, start, end)) continue; // 人工智能: one common word the segmenter knows, not a brand
            boolean strongWord = STRONG_BRAND_WORDS.contains(m.group(2)) && end < t.length() && "首的等、,，与和董总".indexOf(t.charAt(end)) >= 0;
            if (isCommonWord(tokens, start, m.end(1)) && !(strongWord && !startsWithStop(tokens, start))) continue;
            Span span = new Span(start, end);
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            out.add(Candidate.of(sentence.index(), span, EntityKind.ENTERPRISE, span.of(t), 0.65));
        }
    }

    /** The rest of a list of sectors after a brand-like item: 、新能源汽车等产业集群, 等领域. */
    private static final Pattern SECTOR_LIST_AFTER = Pattern.compile("(?:、\\p{IsHan}{2,10}){0,6}等?\\p{IsHan}{0,4}?(?:产业|领域|行业|业态)");

    /** Business words that, before 首个/的/等/董事长, make even a common word a brand: 时代电气首个…. */
    private static final java.util.Set<String> STRONG_BRAND_WORDS = java.util.Set.of("电气", "电机", "重工", "药业", "控股", "实业", "股份", "乳业", "制药");

    private static boolean hasProperNoun(List<Token> tokens, int start, int end) {
        for (Token tok : tokens) {
            if (tok.span().start() >= start && tok.span().end() <= end && (tok.isPlace() || tok.isPerson()
                    || tok.isOrganization() || tok.tag().equals("nz") || tok.tag().equals("j") || tok.tag().equals("nx"))) return true;
        }
        return false;
    }

    /** True when the segmenter reads an organisation's name (nt) that starts at {@code start} and runs to {@code end} or past it: 某某新区区委/nt. */
    private static boolean orgWordFrom(List<Token> tokens, int start, int end) {
        Token tok = tokenAt(tokens, start);
        return tok != null && tok.span().start() == start && tok.span().end() >= end && tok.isOrganization();
    }

    private static boolean startsWithStop(List<Token> tokens, int start) {
        for (Token tok : tokens) if (tok.span().start() == start) return isStopTag(tok.tag());
        return false;
    }

    /** True when {@code head} holds a character no name holds: 项由集团, 国家在环保. */
    static boolean hasFunctionChar(String head) {
        for (int i = 0; i < head.length(); i++) if (NOT_IN_NAME.indexOf(head.charAt(i)) >= 0 || head.charAt(i) == '由') return true;
        return false;
    }

    /** True when {@code t} holds one of the words. */
    static boolean containsAny(String t, List<String> words) {
        for (String w : words) if (t.contains(w)) return true;
        return false;
    }

    private static boolean tokenStartsAt(List<Token> tokens, int pos) {
        for (Token tok : tokens) if (tok.span().start() == pos) return true;
        return false;
    }

    /** True when {@code [start, end)} is one everyday word (a common noun, verb, adjective...) or starts with a function word. */
    private static boolean isCommonWord(List<Token> tokens, int start, int end) {
        for (Token tok : tokens) {
            if (tok.span().start() == start && tok.span().end() == end) {
                return !(tok.tag().startsWith("nr") || tok.tag().startsWith("ns") || tok.tag().startsWith("nt")
                        || tok.tag().startsWith("nz") || tok.tag().equals("j") || tok.tag().equals("nx"));
            }
            if (tok.span().start() == start && isStopTag(tok.tag())) return true;
        }
        return false;
    }

    /** Bodies right after a division or zone mention: 攸县 + 县委, 高新区 + 管委会. */
    private static final Pattern LEVEL_END = Pattern.compile("[省市县区州旗]$");
    /** Titles the level's 委 begins (某某市|委书记, 某某县|委常委): a post of the division, no body named. */
    private static final Pattern OFFICE_AFTER_LEVEL = Pattern.compile("书记|副书记|常委");

    static List<Candidate> bodiesAfter(Sentence sentence, Span head, String headName) {
        String t = sentence.text();
        Matcher m = BODY_AFTER.matcher(t).region(head.end(), t.length());
        if (!m.lookingAt()) {
            if (LEVEL_END.matcher(headName).find() && t.startsWith("委", head.end()) && !t.startsWith("委员", head.end())
                    && !OFFICE_AFTER_LEVEL.matcher(t).region(head.end() + 1, t.length()).lookingAt()) {
                // 某某县|委组织部: the level character of the name is the level of its party committee (某某县委)
                int end = head.end() + 1;
                if (t.startsWith("党校", end)) end += 2; // 某某市|委党校
                Span span = new Span(head.start(), end);
                return List.of(Candidate.of(sentence.index(), span, EntityKind.GOVERNMENT_BODY, span.of(t), 0.85));
            }
            return List.of();
        }
        String body = m.group();
        if (body.endsWith("常委")) return List.of(); // 武汉市|委常委: 市委常委 is a post title, not a body
        int end = m.end();
        if (body.endsWith("政委")) { // 某某|军分区政委: 政委 is the title after the body's name
            body = body.substring(0, body.length() - 2);
            end -= 2;
            if (body.length() < 2) return List.of();
        }
        if (body.matches(".*(?:举办|主办|承办|协办|创办|开办|兴办|合办|督办|查办)")) return List.of(); // 湖南|工学院联合举办: a verb, not 办
        for (int i = 0; i < body.length(); i++) if (NOT_IN_NAME.indexOf(body.charAt(i)) >= 0) return List.of();
        Span span = new Span(head.start(), end);
        return List.of(Candidate.of(sentence.index(), span, EntityKind.GOVERNMENT_BODY, span.of(t), 0.85));
    }

    /**
     * Universities and colleges named after their place ({@code 湖北理工学院}, {@code 湘潭大学}): the words
     * before {@code 大学}/{@code 学院} begin with a place the segmenter knows; {@code 二级学院} and other kinds
     * of college do not.
     */
    private static void schools(Sentence sentence, List<Token> tokens, List<Candidate> out) {
        String t = sentence.text();
        Matcher m = SCHOOL_END.matcher(t);
        while (m.find()) {
            int start = leftEdge(t, m.start(), tokens);
            if (m.start() - start < 2) continue;
            Token first = tokenAt(tokens, start);
            Span span = new Span(start, m.end());
            boolean lower = LOWER_SCHOOL_WORD.matcher(span.of(t)).find(); // 某某村小学, 某县第二中学: named by its place or read whole
            boolean named = first != null && first.span().start() == start
                    && (first.isPlace() || (first.isOrganization() && first.span().equals(span) && PLACE_HEAD.matcher(span.of(t)).lookingAt())
                        || (lower && first.isOrganization() && first.span().end() >= span.end())
                        || (lower && LEVEL_HEAD_END.matcher(t.substring(start, m.start())).matches() && !isCommonWord(tokens, start, m.start())));
            if (!named) continue;
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            out.add(Candidate.of(sentence.index(), span, EntityKind.ORGANIZATION, span.of(t), 0.8));
        }
    }

    private static void byEnding(Sentence sentence, List<Token> tokens, Pattern ending, EntityKind kind,
                                 double conf, List<Candidate> out) {
        String t = sentence.text();
        boolean landmark = ending == LANDMARK_END;
        Matcher m = ending.matcher(t);
        while (m.find()) {
            int end = m.end();
            if (kind == EntityKind.ENTERPRISE && m.group().equals("集团")) { // 某某集团氯碱公司, 某某集团纯碱分公司: a subsidiary's name
                Matcher sub = SUBSIDIARY.matcher(t).region(end, t.length());
                if (sub.lookingAt()) end = sub.end();
            } else if (kind == EntityKind.ENTERPRISE && m.group().endsWith("公司")) { // 某某集团有限公司|某某分公司: the branch's name
                Matcher branch = BRANCH.matcher(t).region(end, t.length());
                if (branch.lookingAt()) end = branch.end();
            }
            int start = leftEdge(t, m.start(), tokens);
            if (kind == EntityKind.ENTERPRISE) start = regionStart(t, m.start(), start, tokens);
            if (kind == EntityKind.ENTERPRISE) start = afterRunInPreposition(t, start, m.start()); // 令|海南某某置业有限公司, 山东以|某某集团
            if (kind == EntityKind.ENTERPRISE) start = withOrdinalBefore(t, start); // 第二|集装箱码头有限公司: the number is the name's
            if (kind == EntityKind.ENTERPRISE) start = withShortNameBeforeLevel(t, start, m.start());
            if (kind == EntityKind.ENTERPRISE && start + 3 < m.start() && startsInsideWord(t, new Span(start, m.start()))
                    && !divisionAtStart(t, start, m.start())
                    && isDivisionName(t.substring(start + 1, start + 3))) start++; // 入|职沈阳某某有限公司
            if (kind == EntityKind.ENTERPRISE && fromAfterVerb(t, start) && m.start() - start >= 3) start++; // 产自|某某集团
            if (kind == EntityKind.ENTERPRISE) {
                Matcher date = LEADING_DATE.matcher(t.substring(start, m.start()));
                if (date.lookingAt()) start += date.end(); // 2009年|银行, 10日|工商银行: a date, no part of the name
                else if (start > 0 && Character.isDigit(t.charAt(start - 1)) && "年月日号".indexOf(t.charAt(start)) >= 0) start++; // 2026|年|某某银行
            }
            Matcher term = LEADING_TERM.matcher(t.substring(start, m.start()));
            if (term.lookingAt() && m.start() - start - term.end() >= 2) start += term.end(); // 现|某某纺织有限公司, 比如|某某集团
            Matcher role = ROLE_BEFORE_NAME.matcher(t.substring(start, m.start()));
            if (role.find() && (role.start() == 0 || (role.start() <= 3 && tokenStartsAt(tokens, start + role.start())))
                    && m.start() - start - role.end() >= 2) start += role.end(); // (平台)建设方|某某科技有限公司, not 中|央企|业母公司
            int firmWord = t.substring(start, m.start()).lastIndexOf("企业");
            if (kind == EntityKind.ENTERPRISE && firmWord >= 0 && m.start() - start - firmWord - 2 >= 2) start += firmWord + 2; // 智能床生产企业|某某科技股份有限公司
            int party = t.substring(start, m.start()).lastIndexOf("中共");
            if (kind == EntityKind.ENTERPRISE && party >= 0 && m.start() - start - party >= 4) start += party + 2; // 调整中共X集团委员会: the party body of X集团
            Matcher lead = LEADING_VERB.matcher(t.substring(start, m.start()));
            if (kind == EntityKind.ENTERPRISE && lead.lookingAt()) {
                if (m.start() - start - lead.end() < 2) continue; // 发展|农民专业合作社: a verb and the kind of firm, no name
                start += lead.end(); // 发展|手工业生产合作社
            }
            // a zone or a town right before a zone's own name places it (the generic 产业园 after them is a name) and is no part of it:
            // 某某高新区|某某产业园, 某某镇|某某城片区, 某县某某镇|某某草莓产业园
            boolean placed = false;
            if (kind == EntityKind.ZONE) {
                int cut = afterAnotherZone(t, start, m.start());
                placed = cut > start;
                start = cut;
                Matcher town = LEADING_TOWN.matcher(t).region(start + leadingDivision(t.substring(start, m.start())), m.start());
                if (town.lookingAt() && m.start() - town.end() >= 2 && !COMMON_TOWN_WORD.matcher(town.group()).find()) {
                    start = town.end();
                    placed = true;
                }
            }
            String head = t.substring(start, m.start());
            if (kind == EntityKind.ENTERPRISE && SHOP.matcher(m.group()).matches()) {
                if (KIND_OF_SHOP.matcher(head).matches()) continue; // 家庭农场, 国营农场, 连锁超市: kinds, not names
                if (holdsVerb(tokens, start, m.start())) continue; // 某某点开|智慧农场: a clause, not a name
                if (SYSTEM_AFTER.matcher(t.substring(end)).lookingAt()) continue; // 智慧农场系统: software, not a farm
                int afterPlace = Math.max(Math.max(head.lastIndexOf('村'), head.lastIndexOf('区')),
                        Math.max(head.lastIndexOf('镇'), head.lastIndexOf('县'))) + 1; // 某村|昌盛民宿, 某区|大钟农场
                String afterItsPlace = head.substring(afterPlace);
                if (COUNTED_SHOP.matcher(afterItsPlace).find() || RUNNING_SHOP.matcher(afterItsPlace).lookingAt()) continue; // 某镇|一家民宿, 某镇|上一家酒店, 某村|经营超市
                if (afterPlace == head.length() && head.length() >= 3) continue; // 某水村|民宿: the village's homestays, a kind
                if (afterPlace > 0 && head.length() - afterPlace >= 2) { // 某村|昌盛民宿: the name, common word or not
                    start += afterPlace;
                    Span span = new Span(start, end);
                    if (out.stream().noneMatch(c -> c.span().overlaps(span))) out.add(Candidate.of(sentence.index(), span, kind, span.of(t), conf));
                    continue;
                }
            }
            if (kind == EntityKind.ENTERPRISE && afterACount(t, start)) continue;
            if (kind == EntityKind.ENTERPRISE && COUNT_BEFORE_FIRM_WORD.matcher(head).find()) continue; // 涉事两|公司: a count of firms
            if (kind == EntityKind.ENTERPRISE && unnamedSubsidiary(head, m.group())) continue; // 更多子公司: some subsidiary
            if (kind == EntityKind.ENTERPRISE && NOT_A_FIRM_HEAD.matcher(head).find()) continue; // 卖国集团: a clique, not a group of companies
            if (m.start() - start < 2 || isCommonHead(head, tokens, start, m.start()) || GENERIC_FIRM.matcher(head).find()
                    || (kind == EntityKind.ENTERPRISE && (COMMON_HEAD_WORDS.contains(head) || kindOf(head, m.group())))) continue;
            if (landmark && (KIND_OF_LANDMARK.matcher(head).matches() || holdsVerb(tokens, start, m.start())
                    || FIRM_TITLE_AFTER.matcher(t).region(end, t.length()).lookingAt())) continue; // 4A级景区, 旅游景区; 某某古镇|董事长: the firm that runs it
            if (kind == EntityKind.ZONE && m.group().equals("新区")) { // 高质量建设|雄安新区: a new area's name starts after the last verb before it
                for (Token tok : tokens) {
                    if (tok.span().start() >= start && tok.span().end() <= m.start() && tok.tag().startsWith("v")) start = tok.span().end();
                }
                head = t.substring(start, m.start());
                if (head.length() < 2) continue;
            }
            Matcher build = BUILDING_VERB.matcher(head);
            if (kind == EntityKind.ZONE && build.lookingAt()) { // 建设|亚太自贸区, 发挥好|综合保税区: the verb that builds or uses a zone
                if (head.length() - build.end() < 2) continue;
                start += build.end();
                head = t.substring(start, m.start());
            }
            if (kind == EntityKind.ZONE && GENERIC_ZONE.matcher(m.group()).find() && !placed
                    && (isDivisionName(head) || COUNTED_ZONES.matcher(head).matches() || !(hasProperNoun(tokens, start, m.start()) || startsWithDivision(head) || (m.group().equals("新区") && orgWordFrom(tokens, start, m.end()))))) {
                continue; // 攸县园区, 县域园区 (某县羽绒产业园 has its place, even inside one word of the segmenter)
            }
            if (kind == EntityKind.ZONE) start = afterLeadingDivision(t, start, m.start());
            if (kind == EntityKind.ZONE) start = lastDivisionOfAChain(t, start, m.start()); // 某省|某市|某某经济开发区
            if (kind == EntityKind.ZONE && m.group().equals("新区")) start = afterLeadingShortName(t, start, m.start()); // 重庆|两江新区
            if (landmark) {
                start = afterLeadingPlaceName(t, start, m.start(), tokens); // 眉山|仁寿县|某某灌区, 开州|某湖湿地公园: the area's own name
                String own = t.substring(start, m.start());
                if (own.length() > 7 || !own.codePoints().allMatch(Character::isIdeographic)) continue; // 100起某某景区, a run of names
            }
            Span span = new Span(start, end);
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) continue;
            out.add(Candidate.of(sentence.index(), span, kind, span.of(t), conf));
        }
    }

    /** An ordinal that opens a firm's name after a stop: 第二|集装箱码头有限公司, 第一|建筑工程公司. */
    private static final Pattern ORDINAL_OPENING = Pattern.compile("(?:^|[，,。：:；;、“”\"（(）)])(第[一二三四五六七八九十]{1,3})$");

    /** Where a firm's name starting at {@code start} really starts when an ordinal after a stop comes right before it. */
    private static int withOrdinalBefore(String t, int start) {
        Matcher m = ORDINAL_OPENING.matcher(t).region(Math.max(0, start - 5), start);
        return m.find() ? m.start(1) : start;
    }

    /** A zone written after its county ({@code 石峰区田心片区}) is named without it: 田心片区. */
    private static int afterLeadingDivision(String t, int start, int wordStart) {
        Gazetteer g = Gazetteer.bundled();
        for (int end = wordStart - 2; end > start + 1; end--) {
            String prefix = t.substring(start, end);
            if (!g.byName(prefix).isEmpty()) return end;
        }
        return start;
    }

    /**
     * Past the divisions' names or short names that open a name ({@code 眉山|仁寿县|某某灌区}, {@code 重庆|开州|某湖湿地公园}),
     * as long as two characters or more are left before {@code wordStart}; after a short name, not two that make one common
     * word (墨玉|老城景区 keeps its place's name).
     */
    private static int afterLeadingPlaceName(String t, int start, int wordStart, List<Token> tokens) {
        Gazetteer g = Gazetteer.bundled();
        for (int end = Math.min(start + 5, wordStart - 2); end >= start + 2; end--) {
            String w = t.substring(start, end);
            if (!namesAPlaceOrItsShortForm(g, w)) continue;
            boolean full = g.byName(w).stream().anyMatch(d -> d.kind() != EntityKind.ZONE);
            if (!full && wordStart - end == 2 && isCommonHead(t.substring(end, wordStart), tokens, end, wordStart)) return start;
            return afterLeadingPlaceName(t, end, wordStart, tokens);
        }
        return start;
    }

    /**
     * True for a subsidiary named by no firm of its own before 子公司 (更多子公司, 关联子公司, 母子公司): the head ends in 子
     * that is no trade's word (某某电子公司, 某某种子公司) and holds no firm's word.
     */
    private static boolean unnamedSubsidiary(String head, String firmWord) {
        return firmWord.equals("公司") && head.endsWith("子") && !TRADE_IN_ZI.matcher(head).find()
                && !containsAny(head, PARENT_FIRM_WORDS);
    }

    /** Words of a firm's name that, before 子公司, make it a named subsidiary of a named parent: 某某集团某某子公司. */
    private static final List<String> PARENT_FIRM_WORDS = List.of("集团", "公司", "控股", "股份");

    /** Trades' words ending in 子, which end firms' names before 公司: 电子, 种子, 量子. */
    private static final Pattern TRADE_IN_ZI = Pattern.compile("(?:电|种|量|光|原|分|粒|椰|竹|果|瓜|豆|饺|包|粽|鸽|燕|扇|帽|鞋|珠|镜)子$");

    /** A town's name at the start of a zone's head: 某某镇, 某某乡, 某某街道. */
    private static final Pattern LEADING_TOWN = Pattern.compile("\\p{IsHan}{2,3}?(?:镇|乡|街道)");
    /** Words ending in a town's level word that name no town: 城镇, 乡镇, 村镇. */
    private static final Pattern COMMON_TOWN_WORD = Pattern.compile("城镇|乡镇|村镇|集镇|城乡|家乡|故乡|老乡|下乡|返乡|县乡");

    /**
     * Past a zone written right before this one within its head ({@code 某某高新区|某某产业园}): the zone word of the first
     * ends its name, the second's begins after it, when two characters or more are left.
     */
    private static int afterAnotherZone(String t, int start, int wordStart) {
        Matcher inner = ZONE_END.matcher(t).region(start, wordStart);
        int cut = start;
        while (inner.find()) if (wordStart - inner.end() >= 2 && inner.start() > start) cut = inner.end();
        return cut;
    }

    /**
     * A new area written after the short name of its province or city ({@code 重庆两江新区}, {@code 河北雄安新区}) is named
     * without it, when two characters or more of its own name are left.
     */
    private static int afterLeadingShortName(String t, int start, int wordStart) {
        Gazetteer g = Gazetteer.bundled();
        for (int end = Math.min(start + 3, wordStart - 2); end >= start + 2; end--) {
            boolean shortName = g.byShortName(t.substring(start, end)).stream()
                    .anyMatch(d -> d.kind() == EntityKind.PROVINCE || d.kind() == EntityKind.CITY);
            if (shortName) return end;
        }
        return start;
    }

    /**
     * Words for a shop or a farm: a firm, when a proper name comes before it. Not 超市: in this news it is a metaphor or a kind far more often than a name (人才超市,
     * 共富超市, 小程序超市: eight read in pd-dev, no supermarket among its gold firms).
     */
    private static final Pattern SHOP = Pattern.compile("书店|民宿|农场|牧场|酒店|宾馆|庄园|农庄|餐馆");
    /** Words after a shop word that make it a thing of that shop: 智慧农场系统, 超市平台. */
    private static final Pattern SYSTEM_AFTER = Pattern.compile("系统|平台|软件|小程序|模式|管理");
    /** Verbs of running a shop before its word: 某村|经营超市, 开办民宿 (the work, not a shop's name). */
    private static final Pattern RUNNING_SHOP = Pattern.compile("经营|开办|开设|承包|运营|管理|开了|开起|办起|开家|开着");
    /** A count or a pointer before a shop word after its place: 某镇|一家民宿, 这家酒店 (one shop, unnamed). */
    private static final Pattern COUNTED_SHOP = Pattern.compile("[一两几多这那每各某][家座间个所]");
    /** Heads that make a shop word a kind of shop: 家庭农场, 地方国营农场, 城市连锁超市, 实验牧场, 海岛民宿, 火山石屋民宿. */
    private static final Pattern KIND_OF_SHOP = Pattern.compile(
            "(?:地方|国营|国有|集体|家庭|实验|示范|城市|城里|镇上|村里|县城|农村|乡村|社区|酒店|研学|主题|农家|度假|连锁|休闲|生态|现代|智慧|智能|机械化|特色|精品|网红|高端|大型|小型|农牧|农|海洋|数字|无人|便利"
            + "|海岛|渔村|艺术|石屋|山居|海景|湖景|江景|民族|古村|村落|林间|山间|火山"
            + "|商务|星级|[三四五]星)+");

    /**
     * Words that say which firms or what kind of firm, not which one: 不少银行, 股份制商业银行, 猎头公司, 香港上市公司,
     * 第三方检测公司, 村集体经济公司, 合作银行.
     */
    private static final Pattern KIND_OF_FIRM = Pattern.compile("(?:不少|一般|部分|有部分|大多数|多数|少数|有的|其他|其它|所有|各大|几大|四大|"
            + "国内|国外|海外|境外|全球|本土|本地|当地|整体|主流|民营|国有|外资|中资|合资|股份制|地方|城市|农村|商业|自助|网上|网络|投资|收单|法人|"
            + "一人|博彩|猎头|信托|跨国|上市|工程|经纪|房产|地产|中介|保险|开发|百货|日式|游戏|电脑|软件|大型|小型|中小|连锁|知名|著名|一间|一位|大|小|"
            + "金融|科技|绿色|爱心|供销|两级|村|种养殖|种植|养殖|果蔬|农机|农民|专业|公交|物业|快递|燃气|供电|供水|水务|自来水|股份经济|经济"
            + "|体育|检测|加盟|第三方|三方|合作|集体|实体化|管理"
            + "|许多|业内|发卡|小额贷款|贷款|家具|电影|自己|十大|商务)+");
    /** A field and a word of business before 公司: 农业发展公司, 旅游开发公司 (a kind; 农业发展银行 is a bank's name). */
    private static final Pattern KIND_OF_COMPANY = Pattern.compile("(?:农业|旅游|文旅|文化|乡村|产业|城市|交通|水利|农村)(?:发展|开发|建设|投资)");

    /** True when a firm's name, its company word set aside, names only a kind of firm (自来水公司, 农业发展有限公司). */
    static boolean isKindOfFirm(String name) {
        Matcher m = COMPANY_END.matcher(name);
        int end = -1;
        while (m.find()) if (m.end() == name.length()) { end = m.start(); break; }
        if (end < 0) return false;
        String head = name.substring(0, end);
        return head.length() < 2 || kindOf(head, name.substring(end));
    }

    /**
     * True when a firm's head before its company word says which kind of firm, not which firm: words of
     * {@link #KIND_OF_FIRM}, or a field and a word of business before 公司 (农业发展公司; 农业发展银行 is a bank's name).
     */
    private static boolean kindOf(String head, String companyWord) {
        return kindOfFirm(head) || (companyWord.endsWith("公司") && KIND_OF_COMPANY.matcher(head).matches());
    }

    /** True when a firm's head, past a leading place, is only words of {@link #KIND_OF_FIRM}. */
    private static boolean kindOfFirm(String head) {
        int place = leadingDivision(head);
        if (place > 0) {
            // 长沙|商业银行 is a city's bank; 香港|上市公司, 北京|某商业银行, 成都|一家银行 are any firm there
            return SOME_FIRM_AFTER_PLACE.matcher(head.substring(place)).lookingAt();
        }
        if (head.endsWith("上市") || head.endsWith("挂牌")) return true; // 香港上市公司, 创业板上市公司: any listed firm
        String h = head.replaceFirst("^(?:某|一家|一)", "");
        return KIND_OF_FIRM.matcher(head).matches() || (!h.isEmpty() && KIND_OF_FIRM.matcher(h).matches());
    }

    /** Words after a place that make a firm any firm there: 某, 一家, 上市, 大型, 知名… */
    private static final Pattern SOME_FIRM_AFTER_PLACE = Pattern.compile("(?:某|一|不少|部分|多数|大多数|上市|大型|小型|知名|著名|主流|本地|当地|两级|三级|供销)");

    /** Characters of a number before a counter: 1600多|家, 十余|家, 首|家 (the first of its kind). */
    private static final String COUNT_CHARS = "0123456789多余几十百千万两一二三四五六七八九首";

    /** True when a would-be name at {@code start} begins with, or follows, the counter of a number (1600多|家蔬菜专业合作社, 26家|酒店民宿): a count of firms. */
    private static boolean afterACount(String t, int start) {
        while (start < t.length() && "多余几".indexOf(t.charAt(start)) >= 0) start++; // 20|余间
        return countedAt(t, start) || countedAt(t, start - 1); // 一家|家居公司: the counter before the name, not the name's own 家
    }

    /** True when a counter stands at {@code at} with a number right before it. */
    private static boolean countedAt(String t, int at) {
        return at > 0 && at < t.length() && COUNTERS.indexOf(t.charAt(at)) >= 0 && COUNT_CHARS.indexOf(t.charAt(at - 1)) >= 0;
    }

    /** A number right before a firm word, with no counter between: 涉事两|公司, 这三|集团 (one and nine open brands: 三九). */
    private static final Pattern COUNT_BEFORE_FIRM_WORD = Pattern.compile("(?<![一-九十])[两三四五六七八十几数]$");

    /** Counters of firms and premises: 26家, 20余间, 一批, 6个. */
    private static final String COUNTERS = "家间座所栋批个";

    /** Verbs of founding or fostering before a firm word: 发展手工业生产合作社, 组织农业生产合作社. */
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:(?:要|将|应|需|努力|大力|积极|继续|进一步)*(?:干起|做起|办起|开起|搞起|开办|发展|组织|建立|兴办|创办|举办|成立|扶持|支持|推动|引进|培育|壮大|整顿|巩固))+");
    /** Verbs of building, running or using a zone at its head's start: 建设|某某自贸区, 促进|经济技术开发区, 发挥好|综合保税区. */
    private static final Pattern BUILDING_VERB = Pattern.compile("(?:要|将|继续|大力|加快|积极|进一步)*(?:建设|建好|办好|管好|用好|发挥好|发挥|促进|推进|推动|支持|扶持|设立|创建|筹建|申建|打造|规划|批准|开发)+");
    /**
     * Heads that make 集团 a clique, a bloc or a group of states: 反革命集团, 军事集团, 利益集团, 某国领导集团, 某某反党集团,
     * 某某条约集团, 二十国集团, 社会集团.
     */
    private static final Pattern NOT_A_FIRM_HEAD = Pattern.compile("(?:反革命|卖国|军事|犯罪|侵略|统治|利益|政治|反动|叛国|恐怖|黑恶|走私|诈骗"
            + "|反党|修正主义|好战|战争|农奴主|领导|条约|公约|[0-9一二三四五六七八九十百]+国)$|^(?:国家|社会)$");

    /** A date at a would-be name's start: 2009年, 10日, 3月. */
    private static final Pattern LEADING_DATE = Pattern.compile("[0-9０-９]+(?:年|月|日|号)");

    /** Words before a firm's name that are no part of it: a term (现, 原), an example (比如, 例如), an inclusion. */
    private static final Pattern LEADING_TERM = Pattern.compile("(?:现(?![代金场实])|原(?![子料生油告])|前身为|前身是|比如|例如|包括)");
    /** A subsidiary's name after its group's: 某某集团|氯碱公司, 某某集团|纯碱分公司. */
    /** A branch's name right after its company's: 某某有限公司|普达措旅业分公司. */
    private static final Pattern BRANCH = Pattern.compile("(?!\\p{IsHan}{0,4}(?:下属|所属|旗下|一家|对|与|和|的|等))\\p{IsHan}{2,8}?分公司");
    private static final Pattern SUBSIDIARY = Pattern.compile("(?!\\p{IsHan}{0,4}(?:下属|所属|旗下|一家|上市|对|与|和|的|等))\\p{IsHan}{2,6}?(?:分公司|子公司|有限公司|公司)");

    /** Words for the part a firm plays, written before its name: 投资方重庆榕泉木业有限公司, 龙头企业某某集团. */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile(
            "(?:(?:对口)?帮扶单位|合作单位|投资方|合作方|承建方|建设方|运营方|施工方|签约方|供货方|业主方|甲方|乙方|投资商|开发商|运营商|供应商|服务商|龙头企业|链主企业|(?:民营|国有|省属|市属|县属|本地|当地|外资|头部|骨干|重点)?企业|民企|外企|国企|央企)");

    private static final java.util.Set<String> COMMON_HEAD_WORDS = java.util.Set.of(
            "强村", "供电", "协调", "注册", "运输", "物流", "互联网", "科技", "建筑", "贸易", "投资", "咨询", "电商", "快递", "保险", "上市", "民营", "国有", "外资", "合资", "子", "母", "分",
            "网络", "软件", "能源", "电力", "燃气", "供水", "建设", "房地产", "地产", "汽车", "航空", "出租车", "外贸", "销售", "服务", "文化", "传媒", "广告", "设计", "安保", "物业", "家政", "劳务", "科创", "新能源", "光伏", "制药", "医药", "食品", "农业", "旅游", "旅行",
            "高级", "低级", "初级", "高級", "低級", "初級", "股份制", "国家控股", "国有控股", "控股", "混合所有制",
            "共富", "婚庆", "索道", "演艺", "制造", "餐饮", "保洁", "装修", "危废处理");

    /**
     * Company names begin with their region more often than not ({@code 重庆榕泉木业有限公司}): when a division
     * name stands in the stretch of text before the company word, the name starts there, unless a verb follows
     * the division's name.
     */
    static int regionStart(String t, int wordStart, int tokenStart, List<Token> tokens) {
        int raw = wordStart;
        while (raw > 0 && wordStart - raw < MAX_NAME) {
            char c = t.charAt(raw - 1);
            if (LEFT_STOP.indexOf(c) >= 0 || !Character.isLetterOrDigit(c) || "的在到从和与及向对把被".indexOf(c) >= 0) break;
            raw--;
        }
        Gazetteer g = Gazetteer.bundled();
        for (int i = raw; i < wordStart - 2; i++) {
            for (int len = 2; len <= 5 && i + len <= wordStart - 1; len++) {
                String w = t.substring(i, i + len);
                if (namesAPlaceOrItsShortForm(g, w)) {
                    if (i >= tokenStart) return tokenStart;
                    for (Token tok : tokens) { // 某县整合资源|成立|某某集团: a verb of founding or support right before the name ends the stretch
                        if (tok.span().end() == tokenStart && tok.tagClass() == 'v' && !tok.tag().equals("vn")
                                && LEADING_VERB.matcher(tok.text()).matches()) return tokenStart;
                    }
                    for (Token tok : tokens) { // 攸县|扶持|发展家庭农场: a verb right after the place parts them
                        if (tok.span().start() == i + len && tok.span().end() <= tokenStart && tok.tag().equals("v")
                                && tok.text().length() >= 2) return tokenStart;
                    }
                    return i;
                }
            }
        }
        return tokenStart;
    }

    /** True when {@code w} is a division's official name (not a zone's) or a division's short form: 重庆, 攸县, 株洲. */
    private static boolean namesAPlaceOrItsShortForm(Gazetteer g, String w) {
        return g.byName(w).stream().anyMatch(d -> d.kind() != EntityKind.ZONE) || !g.byShortName(w).isEmpty();
    }

    /**
     * Where a zone's name begins when a chain of two or more divisions opens it ({@code 某省某市某某经济开发区}): at the last
     * of them, the one the zone is named after, as long as two characters follow it before the zone word; a single division
     * stays ({@code 某某高新区}).
     */
    private static int lastDivisionOfAChain(String t, int start, int wordStart) {
        Gazetteer g = Gazetteer.bundled();
        int at = start, next = start, links = 0;
        while (true) {
            int found = -1;
            for (int len = 5; len >= 2 && found < 0; len--) {
                if (next + len > wordStart) continue;
                String w = t.substring(next, next + len);
                if (namesAPlaceOrItsShortForm(g, w)) found = len;
            }
            if (found < 0) break;
            at = next;
            next += found;
            links++;
        }
        return links >= 2 && wordStart - at >= 2 ? at : start;
    }

    /** Prepositions and a causative verb the segmenter runs into a firm's name as its first character: 令|海南某某置业有限公司. */
    private static final String RUN_IN = "令以于到为向对在从将被把让由给使";
    /** The prepositions of {@link #RUN_IN} that no firm's name holds after its place (湖南向阳…, 湖南为民… do hold 向 and 为). */
    private static final String RUN_IN_AFTER_PLACE = "以将把对在";

    /**
     * Where a firm's name that starts at {@code start} really begins when the segmenter ran a preposition into it: after
     * one of {@link #RUN_IN} that comes right before a division's name ({@code 令|海南某某置业有限公司}), or right after
     * the division's name that opens the words ({@code 山东以|某某集团为链主}: the place is the clause's subject); at
     * least two characters of the name stay before the firm word at {@code wordStart}.
     */
    static int afterRunInPreposition(String t, int start, int wordStart) {
        Gazetteer g = Gazetteer.bundled();
        for (int len = 3; len >= 2; len--) {
            if (start + 1 + len + 2 <= wordStart && RUN_IN.indexOf(t.charAt(start)) >= 0 && g.namesADivision(t.substring(start + 1, start + 1 + len))) {
                return start + 1;
            }
            int at = start + len;
            if (at + 1 + 2 <= wordStart && RUN_IN_AFTER_PLACE.indexOf(t.charAt(at)) >= 0 && g.namesADivision(t.substring(start, at))) return at + 1;
        }
        return start;
    }

    /** True when the character before {@code span} is a Han character, so the span may begin inside a word. */
    private static boolean startsInsideWord(String t, Span span) {
        return span.start() > 0 && Character.isIdeographic(t.charAt(span.start() - 1)) && LEFT_STOP.indexOf(t.charAt(span.start() - 1)) < 0;
    }

    private static boolean isDivisionName(String head) { return Gazetteer.bundled().namesADivision(head); }

    /** The length of the longest division name (or short name) of two to five characters that starts the head with more after it, or 0. */
    private static int leadingDivision(String head) {
        for (int len = Math.min(5, head.length() - 1); len >= 2; len--) if (isDivisionName(head.substring(0, len))) return len;
        return 0;
    }

    /**
     * A name does not start with a level word (县辉强…): when a division's short name stands right before it (民和|县), the
     * name starts with that short name.
     */
    private static int withShortNameBeforeLevel(String t, int start, int end) {
        if (start == 0 || start >= end || "县市区旗州".indexOf(t.charAt(start)) < 0) return start;
        for (int len = 2; len <= 4 && start - len >= 0; len++) {
            if (divisionAtStart(t, start - len, end)) return start - len;
        }
        return start;
    }

    /**
     * True when a division is named at {@code start}: its full name of three or four characters, or its short name with a
     * level word after it (民和县 of 民和回族土族自治县, not 民|和县).
     */
    private static boolean divisionAtStart(String t, int start, int end) {
        Gazetteer g = Gazetteer.bundled();
        for (int len = 2; len <= 4 && start + len < end; len++) {
            String head = t.substring(start, start + len);
            if (len >= 3 && !g.byName(head).isEmpty()) return true;
            if (g.namesADivision(head) && "县市区旗州".indexOf(t.charAt(start + len)) >= 0) return true;
        }
        return false;
    }

    /** True when a division's name (or short name) of two to four characters begins the head and two more follow. */
    private static boolean startsWithDivision(String head) {
        for (int len = 2; len <= 4 && head.length() - len >= 2; len++) if (isDivisionName(head.substring(0, len))) return true;
        return false;
    }

    /** True when the head before a name ending is one common word (产业园区, 工业园): not a name. */
    private static boolean isCommonHead(String head, List<Token> tokens, int start, int end) {
        int place = leadingDivision(head); // a division's name at the head's start may hold such a character: 民和县某某合作社
        for (int i = place; i < head.length(); i++) {
            char c = head.charAt(i);
            // 全县, 全国 are no names' words; 全 before anything else may be (某全农农业)
            if (c == '全' && i + 1 < head.length() && "县市区省镇乡村国部体面力球资额员民域新年".indexOf(head.charAt(i + 1)) < 0) continue;
            if (NOT_IN_NAME.indexOf(c) >= 0) return true;
        }
        for (Token tok : tokens) {
            if (tok.span().start() == start && tok.span().end() == end) {
                return COMMON_TAGS.contains(tok.tag());
            }
        }
        return producesWhat(tokens, start, end);
    }

    /** Verbs of production that, after a common word, say what kind of cooperative or firm it is: 小麦|种植, 生态|养猪. */
    private static final Pattern PRODUCTION_VERB = Pattern.compile("种植|养殖|养猪|养鸡|养鸭|养牛|养羊|养蜂|种养");

    /** True when the head is one common word and one verb of production (小麦种植合作社): a kind of cooperative, no name. */
    private static boolean producesWhat(List<Token> tokens, int start, int end) {
        Token first = null, verb = null;
        for (Token tok : tokens) {
            if (tok.span().start() == start) first = tok;
            if (tok.span().end() == end) verb = tok;
        }
        return first != null && verb != null && first.span().end() == verb.span().start() && first != verb
                && COMMON_TAGS.contains(first.tag()) && PRODUCTION_VERB.matcher(verb.text()).matches();
    }

    /**
     * The left edge of a name that ends at {@code end}: back over name-like words to a boundary or a
     * function word (verb, preposition, numeral...), at most {@value MAX_NAME} characters.
     */
    static int leftEdge(String t, int end, List<Token> tokens) {
        int i = end;
        while (i > 0 && end - i < MAX_NAME) {
            char c = t.charAt(i - 1);
            int open = placeInParentheses(t, i);
            if (open >= 0) { i = open; continue; } // 某某（重庆）农业发展有限公司: the place in parentheses is inside the name
            if (LEFT_STOP.indexOf(c) >= 0 || LayoutLib.isSpace(c) || !Character.isLetterOrDigit(c)) break;
            Token tok = tokenAt(tokens, i - 1);
            if (tok != null && tok.span().end() <= end && isStopTag(tok.tag())) {
                // one or two one-character words right after a boundary start the name: “正泰新能…, ，中|元|汇吉…
                int s = singlesFromBoundary(t, tok, tokens);
                if (s >= 0) i = s;
                break;
            }
            i--;
        }
        return i;
    }

    /**
     * Where a run of one or two one-character words (no punctuation, particle, preposition or conjunction) that
     * ends with {@code last} starts, when a boundary comes right before it; else -1.
     */
    private static int singlesFromBoundary(String t, Token last, List<Token> tokens) {
        char lastTag = last.tagClass();
        if (last.text().length() != 1 || "wupcr".indexOf(lastTag) >= 0) return -1;
        if (atBoundary(t, last.span().start())) return last.span().start();
        // two words at a boundary start a name only when neither is a verb, an adverb, a numeral or a time word:
        // ，中|元|汇吉…, not ，再|到|某民宿 or 一|批|大型企业集团
        Token first = tokenAt(tokens, last.span().start() - 1);
        if (first == null || first.text().length() != 1 || "dvmt".indexOf(lastTag) >= 0) return -1;
        char firstTag = first.tagClass();
        if ("wupcdvmt".indexOf(firstTag) >= 0 || !atBoundary(t, first.span().start())) return -1;
        return first.span().start();
    }

    private static boolean atBoundary(String t, int s) {
        return s == 0 || LEFT_STOP.indexOf(t.charAt(s - 1)) >= 0 || !Character.isLetterOrDigit(t.charAt(s - 1));
    }

    /** Words of a company's form written in parentheses inside its name: 某某（集团）有限公司. */
    private static final java.util.Set<String> FORM_IN_PARENTHESES = java.util.Set.of("集团", "控股", "股份", "中国", "国际");

    /** The position of the opening parenthesis when a place or a company's form in parentheses ends at {@code end} (（重庆）, （集团）), else -1. */
    private static int placeInParentheses(String t, int end) {
        if (end < 4 || (t.charAt(end - 1) != '）' && t.charAt(end - 1) != ')')) return -1;
        for (int open = end - 3; open >= Math.max(0, end - 8); open--) {
            char o = t.charAt(open);
            if (o != '（' && o != '(') continue;
            String inner = t.substring(open + 1, end - 1);
            if (FORM_IN_PARENTHESES.contains(inner)) return open; // 某某农业（集团）有限公司
            Gazetteer g = Gazetteer.bundled();
            return g.namesADivision(inner) ? open : -1;
        }
        return -1;
    }

    /** The segmenter's word that covers position {@code pos}, or null. */
    static Token tokenAt(List<Token> tokens, int pos) {
        for (Token tok : tokens) if (tok.span().start() <= pos && pos < tok.span().end()) return tok;
        return null;
    }

    /** Tags of words that cannot be inside a name: verbs, prepositions, conjunctions, adverbs, particles, pronouns, numerals, measure words, time words. */
    static boolean isStopTag(String tag) {
        if (tag.equals("vn")) return false;
        char c = tag.isEmpty() ? 'x' : tag.charAt(0);
        return "vpcdurmqfwyeot".indexOf(c) >= 0;
    }

    /** Tags of common words: nouns, verbal nouns, adjectives, distinguishing words, morphemes, job words and words of place (外地, 海上). */
    private static final java.util.Set<String> COMMON_TAGS = java.util.Set.of("n", "vn", "a", "b", "an", "gi", "gm", "nnt", "nnd", "gg", "s");
}
