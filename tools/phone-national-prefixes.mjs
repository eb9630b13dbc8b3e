// Writes data/phone-national-prefixes.tsv from libphonenumber-js metadata (the same release as
// data/phone-numbering.tsv): the national (trunk) prefix of each country, which a number dialled
// nationally carries before its national significant number ("0" in FR: 01 23 45 67 89).
// Usage: npm pack libphonenumber-js@1.13 && tar xzf libphonenumber-js-*.tgz &&
//        node tools/phone-national-prefixes.mjs package/metadata.min.json > data/phone-national-prefixes.tsv
import { readFileSync } from "node:fs";

const metadata = JSON.parse(readFileSync(process.argv[2], "utf8"));
const rows = Object.entries(metadata.countries)
  .map(([country, m]) => [country, typeof m[5] === "string" ? m[5] : ""])
  .sort(([a], [b]) => a.localeCompare(b));
process.stdout.write("country\tnational_prefix\n" + rows.map((r) => r.join("\t")).join("\n") + "\n");
