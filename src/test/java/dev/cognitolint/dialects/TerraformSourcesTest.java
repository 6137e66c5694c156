package dev.cognitolint.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.Linter;
import dev.cognitolint.config.ConfigException;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.files.InputException;
import dev.cognitolint.files.Limits;
import dev.cognitolint.files.SourceReader;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Values;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.syntax.HclReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The files a Terraform file refers to: a local module's folder, the configuration beside a plan,
 * and the registry modules' defaults.
 */
class TerraformSourcesTest {
  private static final Path PLAN = Path.of("src/test/resources/terraform-plan/plan.json");

  private static final String MODULE =
      """
      variable "user_existence_errors" {
        default = null
      }

      resource "aws_cognito_user_pool_client" "this" {
        name                          = "web"
        user_pool_id                  = "eu-west-1_EXAMPLE"
        prevent_user_existence_errors = var.user_existence_errors
      }
      """;

  private static final String CALL =
      """
      module "client" {
        source = "%s"
      }
      """;

  @Test
  void planFindingsAreAtTheConfigurationThatDeclaresTheirResources() {
    assertEquals(
        List.of(
            "src/test/resources/terraform-plan/main.tf:12:72 CL201 callback_urls[1]:"
                + " 'http://app.example.com/cb' uses http; use https:// (plain http is allowed"
                + " only for http://localhost, http://127.0.0.1 and http://[::1]) (as planned in"
                + " src/test/resources/terraform-plan/plan.json)",
            "src/test/resources/terraform-plan/main.tf:13:35 CL603 prevent_user_existence_errors:"
                + " LEGACY lets sign-in and recovery errors reveal whether a user exists (user"
                + " enumeration); set ENABLED (as planned in"
                + " src/test/resources/terraform-plan/plan.json)",
            "src/test/resources/terraform-plan/modules/client/main.tf:5:1 CL603"
                + " prevent_user_existence_errors is not set, so the API default LEGACY applies and"
                + " errors reveal whether a user exists; set prevent_user_existence_errors ="
                + " \"ENABLED\" (as planned in src/test/resources/terraform-plan/plan.json)"),
        lint(linter().lintFile(PLAN, PLAN.toString()).findings()));
    assertEquals(
        List.of(false, false, false),
        linter().lintFile(PLAN, PLAN.toString()).findings().stream()
            .map(f -> f.fix() != null)
            .toList(),
        "a plan's finding gets no fix, at its source neither");
  }

  @Test
  void aPlanWithoutItsConfigurationKeepsItsOwnLocations(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve(".git"));
    Path plan = dir.resolve("plan.json");
    Files.copy(PLAN, plan);
    List<String> alone = lint(linter().lintFile(plan, "plan.json").findings());
    assertEquals(3, alone.size(), alone.toString());
    alone.forEach(f -> assertEquals("plan.json:", f.substring(0, "plan.json:".length())));
    String text = Files.readString(PLAN);
    List<String> fromStdin =
        lint(
            linter()
                .lintStream(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "plan.json")
                .findings());
    assertEquals(alone, fromStdin, "a plan that is no file has no configuration beside it");
  }

  @Test
  void aLocalModuleIsReadInsideTheRepositoryOnly(@TempDir Path dir) throws Exception {
    Path repository = Files.createDirectories(dir.resolve("repository"));
    Files.createDirectory(repository.resolve(".git"));
    write(repository.resolve("modules/client/main.tf"), MODULE);
    write(dir.resolve("outside/main.tf"), MODULE);
    Files.createSymbolicLink(repository.resolve("link"), dir.resolve("outside"));

    AppClient client = onlyClient(call(repository, "./modules/client"));
    assertEquals("module.client.aws_cognito_user_pool_client.this", client.name());
    assertNull(client.get("PreventUserExistenceErrors"), "null default: not set");
    assertTrue(Values.isUnknown(client.get("ClientName")), "the module's own setting");
    assertEquals(List.of(), call(repository, "../outside"), "outside the repository");
    assertEquals(List.of(), call(repository, "./link"), "a link out of the repository");
    assertEquals(List.of(), call(repository, "./modules/missing"), "no such folder");
  }

  @Test
  void registryDefaultsNeedAPinnedKnownVersion() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    String lgallard = "lgallard/cognito-user-pool/aws";
    assertNotNull(RegistryModules.defaults(lgallard, nodes.stringNode("0.31.0")));
    assertNotNull(RegistryModules.defaults(lgallard, nodes.stringNode("= 0.31.0")));
    assertNotNull(
        RegistryModules.defaults("registry.terraform.io/" + lgallard, nodes.stringNode("5.1.2")));
    assertNotNull(
        RegistryModules.defaults("mineiros-io/cognito-user-pool/aws", nodes.stringNode("v0.9.2")));
    assertNotNull(RegistryModules.defaults("clouddrove/cognito/aws", nodes.stringNode("1.0.1")));
    assertNull(RegistryModules.defaults(lgallard, nodes.stringNode("~> 0.31")));
    assertNull(RegistryModules.defaults(lgallard, nodes.stringNode(">= 0.31.0, < 1.0.0")));
    assertNull(RegistryModules.defaults(lgallard, nodes.stringNode("99.0.0")));
    assertNull(RegistryModules.defaults(lgallard, nodes.missingNode()));
    assertNull(
        RegistryModules.defaults("terraform-aws-modules/vpc/aws", nodes.stringNode("5.0.0")));
  }

  @Test
  void instanceKeysAreNotPartOfTheDeclaration() {
    assertEquals(
        "module.a.aws_x.b", PlanSources.withoutInstanceKeys("module.a[\"k].x\"].aws_x.b[0]"));
  }

  private static List<AppClient> call(Path repository, String source)
      throws IOException, InputException {
    Path main = repository.resolve("main.tf");
    write(main, CALL.formatted(source));
    return ClientFinder.find(
            new HclReader(Limits.DEFAULT)
                .read(new SourceReader(Limits.DEFAULT).read(main, "main.tf")))
        .clients();
  }

  private static AppClient onlyClient(List<AppClient> clients) {
    assertEquals(1, clients.size(), clients.toString());
    return clients.get(0);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static List<String> lint(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.path()
                    + ":"
                    + f.span().line()
                    + ":"
                    + f.span().column()
                    + " "
                    + f.rule().id()
                    + " "
                    + f.message())
        .toList();
  }

  /** CL201 and CL603 alone. */
  private static Linter linter() {
    List<Rule> rules =
        BuiltinRules.checks().stream()
            .filter(r -> Set.of("CL201", "CL603").contains(r.meta().id()))
            .toList();
    List<RuleMeta> all = BuiltinRules.all(BuiltinRules.checks());
    RuleSettings settings = new RuleSettings(all);
    try {
      for (RuleMeta meta : all) {
        if (!Set.of("CL201", "CL603").contains(meta.id())) settings.set(meta.id(), "off");
      }
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
    return new Linter(Limits.DEFAULT, rules, settings);
  }
}
