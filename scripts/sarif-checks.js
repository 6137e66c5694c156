#!/usr/bin/env node
// Helpers for scripts/sarif-multitool.sh (Node.js, no dependencies).
//
//   node scripts/sarif-checks.js canary OUT.sarif
//       writes a small SARIF log that breaks each of GH1001-GH1007 once
//   node scripts/sarif-checks.js errors VALIDATION.sarif [EXPECTED_RULE_IDS]
//       reads the Multitool's own output log; prints one line per error-level result (rule id,
//       location, message) and the count. Without EXPECTED_RULE_IDS exits 1 when there is any
//       error; with a comma-separated list exits 1 unless every listed rule reported an error.
//   node scripts/sarif-checks.js github INPUT.sarif
//       what GitHub code scanning documents and the Multitool does not check (one run,
//       automationDetails.id, security-severity on security rules, <= 25,000 results, ...): prints
//       one "advisory:" line per gap and exits 0; with --strict exits 1 when there is any.
'use strict';
const fs = require('fs');

const [cmd, file, extra] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));

function canary(out) {
  const loc = (uri, region = { startLine: 1, startColumn: 1 }) =>
    ({ physicalLocation: { artifactLocation: { uri }, ...(region ? { region } : {}) } });
  const message = { text: 'Canary finding.' };
  const rule = {
    id: 'CANARY1', name: 'Canary', shortDescription: { text: 'Canary.' },
    fullDescription: { text: 'Canary.' }, help: { text: 'Canary.' },
  };
  const r = (extra) => ({ ruleId: 'CANARY1', message, locations: [loc('a.yaml')], ...extra });
  const results = [
    { ruleId: 'CANARY1', message },                                        // GH1001: no locations
    r({ codeFlows: [{ threadFlows: [{ locations: [{ index: 0 }] }] }] }),   // GH1002: threadFlowLocation by index
    r({ locations: [loc('a.yaml', null)] }),                               // GH1003: no region
    r({ locations: Array.from({ length: 1001 }, () => loc('a.yaml')) }),   // GH1004: > 1,000 locations
    r({ locations: [loc('https://example.com/a.yaml')] }),                 // GH1005: not a file path
    r({ locations: [loc('file:///abs/a.yaml')] }),                         // GH1006: absolute, no checkout path
    r({ message: { id: 'default', arguments: ['x'] } }),                   // GH1007: no message.text
  ];
  const run = {
    tool: { driver: { name: 'canary', version: '1', informationUri: 'https://example.com', rules: [rule] } },
    threadFlowLocations: [{ location: loc('a.yaml') }],
    results,
  };
  fs.writeFileSync(out, JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 1));
}

function errors(validation, expected) {
  const log = read(validation);
  const found = [];
  for (const run of log.runs || []) {
    for (const n of (run.invocations || []).flatMap((i) => [...(i.toolExecutionNotifications || []), ...(i.toolConfigurationNotifications || [])])) {
      if ((n.level || 'warning') === 'error') found.push({ id: n.descriptor?.id || 'notification', where: '', text: n.message?.text || '' });
    }
    const rules = run.tool?.driver?.rules || [];
    for (const res of run.results || []) {
      if ((res.level || 'warning') !== 'error') continue;
      const pl = res.locations?.[0]?.physicalLocation;
      const where = pl ? `${(pl.artifactLocation?.uri || '').replace(/^.*\//, '')}(${pl.region?.startLine || ''},${pl.region?.startColumn || ''})` : '';
      // The Multitool writes messages as id + arguments; the text is in its rule's messageStrings.
      const args = res.message?.arguments || [];
      const rule = rules[res.ruleIndex] || rules.find((x) => x.id === res.ruleId) || {};
      const template = rule.messageStrings?.[res.message?.id]?.text;
      const text = res.message?.text || (template ? template.replace(/\{(\d+)\}/g, (m, n) => args[n] ?? m) : args.join(' | '));
      found.push({ id: res.ruleId, where, text });
    }
  }
  // All of them are in the Multitool's own log; a hundred lines tell what is wrong.
  for (const f of found.slice(0, 100)) console.log(`  ${f.id} ${f.where}: ${f.text}`);
  if (found.length > 100) {
    const byRule = {};
    for (const f of found) byRule[f.id] = (byRule[f.id] || 0) + 1;
    console.log(`  ... ${found.length - 100} more; by rule: ${Object.entries(byRule).map(([id, n]) => `${id} ${n}`).join(', ')}`);
  }
  console.log(`${found.length} error(s)`);
  if (expected) {
    const missing = expected.split(',').filter((id) => !found.some((f) => f.id === id));
    if (missing.length) {
      console.log(`missing: ${missing.join(', ')}`);
      process.exit(1);
    }
    return;
  }
  process.exit(found.length ? 1 : 0);
}

