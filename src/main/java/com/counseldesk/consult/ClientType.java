package com.counseldesk.consult;

/**
 * The four client types every office has (咨询者类型): 犹豫不决型, 内向型, 猜忌型, 胆怯型. Each has its
 * signs, the mistakes counselors make with it and its coping strategy; the screens show them from
 * the message bundles by the type's code ({@code clientType.HESITANT}, {@code clientType.HESITANT.signs} …),
 * so a built-in type reads in the language in use. The office's own tags have no type.
 */
public enum ClientType {
    HESITANT, INTROVERTED, SUSPICIOUS, TIMID
}
