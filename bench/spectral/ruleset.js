// A Spectral ruleset doing cognito-lint's main checks on CloudFormation / SAM / CDK / Serverless
// app clients and CreateUserPoolClient requests, for bench/compare-peers.sh (a speed
// comparison, not a second linter). Structure: the same JSON Schemas from schemas/ (2020-12).
// Rules: https callbacks (CL201), no fragment (CL202), absolute URIs (CL203), DefaultRedirectURI
// among the callbacks (CL204), http logout URLs (CL205), client_credentials alone (CL301),
// implicit grant (CL601), legacy and ALLOW_ auth flows mixed (CL401), password auth (CL602).
// Spectral reads CloudFormation's short-form tags (!Ref, !Sub) only as "Unknown tag" parser
// errors with the tag dropped, so !Sub "http://${Host}/cb" is checked as a plain string.
const fs = require("fs");
const path = require("path");
const { schema, pattern, enumeration } = require("@stoplight/spectral-functions");
const { createRulesetFunction } = require("@stoplight/spectral-core");

const schemas = process.env.COGNITO_LINT_SCHEMAS;
function load(name) {
  // The schemas refer to cognito-idp-shapes.schema.json: inline its $defs.
  const shapes = JSON.parse(fs.readFileSync(path.join(schemas, "cognito-idp-shapes.schema.json"), "utf8"));
  const text = fs.readFileSync(path.join(schemas, name), "utf8").split("cognito-idp-shapes.schema.json#/$defs/").join("#/$defs/");
  const s = JSON.parse(text);
  s.$defs = Object.assign({}, shapes.$defs, s.$defs || {});
  delete s.$schema;
  // Spectral's Ajv compiles patterns without the u flag, so \p{L} and the like match nothing:
  // drop those patterns (lengths, enums, types and ranges stay).
  (function strip(o) {
    if (Array.isArray(o)) return o.forEach(strip);
    if (o && typeof o === "object") {
      if (typeof o.pattern === "string" && o.pattern.includes("\\p{")) delete o.pattern;
      Object.values(o).forEach(strip);
    }
  })(s);
  return s;
}
const cfnSchema = load("cloudformation-user-pool-client.schema.json");
const createSchema = load("create-user-pool-client-request.schema.json");

const CFN = "$.Resources[?(@ && @.Type == 'AWS::Cognito::UserPoolClient')].Properties";
const SLS = "$.resources.Resources[?(@ && @.Type == 'AWS::Cognito::UserPoolClient')].Properties";
const API = "$[?(@property == 'ClientName' || @property == 'UserPoolId')]^";
const clients = [CFN, SLS];
const each = (member) => clients.map((c) => c + "." + member + "[*]");

const defaultInCallbacks = createRulesetFunction({ input: { type: "object" }, options: null }, (client) => {
  const d = client.DefaultRedirectURI;
  if (typeof d !== "string" || !Array.isArray(client.CallbackURLs)) return [];
  return client.CallbackURLs.includes(d) ? [] : [{ message: "DefaultRedirectURI is not one of the CallbackURLs", path: ["DefaultRedirectURI"] }];
});

module.exports = {
  rules: {
    "structure-cloudformation": {
      given: clients, severity: "error", message: "{{error}}",
      then: { function: schema, functionOptions: { schema: cfnSchema, dialect: "draft2020-12", allErrors: true } },
    },
    "structure-create-request": {
      given: [API], severity: "error", message: "{{error}}",
      then: { function: schema, functionOptions: { schema: createSchema, dialect: "draft2020-12", allErrors: true } },
    },
    "callback-url-https": {
      given: each("CallbackURLs").concat(["$.CallbackURLs[*]"]), severity: "error", message: "{{value}} uses http",
      then: { function: pattern, functionOptions: { notMatch: "^http://(?!(localhost|127\\.0\\.0\\.1|\\[::1\\])([:/]|$))" } },
    },
    "redirect-uri-fragment": {
      given: each("CallbackURLs").concat(each("LogoutURLs"), ["$.CallbackURLs[*]"]), severity: "error", message: "{{value}} has a fragment",
      then: { function: pattern, functionOptions: { notMatch: "#" } },
    },
    "redirect-uri-absolute": {
      given: each("CallbackURLs").concat(["$.CallbackURLs[*]"]), severity: "error", message: "{{value}} is not an absolute URI",
      then: { function: pattern, functionOptions: { match: "^[A-Za-z][A-Za-z0-9+.-]*:" } },
    },
    "default-redirect-uri-in-callbacks": {
      given: clients.concat(["$"]), severity: "error",
      then: { function: defaultInCallbacks },
    },
    "logout-url": {
      given: each("LogoutURLs"), severity: "warn", message: "{{value}} uses http",
      then: { function: pattern, functionOptions: { notMatch: "^http://(?!(localhost|127\\.0\\.0\\.1|\\[::1\\])([:/]|$))" } },
    },
    "client-credentials-exclusive": {
      given: clients.map((c) => c + ".AllowedOAuthFlows"), severity: "error",
      message: "client_credentials cannot be combined with code or implicit",
      then: { function: schema, functionOptions: { schema: { not: { allOf: [
        { type: "array", contains: { const: "client_credentials" } },
        { type: "array", contains: { enum: ["code", "implicit"] } }] } } } },
    },
    "implicit-grant": {
      given: each("AllowedOAuthFlows"), severity: "warn", message: "the implicit grant leaks tokens",
      then: { function: enumeration, functionOptions: { values: ["code", "client_credentials"] } },
    },
    "legacy-auth-flows-mixed": {
      given: clients.map((c) => c + ".ExplicitAuthFlows"), severity: "error",
      message: "legacy auth flows cannot be combined with ALLOW_ values",
      then: { function: schema, functionOptions: { schema: { not: { allOf: [
        { type: "array", contains: { type: "string", pattern: "^ALLOW_" } },
        { type: "array", contains: { type: "string", pattern: "^(?!ALLOW_)" } }] } } } },
    },
    "password-auth-flow": {
      given: each("ExplicitAuthFlows"), severity: "warn", message: "{{value}} sends the password",
      then: { function: pattern, functionOptions: { notMatch: "USER_PASSWORD_AUTH$" } },
    },
  },
};
