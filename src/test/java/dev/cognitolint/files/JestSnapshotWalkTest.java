package dev.cognitolint.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory walk lints Jest's snapshot files in the folders Jest writes them to, and no other.
 */
class JestSnapshotWalkTest {
  @TempDir Path dir;

  @Test
  void snapFilesAreLintedOnlyInSnapshotFolders() throws IOException {
    List<String> files =
        List.of(
            "test/__snapshots__/auth-stack.test.ts.snap",
            "packages/api/test/__snapshots__/api.test.ts.snap",
            "test/__snapshots__/notes.txt",
            "test/__snapshots__/.hidden.snap",
            "test/ubuntu.snap",
            "node_modules/pkg/__snapshots__/pkg.test.js.snap",
            "build/__snapshots__/x.snap");
    for (String f : files) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "// Jest Snapshot v1, https://goo.gl/fbAQLP\n");
    }
    FileCollector.Collected collected =
        new FileCollector(dir).collect(List.of(new FileCollector.Argument(".", dir)));
    assertEquals(
        List.of(
            "packages/api/test/__snapshots__/api.test.ts.snap",
            "test/__snapshots__/auth-stack.test.ts.snap"),
        collected.targets().stream().map(FileCollector.Target::displayPath).toList());
  }
}
