"use client";
// A client component: init() in the browser (it resolves at once on the server), then the calls.
import { useEffect, useState } from "react";
import init, { markets, market, checkCustomerMarket } from "csp-partner-rules";

export default function Client() {
  const [text, setText] = useState("loading");
  useEffect(() => {
    init().then(
      () => setText(`client: ${markets().length} / ${checkCustomerMarket("BR", "AR").issues[0].code} / ${market("gb").name}`),
      (error) => setText(`client error: ${error}`),
    );
  }, []);
  return <p id="client">{text}</p>;
}
