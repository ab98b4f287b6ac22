package org.regiomonitor.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Test sources only: a page and an API call that fail with an unexpected exception, so that {@link ErrorPagesTest}
 * can see what a 500 looks like. The exception text names Java internals that must never reach the answer.
 */
@Controller
class FailingForTests {

    static final String SECRET = "org.regiomonitor.Secret failure at SomeClass.method(SomeClass.java:42)";

    @GetMapping("/test-only/failure")
    String page() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping("/api/test-only/failure")
    @ResponseBody
    String api() {
        throw new IllegalStateException(SECRET);
    }
}
