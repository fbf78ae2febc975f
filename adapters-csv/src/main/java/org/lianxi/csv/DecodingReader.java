package org.lianxi.csv;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly: text that is not valid in the charset is reported, never replaced. The
 * characters before a bad sequence are delivered first; the next read throws {@link BadText}, so a
 * reader above knows exactly where the bad bytes are. A leading byte-order mark (U+FEFF) is
 * dropped. Not thread-safe.
 */
final class DecodingReader extends Reader {
  private static final char BOM = '\uFEFF';

  /** Charsets in which every byte below 0x80 that starts a character is that ASCII character. */
  private static final ImmutableSet<String> ASCII_COMPATIBLE =
      ImmutableSet.of("UTF-8", "GBK", "GB18030", "GB2312", "US-ASCII", "ISO-8859-1");

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final boolean asciiFastPath;
  private final ByteBuffer bytes;
  private boolean endOfInput;
  private boolean flushed;
  private boolean atStart = true;
  private long bytesBefore; // bytes consumed before bytes.position(), for messages
  private BadText pending;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.asciiFastPath = ASCII_COMPATIBLE.contains(charset.name());
    this.bytes = ByteBuffer.allocate(1 << 16);
    this.bytes.flip();
  }

  /** Bytes that cannot be decoded; {@link #bytes()} shows them as {@code \xNN}. */
  static final class BadText extends IOException {
    private static final long serialVersionUID = 1L;
    private final String hex;
    private final long offset;

    BadText(String hex, long offset) {
      super("bytes " + hex + " at byte offset " + offset + " are not valid text");
      this.hex = hex;
      this.offset = offset;
    }

    /** The bad bytes as {@code \xNN} escapes. */
    String bytes() {
      return hex;
    }

    long offset() {
      return offset;
    }
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      int n = decodeSome(cbuf, off, len);
      if (n <= 0) {
        return n;
      }
      if (atStart) {
        atStart = false;
        if (cbuf[off] == BOM) {
          System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
          n--;
          if (n == 0) {
            continue;
          }
        }
      }
      return n;
    }
  }

  private int decodeSome(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      BadText e = pending;
      pending = null;
      throw e;
    }
    if (flushed) {
      return -1;
    }
    if (asciiFastPath && !atStart) {
      int n = ascii(cbuf, off, len);
      if (n > 0) {
        return n;
      }
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, endOfInput);
      if (r.isError()) {
        BadText bad = bad(r.length());
        if (out.position() > off) {
          pending = bad;
          return out.position() - off;
        }
        throw bad;
      }
      if (r.isOverflow()) {
        return out.position() - off;
      }
      // underflow: all decodable input consumed
      if (out.position() > off) {
        return out.position() - off;
      }
      if (endOfInput) {
        decoder.flush(out);
        flushed = true;
        int n = out.position() - off;
        return n == 0 ? -1 : n;
      }
      fill();
    }
  }

  /**
   * Copies a run of ASCII bytes straight to characters, stopping before the first byte of 0x80 or
   * above (the decoder takes it from there). Bytes are always consumed whole characters at a time,
   * so the run starts at a character boundary, where a byte below 0x80 is that ASCII character.
   */
  private int ascii(char[] cbuf, int off, int len) throws IOException {
    if (!bytes.hasRemaining()) {
      if (endOfInput) {
        return 0;
      }
      fill();
    }
    byte[] b = bytes.array();
    int p = bytes.position();
    int n = Math.min(len, bytes.limit() - p);
    int i = 0;
    while (i < n && b[p + i] >= 0) {
      cbuf[off + i] = (char) b[p + i];
      i++;
    }
    bytes.position(p + i);
    return i;
  }

  private void fill() throws IOException {
    bytesBefore += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private BadText bad(int length) {
    StringBuilder hex = new StringBuilder();
    int p = bytes.position();
    for (int i = 0; i < length && p + i < bytes.limit(); i++) {
      hex.append(String.format("\\x%02X", bytes.get(p + i) & 0xFF));
    }
    return new BadText(hex.toString(), bytesBefore + p);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
