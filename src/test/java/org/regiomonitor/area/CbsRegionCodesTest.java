package org.regiomonitor.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CBS region code list parser and the description reader, on CBS's real 03759ned code list. */
class CbsRegionCodesTest {

    static final Path CODES_03759 = Path.of("/work/shared/data/cbs/odata4/03759ned/codes-RegioS.json");

    static List<CbsRegionCode> read03759() throws IOException {
        try (InputStream in = Files.newInputStream(CODES_03759)) {
            return CbsRegionCodes.read(in);
        }
    }

    @Test
    void readsEveryCodeOfTheRealFile() throws IOException {
        List<CbsRegionCode> codes = read03759();

        assertThat(codes).filteredOn(c -> c.identifier().startsWith("GM")).hasSize(835);
        Map<String, CbsRegionCode> byCode = codes.stream()
                .collect(Collectors.toMap(CbsRegionCode::identifier, Function.identity()));
        assertThat(byCode.get("CR12").title()).isEqualTo("Twente (CR)");
        assertThat(byCode.get("GM0738").dimensionGroupId()).isEqualTo("GMPV30");
        assertThat(codes).allSatisfy(c -> assertThat(c.identifier()).isEqualTo(c.identifier().strip()));
    }

    @Test
    void validityAndSuccessionsFromTheDescriptions() throws IOException {
        Map<String, CbsRegionCode> byCode = read03759().stream()
                .collect(Collectors.toMap(CbsRegionCode::identifier, Function.identity()));

        var aalburg = CbsRegionDescription.parse("GM0738", byCode.get("GM0738").description());
        assertThat(aalburg.validFrom()).isEqualTo(LocalDate.of(1973, 1, 1));
        assertThat(aalburg.validTo()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(aalburg.successions()).extracting(s -> s.successor() + " " + s.kind())
                .containsExactly("GM1959 MERGER");

        var denekamp = CbsRegionDescription.parse("GM0149", byCode.get("GM0149").description());
        assertThat(denekamp.validFrom()).isNull(); // "Begindatum voor 1830": open
        assertThat(denekamp.validTo()).isEqualTo(LocalDate.of(2002, 6, 1));
        assertThat(denekamp.successions()).filteredOn(s -> s.kind() == SuccessionKind.RENAME).singleElement()
                .satisfies(s -> {
                    assertThat(s.predecessor()).isEqualTo("GM0149");
                    assertThat(s.successor()).isEqualTo("GM1774");
                    assertThat(s.on()).isEqualTo(LocalDate.of(2002, 6, 1));
                    assertThat(s.text()).contains("nieuwe naam: Dinkelland (GM1774)");
                });
        // The 2001 merger into Denekamp names Ootmarsum and Weerselo, not Denekamp itself.
        assertThat(denekamp.successions()).filteredOn(s -> s.kind() == SuccessionKind.MERGER)
                .extracting(CbsRegionDescription.Succession::predecessor).containsExactlyInAnyOrder("GM0176", "GM0188");

        var holten = CbsRegionDescription.parse("GM0165", byCode.get("GM0165").description());
        assertThat(holten.validTo()).isEqualTo(LocalDate.of(2001, 1, 1));
        assertThat(holten.successions()).singleElement().satisfies(s -> {
            assertThat(s.successor()).isEqualTo("GM0178");
            assertThat(s.kind()).isEqualTo(SuccessionKind.MERGER);
        });

        var altena = CbsRegionDescription.parse("GM1959", byCode.get("GM1959").description());
        assertThat(altena.validFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(altena.validTo()).isNull();
    }

    @Test
    void rejectsADocumentThatIsNoCodeList() {
        assertThatThrownBy(() -> CbsRegionCodes.read(
                new ByteArrayInputStream("{\"other\": []}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
    }
}
