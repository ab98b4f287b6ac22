package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalInputTest {

    @Test
    void acceptsACommaOrAPointAndIgnoresEuroSignsAndSpaces() {
        assertThat(DecimalInput.parse("8,5")).isEqualByComparingTo("8.5");
        assertThat(DecimalInput.parse("8.5")).isEqualByComparingTo("8.5");
        assertThat(DecimalInput.parse("€ 1250000,50")).isEqualByComparingTo("1250000.50");
        assertThat(DecimalInput.parse("  ")).isNull();
    }

    @Test
    void refusesThousandsSeparatorsAndText() {
        for (String bad : new String[] {"1.250.000", "1.250,00", "12a", ",", "acht"}) {
            assertThatThrownBy(() -> DecimalInput.parse(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void printsWithTheLanguagesSeparator() {
        assertThat(new DecimalInput().print(new BigDecimal("8.50"), Locale.of("nl"))).isEqualTo("8,50");
        assertThat(new DecimalInput().print(new BigDecimal("8.50"), Locale.ENGLISH)).isEqualTo("8.50");
    }
}
