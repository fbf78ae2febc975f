package org.lianxi.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.LianxiException;

class ExcelSafeCsvWriterTest {
  private static byte[] write(boolean bom, List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelSafeCsvWriter w = ExcelSafeCsvWriter.open(out, "r.csv", bom, header)) {
      rows.forEach(w::row);
    }
    return out.toByteArray();
  }

  @Test
  void cellsThatCouldStartAFormulaGetALeadingQuote() {
    byte[] bytes =
        write(
            false,
            List.of("a", "=b"),
            List.of(
                List.of("=SUM(A1:A9)", "+86 512"),
                List.of("-1", "@管理员"),
                List.of("\t=cmd", "\r=cmd"),
                List.of("a=b", "'=already")));
    assertThat(CsvRows.of(bytes))
        .containsExactly(
            List.of("a", "'=b"),
            List.of("'=SUM(A1:A9)", "'+86 512"),
            List.of("'-1", "'@管理员"),
            List.of("'\t=cmd", "'\r=cmd"),
            List.of("a=b", "'=already"));
  }

  @Test
  void chineseTextIsIntactWithOrWithoutByteOrderMark() {
    byte[] plain = write(false, List.of("名称"), List.of(List.of("苏州大学，\"学生\"工作部")));
    byte[] bom = write(true, List.of("名称"), List.of(List.of("苏州大学，\"学生\"工作部")));
    assertThat(plain).startsWith("名称".getBytes(StandardCharsets.UTF_8));
    assertThat(bom).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(CsvRows.of(bom)).isEqualTo(CsvRows.of(plain));
    assertThat(new String(plain, StandardCharsets.UTF_8))
        .isEqualTo("名称\r\n\"苏州大学，\"\"学生\"\"工作部\"\r\n");
  }

  @Test
  void aRowMustHaveTheHeadersWidth() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelSafeCsvWriter w = ExcelSafeCsvWriter.open(out, "r.csv", false, List.of("a", "b"))) {
      assertThatThrownBy(() -> w.row("only one"))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("r.csv: row 1: 1 cells for the 2 columns");
    }
  }

  @Test
  void textUtf8CannotHoldIsAnErrorNotReplaced() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelSafeCsvWriter w = ExcelSafeCsvWriter.open(out, "r.csv", false, List.of("a"))) {
      assertThatThrownBy(() -> w.row("lone \uD800 surrogate"))
          .isInstanceOf(LianxiException.class)
          .hasMessageContaining("r.csv: row 1: column a: value \"lone \uD800 surrogate\"");
    }
  }
}
