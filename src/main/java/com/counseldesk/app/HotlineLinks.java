package com.counseldesk.app;

/**
 * What the main window opens of the hotline from anywhere: an inbound call's form (F2), an outbound
 * call's (Shift+F2), the appointments (F3), the duty screen (F4) and the call list (F5).
 */
record HotlineLinks(Runnable inboundCall, Runnable outboundCall, Runnable appointments, Runnable duty,
        Runnable calls) {
}
