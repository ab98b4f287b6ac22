package org.regiomonitor.finance.internal;

/** A funder category as stored in {@code funder_category}; its name is the message {@code finance.category.<code>}. */
public record Category(String code, int position, boolean regional, boolean publicMoney) {

    public String messageKey() {
        return "finance.category." + code;
    }
}
