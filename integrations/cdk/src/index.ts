import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type {
  IPolicyValidationContextBeta1,
  IPolicyValidationPluginBeta1,
  PolicyValidationPluginReportBeta1,
  PolicyViolationBeta1,
} from 'aws-cdk-lib/core';

/** Options of {@link CognitoLintValidator}. */
export interface CognitoLintValidatorProps {
  /**
   * The command that runs cognito-lint, as the first words of its command line.
   * @default ['cognito-lint'] (the launcher of the self-contained archive, from PATH), or
   *   ['java', '-jar', jar] when `jar` is given
   */
  readonly command?: string[];
  /** A cognito-lint.jar to run with `java -jar` (Java 17+ on PATH), instead of `command`. */
  readonly jar?: string;
  /** More cognito-lint options, e.g. ['--config', 'lint.yaml'] or ['--fail-level', 'warning']. */
  readonly args?: string[];
  /**
   * The working directory of cognito-lint: its .cognito-lint.yaml is found from here upward.
   * @default process.cwd()
   */
  readonly cwd?: string;
}

/** One finding of cognito-lint's JSON report (schemas/cognito-lint-report.schema.json). */
interface Finding {
  ruleId: string;
  ruleName: string;
  severity: 'error' | 'warning' | 'note';
  message: string;
  path: string;
  line: number;
  column: number;
  location: string;
  suppressed: boolean;
}

/** Where a resource was defined: its construct path and the user's source line, when known. */
interface Origin {
  constructPath?: string;
  source?: { file: string; line: string; column: string };
}

const VERSION: string = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version;

/**
 * A CDK policy validation plugin: at synth time it runs cognito-lint on the synthesized templates
 * and reports every finding as a violation of the resource it is about. A run whose findings fail
 * cognito-lint's fail level (by default: any error) fails the synth.
 *
 * Register it with `Validations.of(app).addPlugins(new CognitoLintValidator())`, or in older
 * aws-cdk-lib with `new App({ policyValidationBeta1: [new CognitoLintValidator()] })`. A finding
 * can be acknowledged with `Validations.of(scope).acknowledge({ id: 'cognito-lint::CL201', reason })`
 * where aws-cdk-lib has that API, or with cognito-lint's own `Metadata` suppressions.
 */
export class CognitoLintValidator implements IPolicyValidationPluginBeta1 {
  public readonly name = 'cognito-lint';
  public readonly version = VERSION;
  private readonly command: string[];
  private readonly args: string[];
  private readonly cwd: string;

  constructor(props: CognitoLintValidatorProps = {}) {
    this.command = props.command ?? (props.jar ? ['java', '-jar', props.jar] : ['cognito-lint']);
    this.args = props.args ?? [];
    this.cwd = props.cwd ?? process.cwd();
  }

  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const templates = context.templatePaths.map((t) => path.resolve(t));
    if (templates.length === 0) return { success: true, violations: [] };
    // `--` ends the options, so a template path can never be read as one.
    const argv = [...this.command.slice(1), '--format', 'json', ...this.args, '--', ...templates];
    const run = spawnSync(this.command[0], argv, { cwd: this.cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.error) throw new Error(`cognito-lint: cannot run ${this.command.join(' ')}: ${run.error.message}`);
    // 0: nothing at the fail level, 1: something; anything else is a usage error, not a verdict.
    if (run.status !== 0 && run.status !== 1) {
      // picocli follows a usage error with the whole help text: keep what comes before it.
      const message = run.stderr.split(/^Usage: /m)[0].trim();
      throw new Error(`cognito-lint exited with ${run.status ?? run.signal}: ${message}`);
    }
    const findings: Finding[] = JSON.parse(run.stdout).findings;
    const origins = new Origins();
    const violations = findings
      .filter((f) => !f.suppressed)
      .map((f) => this.violation(f, path.resolve(this.cwd, f.path), origins));
    return { success: run.status === 0, violations, pluginVersion: VERSION };
  }

