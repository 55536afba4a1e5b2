package com.counseldesk.report.importing;

import java.util.List;

/** Which register a sheet is: a 热线登记表 (each row a call) or a visitor register (each row a visit). */
public enum RegisterKind {
    CALLS, VISITS;

    /** Visits when the title or the headers speak of visits (来访, 到访, 上门, 接待), else calls. */
    public static RegisterKind guess(List<String> words) {
        for (String w : words) {
            if (w.contains("来电") || w.contains("热线") || w.contains("通话")) {
                return CALLS;
            }
        }
        for (String w : words) {
            if (w.contains("来访") || w.contains("到访") || w.contains("上门") || w.contains("访客")) {
                return VISITS;
            }
        }
        return CALLS;
    }
}
