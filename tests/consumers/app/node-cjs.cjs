// Node CommonJS: require() gives the same functions, initialized synchronously.
const m = require("csp-partner-rules");
const first = m.markets().length;
const mismatch = m.checkCustomerMarket("BR", "AR");
const schema = m.enrollmentSchema({ mode: "draft" })["~standard"].validate({ country: "FR", address: { country: "DE" } });
console.log(JSON.stringify({ first, regionMismatch: mismatch.issues[0].code, schemaPaths: schema.issues.map((i) => i.path.join(".")), init: typeof m.default, sameAsEsm: require.resolve("csp-partner-rules").endsWith("node.cjs") }));
