package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** The tests run on the module path: the descriptor exports the API packages and nothing else. */
class ModuleBoundaryTest {
  @Test
  void theCoreModuleExportsTheApiOnly() {
    Module core = Verbatim.class.getModule();
    assertThat(core.getName()).isEqualTo("dev.verbatim.core");
    assertThat(core.getDescriptor().exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "dev.verbatim",
            "dev.verbatim.ingest",
            "dev.verbatim.quote",
            "dev.verbatim.verify",
            "dev.verbatim.lucene");
    assertThat(core.getDescriptor().exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(core.isExported("dev.verbatim.internal.search")).isFalse();
  }

  @Test
  void theCoreRequiresTheEmbeddingInterfaceAndNoModelOrRuntime() {
    var requires =
        Verbatim.class.getModule().getDescriptor().requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .toList();
    assertThat(requires).contains("dev.verbatim.embed", "org.apache.lucene.core");
    assertThat(requires)
        .doesNotContain("dev.verbatim.embeddings", "com.microsoft.onnxruntime", "ai.djl.tokenizers")
        .noneMatch(name -> name.startsWith("langchain4j"));
  }
}
