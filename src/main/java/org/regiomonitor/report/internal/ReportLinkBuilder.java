package org.regiomonitor.report.internal;

import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Lets the shared fragments' links ({@code @{/sources}}) render in a report made outside a request (a PDF made in
 * the background): there, links are relative to the site's root. In a request nothing changes.
 */
class ReportLinkBuilder extends StandardLinkBuilder {

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : "";
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        static BeanPostProcessor reportLinkBuilder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof SpringTemplateEngine engine) {
                        engine.setLinkBuilder(new ReportLinkBuilder());
                    }
                    return bean;
                }
            };
        }
    }
}
