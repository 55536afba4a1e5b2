package com.counseldesk.contract;

/** How money was paid (or given back). Labels: {@code payMethod.<NAME>}. */
public enum PayMethod {
    CASH, CARD, TRANSFER, WECHAT, ALIPAY
}