function github(input, strict) {
  const log = read(input);
  const gaps = [];
  const gap = (text) => gaps.push(text);
  const runs = log.runs || [];
  if (runs.length !== 1) gap(`${runs.length} runs; code scanning expects one run per tool and category`);
  runs.forEach((run, i) => {
    const at = `runs[${i}]`;
    if (!run.automationDetails?.id) gap(`${at}.automationDetails.id is absent (upload-sarif's 'category' input fills it in)`);
    const rules = run.tool?.driver?.rules || [];
    const noSeverity = [], noMarkdown = [], manyTags = [];
    for (const rule of rules) {
      const tags = rule.properties?.tags || [];
      const sev = rule.properties?.['security-severity'];
      if (tags.includes('security') && !(typeof sev === 'string' && /^(10(\.0)?|\d(\.\d)?)$/.test(sev))) noSeverity.push(rule.id);
      if (!rule.help?.markdown) noMarkdown.push(rule.id);
      if (tags.length > 20) manyTags.push(rule.id);
    }
    if (noSeverity.length) gap(`${at}: ${noSeverity.length} rule(s) tagged security without properties.security-severity ("0.0".."10.0"): ${noSeverity.join(', ')}`);
    if (noMarkdown.length) gap(`${at}: ${noMarkdown.length} rule(s) without help.markdown: ${noMarkdown.join(', ')}`);
    if (manyTags.length) gap(`${at}: rule(s) with more than the 20 tags code scanning keeps: ${manyTags.join(', ')}`);
    const inv = run.invocations?.[0];
    if (!inv || typeof inv.executionSuccessful !== 'boolean') gap(`${at}.invocations[0].executionSuccessful is absent`);
    const results = run.results || [];
    if (results.length > 25000) gap(`${at} has ${results.length} results; code scanning takes at most 25,000 per run`);
    let noFingerprint = 0;
    const absolute = new Set();
    for (const res of results) {
      if (!res.partialFingerprints || !Object.keys(res.partialFingerprints).length) noFingerprint++;
      for (const l of res.locations || []) {
        const uri = l.physicalLocation?.artifactLocation?.uri || '';
        if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) absolute.add(uri);
      }
    }
    if (noFingerprint) gap(`${at}: ${noFingerprint} result(s) without partialFingerprints`);
    if (absolute.size) gap(`${at}: ${absolute.size} non-relative artifact URI(s), e.g. '${[...absolute][0]}'`);
  });
  for (const g of gaps) console.log(`advisory: ${g}`);
  console.log(`${gaps.length} advisory finding(s) on what GitHub code scanning documents`);
  process.exit(strict && gaps.length ? 1 : 0);
}

switch (cmd) {
  case 'canary': canary(file); break;
  case 'errors': errors(file, extra); break;
  case 'github': github(file, extra === '--strict'); break;
  default:
    console.error('usage: sarif-checks.js canary OUT | errors VALIDATION.sarif [IDS] | github INPUT.sarif [--strict]');
    process.exit(2);
}
