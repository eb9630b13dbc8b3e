// A Server Component: the package is ready at import on the server (no init()).
import { market, checkCustomerMarket } from "csp-partner-rules";
import Client from "./client.js";

export default function Page() {
  const mismatch = checkCustomerMarket("BR", "AR", { locale: "fr" });
  return (
    <main>
      <p id="ssr">
        SSR: {market("gb").name} / {mismatch.issues[0].code} / {mismatch.issues[0].message}
      </p>
      <Client />
    </main>
  );
}
