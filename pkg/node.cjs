// CommonJS entry ("require" condition in Node): the same module instance as the ESM entry, loaded
// synchronously through Node's require(esm) (Node >= 20.19 / 22.12), so the functions are usable
// right after require(), with no init() call and no second copy of the module.
"use strict";
try {
  module.exports = require("./node.js");
} catch (error) {
  if (error && error.code === "ERR_REQUIRE_ESM") {
    throw new Error(`csp-partner-rules: require() of this package needs Node >= 20.19 or >= 22.12 (require of ES modules); this is Node ${process.versions.node}. Use \`import\` instead, or upgrade Node.`, { cause: error });
  }
  throw error;
}
