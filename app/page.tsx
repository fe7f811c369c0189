import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { homeOf } from "@/lib/auth/roles";

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? homeOf(actor) : "/login");
}
