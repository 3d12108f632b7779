package org.countygraph.extract;

/** The role of a line in a newspaper page's layout. */
public enum LineKind {
    /** A short line without sentence punctuation: a headline, kicker or subhead. */
    TITLE,
    /** A dateline that opens an article: {@code 株洲日报讯(全媒体记者/王军) …}. */
    DATELINE,
    /** A page-section line such as {@code 综合·城区}. */
    SECTION,
    /** An editor credit line such as {@code 责任编辑:胡乐 美术编辑:左骏}. */
    EDITORS,
    /**
     * A line that only credits the article's reporter, coordinator, photographer or illustrator:
     * {@code 本报记者  王某}, {@code 本期统筹：陈  某}, {@code 李某摄（人民视觉）}, {@code 洪  某绘}.
     */
    CREDIT,
    /** A commentary block marker such as {@code 来论}. */
    COMMENTARY,
    /** A commentary author line such as {@code 湖南农业大学经济学院副院长唐浩:写好…}. */
    AUTHOR,
    /** A date on a line of its own, e.g. {@code 2026-08-17}. */
    DATE,
    /** A web address on a line of its own. */
    URL,
    /** Running text. */
    BODY
}
