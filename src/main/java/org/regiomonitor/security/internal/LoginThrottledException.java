package org.regiomonitor.security.internal;

import org.springframework.security.core.AuthenticationException;

/** A log-in refused without checking the password, because of too many recent failures. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("log-in temporarily blocked after too many failed attempts");
    }
}
