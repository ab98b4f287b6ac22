package org.regiomonitor.monitor.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the downloadable .xlsx template from the .csv one (src/main/resources/static/templates), so that both hold
 * the same rows; {@link TemplateReaderTest} checks they read the same. Run after changing the CSV:
 * {@code java -cp target/test-classes:target/classes:<test class path> org.regiomonitor.monitor.imports.TemplateExamples}.
 */
final class TemplateExamples {

    static final Path DIRECTORY = Path.of("src/main/resources/static/templates");
    static final Path CSV = DIRECTORY.resolve("regiomonitor-template.csv");
    static final Path XLSX = DIRECTORY.resolve("regiomonitor-template.xlsx");

    private TemplateExamples() {
    }

    public static void main(String[] args) throws IOException {
        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofCsvRecord(CSV)) {
            rows = csv.stream().toList();
        }
        try (OutputStream out = Files.newOutputStream(XLSX)) {
            Workbook workbook = new Workbook(out, "Regiomonitor", "1.0");
            Worksheet sheet = workbook.newWorksheet("observations");
            for (int r = 0; r < rows.size(); r++) {
                List<String> fields = rows.get(r).getFields();
                for (int c = 0; c < fields.size(); c++) {
                    String field = fields.get(c);
                    BigDecimal number = r > 0 && c == 3 ? Decimals.plain(field) : null;
                    if (number != null) {
                        sheet.value(r, c, number);
                    } else if (!field.isEmpty()) {
                        sheet.value(r, c, field);
                    }
                    if (r == 0) {
                        sheet.style(r, c).bold().set();
                    }
                }
            }
            sheet.width(5, 80);
            workbook.finish();
        }
    }
}
