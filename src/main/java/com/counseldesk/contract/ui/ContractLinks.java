package com.counseldesk.contract.ui;

/**
 * What a contract's page opens (the app wires them): the payment, refund and void dialogs, the
 * referral dialog, and the family's page.
 */
public record ContractLinks(Runnable pay, Runnable refund, Runnable voidContract, Runnable referral,
        Runnable openFamily) {
}
