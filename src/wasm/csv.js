// Builds the partner objects of the CSV reader (src/wasm/csv.rs) from what the wasm module hands
// over per chunk: one string (each row's tenant ID then its name) and three numbers a row (the
// lengths of both in UTF-16 code units, and the country's number in `codes`, 0 for none). It
// decides nothing: the rows were read and checked in Rust; this only slices strings, which is far
// cheaper than a JSON hand-off or a string copy per field (issue 15).

let table = [];
let tableOf = "";

export function appendPartners(into, text, index, codes) {
  if (codes !== tableOf) {
    table = [];
    for (let i = 0; i + 1 < codes.length; i += 2) table.push(codes.slice(i, i + 2));
    tableOf = codes;
  }
  let at = 0;
  for (let i = 0; i + 2 < index.length; i += 3) {
    const tenantEnd = at + index[i];
    const nameEnd = tenantEnd + index[i + 1];
    const country = index[i + 2];
    const tenantId = text.slice(at, tenantEnd);
    // Object literals (one shape each) are built faster than properties added one by one.
    if (nameEnd > tenantEnd) {
      const name = text.slice(tenantEnd, nameEnd);
      into.push(country !== 0 ? { tenantId, name, country: table[country - 1] } : { tenantId, name });
    } else {
      into.push(country !== 0 ? { tenantId, country: table[country - 1] } : { tenantId });
    }
    at = nameEnd;
  }
}

export function csvResult(ok, issues, partners) {
  return { ok, issues, partners };
}
