package org.regiomonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one set of text rules: NFC, Unicode white space, forbidden characters. */
class TextTest {

    @Test
    void whiteSpaceIncludesNoBreakAndOtherUnicodeSpaces() {
        for (String blank : new String[] {null, "", " \t\r\n", "\u00a0", "\u2007", "\u202f", "\u3000", "\u2003",
                "\u200b\ufeff", "\u2028"}) {
            assertThat(Text.isBlank(blank)).as("%s", blank).isTrue();
            assertThat(Text.blankToNull(blank)).isNull();
        }
        assertThat(Text.isBlank("\u00a0x\u00a0")).isFalse();
        assertThat(Text.strip("\u00a0 Titel\u202f\u2007")).isEqualTo("Titel");
        assertThat(Text.blankToNull(" a b ")).isEqualTo("a b");
        assertThat(Text.removeSpaces("1\u202f250\u00a0000 ,50")).isEqualTo("1250000,50");
    }

    @Test
    void normalizeComposesAndEmptiesBlankText() {
        assertThat(Text.normalize("cafe\u0301")).isEqualTo("caf\u00e9");
        assertThat(Text.normalize("\u00a0\u00a0")).isEmpty();
        assertThat(Text.normalize(" a ")).isEqualTo(" a ");
        assertThat(Text.normalize(null)).isNull();
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreForbidden() {
        assertThat(Text.forbiddenCharacter("ab\u0000cd", true)).isZero();
        assertThat(Text.forbiddenCharacter("a\u001b", true)).isEqualTo(0x1b);
        assertThat(Text.forbiddenCharacter("a\u007f", true)).isEqualTo(0x7f);
        assertThat(Text.forbiddenCharacter("a\u0085", true)).isEqualTo(0x85);
        assertThat(Text.forbiddenCharacter("a\ud800b", true)).isEqualTo(0xd800);
        assertThat(Text.forbiddenCharacter("a\udc00", true)).isEqualTo(0xdc00);
        // Tab and line breaks only in multi-line text.
        assertThat(Text.forbiddenCharacter("a\r\n\tb", true)).isEqualTo(-1);
        assertThat(Text.forbiddenCharacter("a\nb", false)).isEqualTo('\n');
        // A surrogate pair (an emoji) and ordinary accents are fine.
        assertThat(Text.forbiddenCharacter("Twente \ud83d\ude80 café ŝ", false)).isEqualTo(-1);
        assertThat(Text.codePointName(0)).isEqualTo("U+0000");
    }
}
