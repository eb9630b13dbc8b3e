// A route handler: the same answers on the server as in the page, ready at import (no init()).
import { checkCustomerMarket } from "csp-partner-rules";

export function GET(request) {
  const { searchParams } = new URL(request.url);
  return Response.json(checkCustomerMarket(searchParams.get("partner") ?? "", searchParams.get("customer") ?? "", { locale: "fr" }));
}
