package org.regiomonitor.finance.internal;

/** A funder category as stored in {@code funder_category}; its name is the message {@code funderCategory.<code>} (messages.properties). */
public record Category(String code, int position, boolean regional, boolean publicMoney) {

    public String messageKey() {
        return "funderCategory." + code;
    }
}
