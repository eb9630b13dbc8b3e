"use client";
// csp-partner-rules/enrollment in a client component: a country's data loaded on demand
// (docs/country-data.md), from the chunk Next.js split off for it.
import { useEffect, useState } from "react";
import init, { loadCountry, addressFormat, validateEnrollmentField } from "csp-partner-rules/enrollment";

const form = { country: "BR", address: { postalCode: "0131" } };

export default function Enrollment() {
  const [text, setText] = useState("loading");
  useEffect(() => {
    init()
      .then(async () => {
        const before = validateEnrollmentField(form, "address.postalCode")[0].code;
        await loadCountry("BR");
        const after = validateEnrollmentField(form, "address.postalCode")[0].code;
        setText(`enrollment: ${before} / ${after} / ${addressFormat("BR").subdivisions.length}`);
      })
      .catch((error) => setText(`enrollment error: ${error}`));
  }, []);
  return <p id="enrollment">{text}</p>;
}
