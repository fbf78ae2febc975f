package org.lianxi.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.LianxiException;

/**
 * How CSV files are read and written: the text encoding (UTF-8 by default, with or without a
 * byte-order mark; {@code GBK} or {@code GB18030} for exports from older Chinese systems), the
 * university's time zone in which the local date-times of the files are read (a date-time that does
 * not exist in the zone, in a daylight-saving gap, is an error) and how many errors a read collects
 * before it stops (100 by default). Immutable and thread-safe.
 *
 * @param encoding the text encoding of every file
 * @param zone the university's time zone
 * @param errorCap the most errors collected before a read stops (at least 1)
 */
public record CsvOptions(Charset encoding, ZoneId zone, int errorCap) {
  /** The default error cap. */
  public static final int DEFAULT_ERROR_CAP = 100;

  public CsvOptions {
    LianxiException.check(encoding != null, "CsvOptions", "encoding", null, "must not be null");
    LianxiException.check(zone != null, "CsvOptions", "zone", null, "must not be null");
    LianxiException.check(errorCap >= 1, "CsvOptions", "errorCap", errorCap, "must be >= 1");
  }

  /** UTF-8, Asia/Shanghai, 100 errors. */
  public static CsvOptions defaults() {
    return new CsvOptions(StandardCharsets.UTF_8, AcademicCalendar.DEFAULT_ZONE, DEFAULT_ERROR_CAP);
  }

  /** These options with another encoding, e.g. {@code Charset.forName("GBK")}. */
  public CsvOptions withEncoding(Charset newEncoding) {
    return new CsvOptions(newEncoding, zone, errorCap);
  }

  /** These options with another time zone. */
  public CsvOptions withZone(ZoneId newZone) {
    return new CsvOptions(encoding, newZone, errorCap);
  }

  /** These options with another error cap. */
  public CsvOptions withErrorCap(int newErrorCap) {
    return new CsvOptions(encoding, zone, newErrorCap);
  }
}
