// A Server Component: the package is ready at import on the server (no init()).
import { market, checkCustomerMarket } from "csp-partner-rules";
import { loadCountry, addressFormat } from "csp-partner-rules/enrollment";
import Client from "./client.js";
import Enrollment from "./enrollment.js";

export default async function Page() {
  // csp-partner-rules/enrollment on the server: a country's data imported on demand there too.
  await loadCountry("JP");
  const mismatch = checkCustomerMarket("BR", "AR", { locale: "fr" });
  return (
    <main>
      <p id="ssr">
        SSR: {market("gb").name} / {mismatch.issues[0].code} / {mismatch.issues[0].message}
      </p>
      <p id="enrollment-ssr">SSR enrollment: {addressFormat("JP").subdivisions.length}</p>
      <Client />
      <Enrollment />
    </main>
  );
}
