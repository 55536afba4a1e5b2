package com.counseldesk.family;

/**
 * A student's intent level (意向分类), as the counselor judges it: 无意向, 一类信息, 二类信息,
 * 意向不明确, 明确报名意向, 放弃学习. Kept on the student like the stage (null until judged); the
 * consult feature sets it, with history, and the directory filters by it.
 */
public enum Intent {
    NONE, CLASS1, CLASS2, UNCLEAR, CLEAR, GAVE_UP
}
