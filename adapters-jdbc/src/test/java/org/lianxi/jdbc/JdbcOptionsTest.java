package org.lianxi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lianxi.core.domain.LianxiException;

class JdbcOptionsTest {
  @Test
  void theDefaultPrefixIsLianxi() {
    assertThat(JdbcOptions.defaults().tablePrefix()).isEqualTo("lianxi_");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "lx_", "campus2_lianxi_", "abcdefghijklmnopqrstu"})
  void identifierPrefixesAreAccepted(String prefix) {
    assertThat(JdbcOptions.builder().tablePrefix(prefix).build().tablePrefix()).isEqualTo(prefix);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Lianxi_",
        "1x_",
        "_x",
        "lx-",
        "lx;drop table cadre;",
        "lx ",
        "abcdefghijklmnopqrstuv",
        "联系_"
      })
  void aPrefixThatIsNotASafeIdentifierIsRejectedNamingIt(String prefix) {
    assertThatThrownBy(() -> JdbcOptions.builder().tablePrefix(prefix).build())
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("JdbcOptions.tablePrefix = \"" + prefix + "\"");
  }
}
