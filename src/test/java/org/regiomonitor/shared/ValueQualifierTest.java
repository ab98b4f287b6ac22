package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValueQualifierTest {

    @Test
    void rendersTheQualifierInTheLanguage() {
        assertThat(ValueQualifier.AT_LEAST.render("50", Locale.of("nl"))).isEqualTo("meer dan 50");
        assertThat(ValueQualifier.AT_LEAST.render("50", Locale.ENGLISH)).isEqualTo("more than 50");
        assertThat(ValueQualifier.AT_LEAST.render("50", Locale.GERMAN)).isEqualTo("mehr als 50");
        assertThat(ValueQualifier.ABOUT.render("3.000", Locale.of("nl"))).isEqualTo("circa 3.000");
        assertThat(ValueQualifier.ABOUT.render("3,000", Locale.ENGLISH)).isEqualTo("about 3,000");
        assertThat(ValueQualifier.EXACT.render("7", Locale.GERMAN)).isEqualTo("7");
        assertThat(ValueQualifier.AT_MOST.render("7", null)).isEqualTo("hoogstens 7");
    }

    @Test
    void aSumIsExactOnlyWhenAllItsPartsAre() {
        assertThat(ValueQualifier.EXACT.combine(ValueQualifier.EXACT)).isEqualTo(ValueQualifier.EXACT);
        assertThat(ValueQualifier.EXACT.combine(ValueQualifier.AT_LEAST)).isEqualTo(ValueQualifier.AT_LEAST);
        assertThat(ValueQualifier.AT_LEAST.combine(ValueQualifier.AT_LEAST)).isEqualTo(ValueQualifier.AT_LEAST);
        assertThat(ValueQualifier.AT_MOST.combine(ValueQualifier.EXACT)).isEqualTo(ValueQualifier.AT_MOST);
        assertThat(ValueQualifier.AT_LEAST.combine(ValueQualifier.AT_MOST)).isEqualTo(ValueQualifier.ABOUT);
        assertThat(ValueQualifier.ABOUT.combine(ValueQualifier.AT_LEAST)).isEqualTo(ValueQualifier.ABOUT);
    }
}
