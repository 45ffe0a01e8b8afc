package dev.advancedalchemy.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlugifyTest {

    /** The cases of Advanced Alchemy's own {@code tests/unit/test_utils/test_text.py}. */
    @Test
    void pythonTestTextCases() {
        assertThat(Slugify.slugify("This is a Test!")).isEqualTo("this-is-a-test");
        assertThat(Slugify.slugify("This is a Test!", "_")).isEqualTo("this_is_a_test");
    }

    @Test
    void accentsFallAwayInAsciiMode() {
        assertThat(Slugify.slugify("Hello World! \u00c7a va?")).isEqualTo("hello-world-ca-va");
    }

    @Test
    void theSeparatorReplacesDashesButNotUnderscoresInsideWords() {
        assertThat(Slugify.slugify("snake_case and-kebab", "/")).isEqualTo("snake_case/and/kebab");
        assertThat(Slugify.slugify("a b c", "")).isEqualTo("abc");
        assertThat(Slugify.slugify("a b c", "--")).isEqualTo("a--b--c");
    }

    /**
     * Outputs of Python Advanced Alchemy's {@code slugify} (Python 3.11) for each input: ASCII mode with the default
     * and with {@code separator="_"}, then {@code allow_unicode=True} with the default and with {@code separator="+"}.
     */
    static Stream<Arguments> pythonOutputs() {
        return Stream.of(
                arguments("This is a Test!", "this-is-a-test", "this_is_a_test", "this-is-a-test", "this+is+a+test"),
                arguments(
                        "Hello World! \u00c7a va?",
                        "hello-world-ca-va",
                        "hello_world_ca_va",
                        "hello-world-\u00e7a-va",
                        "hello+world+\u00e7a+va"),
                arguments("  --Hello__World--  ", "hello__world", "hello__world", "hello__world", "hello__world"),
                arguments(
                        "__strip__underscore-value___",
                        "strip__underscore-value",
                        "strip__underscore_value",
                        "strip__underscore-value",
                        "strip__underscore+value"),
                arguments("spam & eggs", "spam-eggs", "spam_eggs", "spam-eggs", "spam+eggs"),
                arguments(
                        " multiple---dash and  space ",
                        "multiple-dash-and-space",
                        "multiple_dash_and_space",
                        "multiple-dash-and-space",
                        "multiple+dash+and+space"),
                arguments(
                        "\t whitespace-in-value \n",
                        "whitespace-in-value",
                        "whitespace_in_value",
                        "whitespace-in-value",
                        "whitespace+in+value"),
                arguments(
                        "underscore_in-value",
                        "underscore_in-value",
                        "underscore_in_value",
                        "underscore_in-value",
                        "underscore_in+value"),
                arguments(
                        "Cr\u00e8me br\u00fbl\u00e9e",
                        "creme-brulee",
                        "creme_brulee",
                        "cr\u00e8me-br\u00fbl\u00e9e",
                        "cr\u00e8me+br\u00fbl\u00e9e"),
                arguments("Stra\u00dfe", "strae", "strae", "stra\u00dfe", "stra\u00dfe"),
                arguments("\ufb01nance \u00bd \u00b2", "finance-12-2", "finance_12_2", "finance-12-2", "finance+12+2"),
                arguments(
                        "\u65e5\u672c\u8a9e \u30c6\u30ad\u30b9\u30c8",
                        "",
                        "",
                        "\u65e5\u672c\u8a9e-\u30c6\u30ad\u30b9\u30c8",
                        "\u65e5\u672c\u8a9e+\u30c6\u30ad\u30b9\u30c8"),
                arguments(
                        "\u00c6r\u00f8sk\u00f8bing",
                        "rskbing",
                        "rskbing",
                        "\u00e6r\u00f8sk\u00f8bing",
                        "\u00e6r\u00f8sk\u00f8bing"),
                arguments("a\u001cb\u001fc", "a-b-c", "a_b_c", "a-b-c", "a+b+c"),
                arguments("a\u00a0b", "a-b", "a_b", "a-b", "a+b"),
                arguments("a\u2003b\u3000c", "a-b-c", "a_b_c", "a-b-c", "a+b+c"),
                arguments(
                        "\uff26\uff55\uff4c\uff4c\uff57\uff49\uff44\uff54\uff48 \uff11\uff12\uff13",
                        "fullwidth-123",
                        "fullwidth_123",
                        "fullwidth-123",
                        "fullwidth+123"),
                arguments("\u0130stanbul", "istanbul", "istanbul", "istanbul", "istanbul"),
                arguments(
                        "\u0391\u03a3 \u039f\u0394\u039f\u03a3",
                        "",
                        "",
                        "\u03b1\u03c2-\u03bf\u03b4\u03bf\u03c2",
                        "\u03b1\u03c2+\u03bf\u03b4\u03bf\u03c2"),
                arguments("x \u2014 y \u2013 z", "x-y-z", "x_y_z", "x-y-z", "x+y+z"),
                arguments("emoji \ud83c\udf89 party", "emoji-party", "emoji_party", "emoji-party", "emoji+party"),
                arguments("", "", "", "", ""),
                arguments("---", "", "", "", ""),
                arguments("_-_", "", "", "", ""),
                arguments("a--b__c  d", "a-b__c-d", "a_b__c_d", "a-b__c-d", "a+b__c+d"),
                arguments(
                        "Z\u00fcrich, Gen\u00e8ve & \u0141\u00f3d\u017a",
                        "zurich-geneve-odz",
                        "zurich_geneve_odz",
                        "z\u00fcrich-gen\u00e8ve-\u0142\u00f3d\u017a",
                        "z\u00fcrich+gen\u00e8ve+\u0142\u00f3d\u017a"),
                arguments(
                        "one/two\\three.four",
                        "onetwothreefour",
                        "onetwothreefour",
                        "onetwothreefour",
                        "onetwothreefour"),
                arguments("C++ & C#", "c-c", "c_c", "c-c", "c+c"),
                arguments("caf\u00e9\u0301", "cafe", "cafe", "caf\u00e9", "caf\u00e9"),
                arguments("\u01c5emal", "dzemal", "dzemal", "d\u017eemal", "d\u017eemal"),
                arguments(
                        "\u216b \u217b \u2460 \u0663",
                        "xii-xii-1",
                        "xii_xii_1",
                        "xii-xii-1-\u0663",
                        "xii+xii+1+\u0663"),
                arguments(
                        "\u0928\u092e\u0938\u094d\u0924\u0947 \u0926\u0941\u0928\u093f\u092f\u093e",
                        "",
                        "",
                        "\u0928\u092e\u0938\u0924-\u0926\u0928\u092f",
                        "\u0928\u092e\u0938\u0924+\u0926\u0928\u092f"),
                arguments("\uff41_\uff42", "a_b", "a_b", "a_b", "a_b"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("pythonOutputs")
    void matchesPython(String input, String ascii, String asciiUnderscore, String unicode, String unicodePlus) {
        assertThat(Slugify.slugify(input)).isEqualTo(ascii);
        assertThat(Slugify.slugify(input, "_")).isEqualTo(asciiUnderscore);
        assertThat(Slugify.slugify(input, false, "-")).isEqualTo(ascii);
        assertThat(Slugify.slugify(input, true, "-")).isEqualTo(unicode);
        assertThat(Slugify.slugify(input, true, "+")).isEqualTo(unicodePlus);
    }
}
