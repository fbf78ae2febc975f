package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Explanation;

/**
 * Replaces the ids and names of pseudonymised contact units by their pseudonyms, in id fields and
 * anywhere in text (explanations, evidence). Text is scanned once, longest id or name first, so a
 * replacement is never rescanned. Replacement is by plain substring: an id or name that also occurs
 * inside another word is replaced there too (privacy before presentation). A name shared by several
 * pseudonymised units is replaced by the type's prefix and {@code ********}. Immutable and
 * thread-safe.
 */
final class Redactor {
  static final Redactor NONE = new Redactor(Map.of(), Map.of());

  private final Map<String, String> ids;
  private final Map<String, String> all;
  private final Pattern pattern;

  private Redactor(Map<String, String> ids, Map<String, String> all) {
    this.ids = Map.copyOf(ids);
    this.all = Map.copyOf(all);
    this.pattern =
        all.isEmpty()
            ? null
            : Pattern.compile(
                all.keySet().stream()
                    .sorted(
                        Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|")));
  }

  /** A redactor for these units. */
  static Redactor of(List<ContactUnit> units, Pseudonymiser pseudonymiser) {
    Map<String, String> ids = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> nameCount = new HashMap<>();
    for (ContactUnit u : units) {
      nameCount.merge(u.name(), 1, Integer::sum);
    }
    for (ContactUnit u : units) {
      String p = pseudonymiser.pseudonym(u);
      ids.put(u.contactUnitId(), p);
      String name = u.name();
      names.put(name, nameCount.get(name) > 1 ? p.substring(0, p.indexOf('-')) + "-********" : p);
    }
    Map<String, String> all = new HashMap<>(names);
    all.putAll(ids);
    return new Redactor(ids, all);
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  /** The pseudonym for a contact unit id, or the id itself when it is shown in clear. */
  String id(String contactUnitId) {
    return ids.getOrDefault(contactUnitId, contactUnitId);
  }

  Optional<String> id(Optional<String> contactUnitId) {
    return contactUnitId.map(this::id);
  }

  ImmutableList<String> ids(List<String> contactUnitIds) {
    return contactUnitIds.stream().map(this::id).collect(ImmutableList.toImmutableList());
  }

  /** Every id and name of a pseudonymised unit in the text replaced by its pseudonym. */
  String text(String text) {
    if (pattern == null || text.isEmpty()) {
      return text;
    }
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(all.get(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  Explanation text(Explanation e) {
    return pattern == null ? e : new Explanation(text(e.zh()), text(e.en()));
  }

  List<String> texts(List<String> list) {
    List<String> out = new ArrayList<>(list.size());
    list.forEach(s -> out.add(text(s)));
    return out;
  }
}
