import dev.cognitolint.shaded.networknt.schema.InputFormat;
import dev.cognitolint.shaded.networknt.schema.Schema;
import dev.cognitolint.shaded.networknt.schema.SchemaRegistry;
import dev.cognitolint.shaded.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates SARIF files against a SARIF 2.1.0 JSON schema with the validator cognito-lint itself
 * ships (networknt, relocated in the jar under dev.cognitolint.shaded), as CliTest does. Run as a
 * single-file program on the jar's class path:
 *
 * <pre>java -cp target/cognito-lint.jar scripts/SarifSchemaCheck.java SCHEMA FILE.sarif...</pre>
 *
 * Prints one line per schema error and exits 1 when there is any. Used by scripts/sarif-multitool.sh,
 * because the Multitool 5.7.0 reports nothing at all for a log with an invalid enum value.
 */
public class SarifSchemaCheck {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SarifSchemaCheck SCHEMA FILE.sarif...");
      System.exit(2);
    }
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(Files.readString(Path.of(args[0])), InputFormat.JSON);
    int errors = 0;
    for (int i = 1; i < args.length; i++) {
      List<dev.cognitolint.shaded.networknt.schema.Error> found = schema.validate(Files.readString(Path.of(args[i])), InputFormat.JSON);
      for (dev.cognitolint.shaded.networknt.schema.Error e : found) System.out.println(args[i] + ": schema error: " + e);
      errors += found.size();
      System.out.println(args[i] + ": " + found.size() + " JSON schema error(s) against " + args[0]);
    }
    System.exit(errors == 0 ? 0 : 1);
  }
}
