// Synthesizes small CDK apps with the validator (no AWS account or credentials: synth is local)
// and checks what CDK reports. Runs this checkout's bin/cognito-lint (the jar with its class
// archive and JVM options: the fastest start), or `java -jar $COGNITO_LINT_JAR` when that is set.
// Run by scripts/test-cdk.sh, which builds the plugin first.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const cognito = cdk.aws_cognito;
const { CognitoLintValidator } = require('..');

const command = process.env.COGNITO_LINT_JAR ? ['java', '-jar', process.env.COGNITO_LINT_JAR]
  : [path.resolve(__dirname, '../../../bin/cognito-lint')];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-lint-cdk-'));
test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Builds an app with one user pool client from `define`, synthesizes it; returns the error and the report. */
function synth(name, define, validator = new CognitoLintValidator({ command })) {
  const outdir = path.join(tmp, name);
  const app = new cdk.App({ outdir });
  cdk.Validations.of(app).addPlugins(validator);
  const stack = new cdk.Stack(app, name);
  define(new cognito.UserPool(stack, 'Pool'));
  let error;
  try {
    app.synth();
  } catch (e) {
    error = e;
  }
  const file = path.join(outdir, 'validation-report.json');
  const report = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
  const violations = report ? report.pluginReports.flatMap((r) => r.violations) : [];
  return { error, report, violations };
}

const secure = { authFlows: { userSrp: true }, preventUserExistenceErrors: true, enableTokenRevocation: true,
  writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
  oAuth: { flows: { authorizationCodeGrant: true }, scopes: [cognito.OAuthScope.OPENID] } };
const line = (marker) => fs.readFileSync(__filename, 'utf8').split('\n').findIndex((l) => l.includes(marker)) + 1;

test('an error fails synth, reported with the construct path and the source line', () => {
  const { error, violations } = synth('Bad', (pool) => {
    pool.addClient('Web', { ...secure, oAuth: { ...secure.oAuth, callbackUrls: ['http://app.example.com/cb'] } }); // MARK-BAD
  });
  assert.ok(error, 'synth should fail');
  assert.match(String(error), /Validation failed/);
  const cl201 = violations.filter((v) => v.ruleName === 'CL201');
  assert.strictEqual(cl201.length, 1, JSON.stringify(violations, null, 1));
  assert.strictEqual(cl201[0].severity, 'error');
  assert.strictEqual(cl201[0].violatingConstructs[0].constructPath, 'Bad/Pool/Web/Resource');
  assert.strictEqual(cl201[0].violatingConstructs[0].cloudFormationResource.propertyPaths[0], 'Properties/CallbackURLs/0');
  assert.match(cl201[0].description, /^CallbackURLs\[0\]: 'http:\/\/app\.example\.com\/cb' uses http/);
  const here = path.relative(process.cwd(), __filename);
  assert.ok(cl201[0].description.includes(`construct Bad/Pool/Web/Resource, defined at ${here}:${line('MARK-BAD')}:`),
    cl201[0].description);
});

test('a clean client passes', () => {
  const { error, violations } = synth('Good', (pool) => {
    pool.addClient('Web', { ...secure, oAuth: { ...secure.oAuth, callbackUrls: ['https://app.example.com/cb'] } });
  });
  assert.strictEqual(error, undefined);
  assert.deepStrictEqual(violations, []);
});

test('a CDK acknowledgement suppresses the finding, and synth passes', () => {
  const { error, violations, report } = synth('Acknowledged', (pool) => {
    const client = pool.addClient('Web', { ...secure, oAuth: { ...secure.oAuth, callbackUrls: ['http://app.example.com/cb'] } });
    cdk.Validations.of(client).acknowledge({ id: 'cognito-lint::CL201', reason: 'the partner gateway terminates TLS' });
  });
  assert.strictEqual(error, undefined, String(error));
  assert.deepStrictEqual(violations.filter((v) => v.ruleName === 'CL201'), []);
  assert.match(JSON.stringify(report), /the partner gateway terminates TLS/);
});

test("cognito-lint's own Metadata suppression works too", () => {
  const { error, violations } = synth('InSource', (pool) => {
    const client = pool.addClient('Web', { ...secure, oAuth: { ...secure.oAuth, callbackUrls: ['http://app.example.com/cb'] } });
    client.node.defaultChild.addMetadata('cognito-lint', { ignore: [{ id: 'CL201', reason: 'TLS ends at the gateway' }] });
  });
  assert.strictEqual(error, undefined, String(error));
  assert.deepStrictEqual(violations, []);
});

test('a usage error of cognito-lint fails synth with its message, not a verdict', () => {
  const { error, report } = synth('Usage', (pool) => pool.addClient('Web', secure),
    new CognitoLintValidator({ command, args: ['--fail-level', 'bogus'] }));
  assert.ok(error);
  assert.match(JSON.stringify(report), /cognito-lint exited with 2: .*--fail-level/);
});
