package dev.cognitolint.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory walk lints a cdk.out wherever it sits, and nothing else of the folders it skips. */
class CdkOutWalkTest {
  @TempDir Path dir;

  @Test
  void cdkOutIsLintedInsideSkippedFolders() throws IOException {
    List<String> files =
        List.of(
            "cdk.out/App.template.json",
            "build/cdk.out/App.template.json",
            ".build/cdk.out/App.template.json",
            "packages/api/build/out/cdk.out/Api.template.json",
            "build/other.json",
            ".build/other.yaml",
            "cdk.out/.cache/x.json",
            "node_modules/pkg/cdk.out/Pkg.template.json",
            ".git/cdk.out/x.json",
            "template.yaml");
    for (String f : files) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "{}");
    }
    FileCollector.Collected collected =
        new FileCollector(dir).collect(List.of(new FileCollector.Argument(".", dir)));
    List<String> linted =
        collected.targets().stream().map(FileCollector.Target::displayPath).toList();
    assertEquals(
        List.of(
            ".build/cdk.out/App.template.json",
            "build/cdk.out/App.template.json",
            "cdk.out/App.template.json",
            "packages/api/build/out/cdk.out/Api.template.json",
            "template.yaml"),
        linted);
  }
}
