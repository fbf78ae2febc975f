package org.lianxi.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lianxi.core.testkit.LianxiTheories.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The strict decoder gives back exactly the text that was encoded, in UTF-8, GBK and GB18030 (GBK's
 * second bytes may look like ASCII: the ASCII fast path must never start inside a character),
 * whatever the sizes asked for; a leading BOM is dropped, any other kept.
 */
class DecodingReaderProperties {
  private static final List<String> PIECES =
      List.of("a", "7", ",", "\"", "\n", "中", "丂", "乗", "苏州大学", "@", "\uFEFF", "é", "€");

  private static Gen<String> texts() {
    return in -> {
      int n = (int) in.next(Constraint.between(0, 40));
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append(PIECES.get((int) in.next(Constraint.between(0, PIECES.size() - 1))));
      }
      return s.toString();
    };
  }

  /** The text without the characters the charset cannot hold (GBK has no € and no BOM). */
  static String encodable(String text, Charset charset) {
    var encoder = charset.newEncoder();
    StringBuilder s = new StringBuilder();
    text.codePoints().mapToObj(Character::toString).filter(encoder::canEncode).forEach(s::append);
    return s.toString();
  }

  static String decode(byte[] bytes, Charset charset, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    try (DecodingReader r = new DecodingReader(new ByteArrayInputStream(bytes), charset)) {
      char[] buf = new char[chunk];
      int n;
      while ((n = r.read(buf, 0, chunk)) >= 0) {
        out.append(buf, 0, n);
      }
    }
    return out.toString();
  }

  @Test
  void decodesWhatWasEncodedInEveryChineseEncoding() {
    qt().forAll(
            texts(),
            in -> (int) in.next(Constraint.between(1, 9)),
            in -> List.of("UTF-8", "GBK", "GB18030").get((int) in.next(Constraint.between(0, 2))))
        .checkAssert(
            (text, chunk, name) -> {
              Charset charset = Charset.forName(name);
              String encodable = encodable(text, charset);
              try {
                assertThat(decode(encodable.getBytes(charset), charset, chunk))
                    .isEqualTo(encodable.startsWith("\uFEFF") ? encodable.substring(1) : encodable);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void aBadByteIsReportedAfterTheTextBeforeIt() throws IOException {
    byte[] good = "abc中".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 2];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
    bytes[good.length + 1] = 'x';
    StringBuilder before = new StringBuilder();
    DecodingReader r = new DecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    char[] buf = new char[64];
    DecodingReader.BadText bad =
        catchThrowableOfType(
            DecodingReader.BadText.class,
            () -> {
              int n;
              while ((n = r.read(buf, 0, buf.length)) >= 0) {
                before.append(buf, 0, n);
              }
            });
    assertThat(before.toString()).isEqualTo("abc中");
    assertThat(bad.bytes()).isEqualTo("\\xC3");
    assertThat(bad.offset()).isEqualTo(good.length);
  }
}