  private violation(f: Finding, templatePath: string, origins: Origins): PolicyViolationBeta1 {
    // A finding's location is the client's logical id, then the property path inside it.
    const slash = f.location.indexOf('/');
    const logicalId = slash < 0 ? f.location : f.location.slice(0, slash);
    const property = slash < 0 ? '' : f.location.slice(slash + 1);
    const origin = logicalId ? origins.of(templatePath, logicalId) : {};
    const where = [`${path.relative(this.cwd, templatePath)}:${f.line}:${f.column}`];
    if (origin.constructPath) where.push(`construct ${origin.constructPath}`);
    if (origin.source) {
      const { file, line, column } = origin.source;
      where.push(`defined at ${path.relative(this.cwd, file)}:${line}:${column}`);
    }
    return {
      ruleName: f.ruleId,
      description: `${f.message} [${f.ruleId} ${f.ruleName}] (${where.join(', ')})`,
      severity: f.severity === 'note' ? 'info' : f.severity,
      ruleMetadata: { rule: f.ruleName, line: String(f.line), column: String(f.column) },
      violatingResources: [{
        resourceLogicalId: logicalId,
        templatePath,
        locations: [property ? `Properties/${property}` : ''],
      }],
    };
  }
}

/**
 * Where the resources of a cloud assembly were defined, read once per assembly folder. The
 * construct path of a logical id comes from the aws:cdk:logicalId entries of the assembly's
 * metadata, else from the resource's aws:cdk:path in the template (written when path metadata is
 * on, as with the cdk CLI). The source line is the first frame of user code in the creation stack
 * trace, where CDK recorded one: the `trace` of the aws:cdk:logicalId entry (older aws-cdk-lib)
 * or an aws:cdk:creationStack entry (newer), in the manifest or its additionalMetadataFile.
 */
class Origins {
  private readonly assemblies = new Map<string, Map<string, Origin>>();
  private readonly templates = new Map<string, Record<string, any>>();

  public of(templatePath: string, logicalId: string): Origin {
    const byId = this.assembly(path.dirname(templatePath));
    const found = byId.get(`${path.basename(templatePath)}\0${logicalId}`);
    if (found) return found;
    const constructPath = this.resources(templatePath)[logicalId]?.Metadata?.['aws:cdk:path'];
    return typeof constructPath === 'string' ? { constructPath } : {};
  }

  private resources(file: string): Record<string, any> {
    let resources = this.templates.get(file);
    if (!resources) {
      resources = readJson(file)?.Resources ?? {};
      this.templates.set(file, resources!);
    }
    return resources!;
  }

  /** The origins of the assembly's resources, by template file name and logical id. */
  private assembly(dir: string): Map<string, Origin> {
    let origins = this.assemblies.get(dir);
    if (origins) return origins;
    origins = new Map();
    const manifest = readJson(path.join(dir, 'manifest.json'));
    for (const artifact of Object.values<any>(manifest?.artifacts ?? {})) {
      const template = artifact?.properties?.templateFile;
      if (typeof template !== 'string') continue;
      const extra = typeof artifact.additionalMetadataFile === 'string'
        ? readJson(path.join(dir, artifact.additionalMetadataFile)) : undefined;
      for (const metadata of [artifact.metadata, extra]) {
        for (const [key, entries] of Object.entries<any>(metadata ?? {})) {
          if (!Array.isArray(entries)) continue;
          const id = entries.find((e) => e?.type === 'aws:cdk:logicalId' && typeof e.data === 'string');
          if (!id) continue;
          const stack = entries.find((e) => e?.type === 'aws:cdk:creationStack')?.data ?? id.trace;
          origins.set(`${template}\0${id.data}`, {
            constructPath: key.replace(/^\//, ''),
            source: Array.isArray(stack) ? userFrame(stack) : undefined,
          });
        }
      }
    }
    this.assemblies.set(dir, origins);
    return origins;
  }
}

/** The first frame of a stack trace in the user's code (not in node_modules or Node itself). */
function userFrame(trace: string[]): Origin['source'] {
  for (const frame of trace) {
    const m = /\(?((?:[A-Za-z]:)?[^\s()]+):(\d+):(\d+)\)?$/.exec(frame.trim());
    if (!m || m[1].startsWith('node:') || /[\\/]node_modules[\\/]/.test(m[1])) continue;
    return { file: m[1], line: m[2], column: m[3] };
  }
  return undefined;
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
