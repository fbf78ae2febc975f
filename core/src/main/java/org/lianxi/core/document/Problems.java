package org.lianxi.core.document;

import org.lianxi.core.domain.LianxiException;

/** Makes the errors of one document name its source, line and column. */
final class Problems {
  private final String source;

  Problems(String source) {
    this.source = source;
  }

  LianxiException at(int line, int column, String problem) {
    return new LianxiException(
        "policy file " + source + ", line " + line + ", column " + column + ": " + problem);
  }

  LianxiException at(Node node, String problem) {
    return at(node.line, node.column, problem);
  }

  LianxiException at(Node node, String problem, Throwable cause) {
    return new LianxiException(
        "policy file "
            + source
            + ", line "
            + node.line
            + ", column "
            + node.column
            + ": "
            + problem,
        cause);
  }
}
