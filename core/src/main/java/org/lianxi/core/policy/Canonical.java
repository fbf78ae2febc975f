package org.lianxi.core.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The canonical text of a policy, hashed into {@link Policy#contentHash()}: one {@code key=value}
 * line per attribute in a fixed order, sets sorted, text escaped. Equal policies give equal text
 * whatever file format they came from. Not thread-safe (one per hash).
 */
final class Canonical {
  private final StringBuilder text = new StringBuilder(4096);

  Canonical put(String key, Object value) {
    text.append(key).append('=');
    escape(String.valueOf(value));
    text.append('\n');
    return this;
  }

  Canonical set(String key, Collection<?> values) {
    TreeSet<String> sorted = new TreeSet<>();
    for (Object v : values) {
      sorted.add(String.valueOf(v));
    }
    text.append(key).append("={");
    boolean first = true;
    for (String v : sorted) {
      if (!first) {
        text.append(',');
      }
      first = false;
      escape(v);
    }
    text.append("}\n");
    return this;
  }

  Canonical open(String key) {
    text.append(key).append(" {\n");
    return this;
  }

  Canonical close() {
    text.append("}\n");
    return this;
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\':
          text.append("\\\\");
          break;
        case '\n':
          text.append("\\n");
          break;
        case ',':
          text.append("\\,");
          break;
        case '}':
          text.append("\\}");
          break;
        default:
          text.append(ch);
      }
    }
  }

  String text() {
    return text.toString();
  }

  String sha256() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
