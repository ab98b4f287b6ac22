package org.regiomonitor.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request with any Host header is seen as addressed to the configured public base URL. */
class PublicBaseUrlFilterTest {

    private static HttpServletRequest through(String baseUrl, MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new PublicBaseUrlFilter(baseUrl).doFilter(request, new MockHttpServletResponse(), chain);
        return (HttpServletRequest) chain.getRequest();
    }

    @Test
    void theHostHeaderAndSchemeOfTheRequestAreReplaced() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects/7");
        request.setServerName("evil.example");
        request.setServerPort(8080);
        request.addHeader("Host", "evil.example:8080");

        HttpServletRequest seen = through("https://monitor.example.org", request);

        assertThat(seen.getRequestURL().toString()).isEqualTo("https://monitor.example.org/projects/7");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getServerName()).isEqualTo("monitor.example.org");
        assertThat(seen.getServerPort()).isEqualTo(443);
        assertThat(seen.getHeader("Host")).isEqualTo("monitor.example.org");
    }

    @Test
    void aPortOtherThanTheDefaultIsKeptAndPlainHttpIsNotSecure() throws Exception {
        HttpServletRequest seen = through("http://intranet.example:8443", new MockHttpServletRequest("GET", "/"));
        assertThat(seen.getRequestURL().toString()).isEqualTo("http://intranet.example:8443/");
        assertThat(seen.isSecure()).isFalse();
    }

    @Test
    void onlyAbsoluteHttpUrlsAreAccepted() {
        assertThatThrownBy(() -> new PublicBaseUrlFilter("monitor.example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicBaseUrlFilter("ftp://monitor.example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
