package com.counseldesk.report.importing;

import java.util.List;

/**
 * What a column of an old register holds, with the headers offices write for it (学生姓名 / 姓名 /
 * 孩子姓名 …). Labels live in the bundles as {@code import.field.<NAME>}.
 */
public enum Field {
    IGNORED(),
    STUDENT("学生姓名", "姓名", "孩子姓名", "学生", "学员姓名", "学员", "孩子", "孩子名字", "学生名字"),
    PHONE("电话", "联系电话", "手机", "家长电话", "手机号", "手机号码", "电话号码", "联系方式", "来电号码"),
    DATE("来电时间", "登记日期", "日期", "时间", "来电日期", "来访日期", "来访时间", "到访日期", "到访时间", "登记时间",
            "咨询日期"),
    OWNER("咨询师", "负责人", "接待人", "课程顾问", "顾问", "接听人", "接待", "接听", "跟进人"),
    PARENT("家长姓名", "家长", "联系人", "家长称呼"),
    GRADE("年级", "就读年级"),
    SCHOOL("学校", "就读学校", "所在学校"),
    DISTRICT("区域", "住址", "地址", "小区", "居住区域", "家庭住址"),
    CHANNEL("来源", "渠道", "来源渠道", "信息来源"),
    GENDER("性别"),
    NEEDS("需求", "辅导需求", "想辅导的科目", "辅导科目", "科目"),
    SUMMARY("备注", "通话内容", "沟通内容", "咨询内容", "情况", "情况说明", "摘要", "内容");

    private final List<String> headers;

    Field(String... headers) {
        this.headers = List.of(headers);
    }

    /** The field a header names: an exact header first, else the longest known header it contains. */
    public static Field ofHeader(String header) {
        String h = normal(header);
        if (h.isEmpty()) {
            return IGNORED;
        }
        for (Field f : values()) {
            if (f.headers.contains(h)) {
                return f;
            }
        }
        Field best = IGNORED;
        int bestLength = 1;
        for (Field f : values()) {
            for (String known : f.headers) {
                if (known.length() > bestLength && h.contains(known)) {
                    best = f;
                    bestLength = known.length();
                }
            }
        }
        return best;
    }

    /** A header without spaces, colons and what follows an opening bracket: "电话（手机）：" → "电话". */
    private static String normal(String header) {
        String h = header == null ? "" : header.replaceAll("[\\s:：*]", "");
        int bracket = h.indexOf('(') >= 0 ? h.indexOf('(') : h.indexOf('（');
        return bracket > 0 ? h.substring(0, bracket) : h;
    }
}
