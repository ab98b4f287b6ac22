package org.regiomonitor.shared.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.regiomonitor.shared.DecimalInput;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Dutch first; {@code ?lang=en} or {@code ?lang=de} switches the language and remembers it in a cookie.
 * API calls follow their {@code Accept-Language} header.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("regiomonitor-lang");
        Locale dutch = Locale.of("nl");
        resolver.setDefaultLocale(dutch);
        // Pages are Dutch first; API clients get their messages in the language they ask for.
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Accept-Language") != null ? request.getLocale() : dutch);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Decimal form fields accept a comma or a point, whatever the page language. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new DecimalInput());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        // After the language switch, so that a refused request is answered in the language it asked for.
        registry.addInterceptor(new RequestTextInterceptor());
    }

    /**
     * Static assets under content-hashed URLs ({@code /css/app-<md5>.css}, also for versionless WebJars
     * paths), so they can be cached for a year. Only these patterns are resource locations
     * ({@code spring.web.resources.add-mappings=false} drops Boot's catch-all {@code /**}): every link a
     * page renders passes the resource URL lookup, and with a catch-all each page link (which is no
     * file) was looked up in every static location on every request, which cost most of a page's CPU.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        String[][] handlers = {{"/css/**", "classpath:/static/css/"}, {"/js/**", "classpath:/static/js/"},
                {"/favicon*.svg", "classpath:/static/"}, {"/webjars/**", "classpath:/META-INF/resources/webjars/"},
                // the monitor's import template and its example files (docs/monitor-imports.md)
                {"/templates/**", "classpath:/static/templates/"}};
        for (String[] handler : handlers) {
            // The chain caches what it resolved; it adds the WebJars resolver for versionless paths itself.
            registry.addResourceHandler(handler[0]).addResourceLocations(handler[1]).setCacheControl(year)
                    .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
