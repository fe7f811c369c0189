import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";

/** The address of the client of the request being rendered (a page or a server action). */
export async function requestClientAddress(): Promise<string | null> {
  return clientAddress(await headers(), env().TRUST_PROXY);
}
