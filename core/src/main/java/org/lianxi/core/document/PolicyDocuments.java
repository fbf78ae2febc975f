package org.lianxi.core.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.policy.Policy;

/**
 * Reads and writes policy files in YAML or JSON (schema: {@code docs/policy-format.md}) and loads
 * the policies shipped with the library. A child policy names its parent by id ({@code parent:});
 * the parent is looked up among the shipped policies, then as a file {@code <id>.yaml}, {@code
 * <id>.yml} or {@code <id>.json} beside the child. Loading checks that every refinement is at least
 * as strict as what it refines. A bad file throws {@link LianxiException} naming the file, line,
 * column and problem (unknown kind or activity type, negative min, max below min, duplicate ids,
 * unknown keys, a loosened refinement ...).
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyDocuments {
  /** The ids of the policies shipped as resources, parents first. */
  public static final List<String> SHIPPED =
      List.of(
          "moe-2019-34",
          "soochow-2019-95",
          "shenzhen-style",
          "shandong-xiehe-style",
          "dalian-style");

  private static final String RESOURCES = "/org/lianxi/core/policy/";

  private static final ObjectReader YAML_READER =
      YAMLMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build().reader();
  private static final ObjectReader JSON_READER =
      JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build().reader();
  private static final ObjectWriter YAML_WRITER =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build()
          .writer();
  private static final ObjectWriter JSON_WRITER =
      JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

  private PolicyDocuments() {}

  /** The format of a policy document. */
  public enum Format {
    YAML,
    JSON;

    /** The format a file name's extension names ({@code .yaml}, {@code .yml}, {@code .json}). */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return YAML;
      }
      if (name.endsWith(".json")) {
        return JSON;
      }
      throw new LianxiException(
          "policy file " + file + ": unknown extension; use .yaml, .yml or .json");
    }
  }

  // ------------------------------------------------------------------ shipped policies

  /** A policy shipped with the library: one of {@link #SHIPPED}. */
  public static Policy shipped(String id) {
    return findShipped(id)
        .orElseThrow(
            () ->
                new LianxiException(
                    "policy = " + id + ": no such shipped policy; known: " + SHIPPED));
  }

  /** The shipped policy with this id, if there is one. */
  public static Optional<Policy> findShipped(String id) {
    if (!SHIPPED.contains(id)) {
      return Optional.empty();
    }
    String name = id + ".yaml";
    try (InputStream in = PolicyDocuments.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new LianxiException("policy resource " + RESOURCES + name + " is missing");
      }
      String text = decode(in.readAllBytes(), name);
      return Optional.of(read(text, Format.YAML, name, PolicyDocuments::findShipped));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a policy file, its format from the extension; a parent is a shipped policy or a file
   * beside it named after the parent's id.
   */
  public static Policy read(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    return read(file, id -> findShipped(id).or(() -> sibling(folder, id)));
  }

  /** Reads a policy file, looking parents up with {@code parents}. */
  public static Policy read(Path file, Function<String, Optional<Policy>> parents) {
    Format format = Format.of(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new LianxiException("policy file " + file + ": cannot be read: " + e.getMessage(), e);
    }
    return read(decode(bytes, file.toString()), format, file.toString(), parents);
  }

  /**
   * Reads a policy from text; {@code source} names it in errors; parents are looked up among the
   * shipped policies.
   */
  public static Policy read(String text, Format format, String source) {
    return read(text, format, source, PolicyDocuments::findShipped);
  }

  /** Reads a policy from text, looking parents up with {@code parents}. */
  public static Policy read(
      String text, Format format, String source, Function<String, Optional<Policy>> parents) {
    Problems problems = new Problems(source);
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ObjectReader reader = format == Format.YAML ? YAML_READER : JSON_READER;
    Node root;
    try (JsonParser p = reader.createParser(body)) {
      root = Node.read(p, problems);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw problems.at(
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "not valid " + format + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PolicyReader(problems, parents).policy(root);
  }

  private static Optional<Policy> sibling(Path folder, String id) {
    if (folder == null) {
      return Optional.empty();
    }
    for (String ext : List.of(".yaml", ".yml", ".json")) {
      Path p = folder.resolve(id + ext);
      if (Files.isRegularFile(p)) {
        return Optional.of(read(p));
      }
    }
    return Optional.empty();
  }

  private static String decode(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new LianxiException("policy file " + source + ": not valid UTF-8", e);
    }
  }

  // ------------------------------------------------------------------ writing

  /** The policy as a YAML document (its own obligations; the parent by id). */
  public static String toYaml(Policy policy) {
    return write(YAML_WRITER, policy);
  }

  /** The policy as a JSON document (its own obligations; the parent by id). */
  public static String toJson(Policy policy) {
    return write(JSON_WRITER, policy);
  }

  /** The policy in the given format. */
  public static String write(Policy policy, Format format) {
    return format == Format.YAML ? toYaml(policy) : toJson(policy);
  }

  /** Writes the policy to a file, its format from the extension (UTF-8). */
  public static void write(Policy policy, Path file) {
    try {
      Files.writeString(file, write(policy, Format.of(file)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(ObjectWriter writer, Policy policy) {
    try {
      String s = writer.writeValueAsString(PolicyWriter.policy(policy));
      return s.endsWith("\n") ? s : s + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a policy tree always serialises", e);
    }
  }
}
