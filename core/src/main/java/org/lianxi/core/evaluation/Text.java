package org.lianxi.core.evaluation;

import java.util.List;
import org.lianxi.core.domain.Explanation;

/** Builds a Chinese and an English text side by side. Not thread-safe (one per verdict). */
final class Text {
  private final StringBuilder zh = new StringBuilder(160);
  private final StringBuilder en = new StringBuilder(256);

  Text add(String z, String e) {
    zh.append(z);
    en.append(e);
    return this;
  }

  Text add(Object both) {
    String s = String.valueOf(both);
    zh.append(s);
    en.append(s);
    return this;
  }

  /** Appends a list: 、-separated in Chinese, comma-separated in English. */
  Text list(List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        zh.append('、');
        en.append(", ");
      }
      zh.append(items.get(i));
      en.append(items.get(i));
    }
    return this;
  }

  Explanation build() {
    return new Explanation(zh.toString(), en.toString());
  }
}
