import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/guards";
import { ROLE_HOME } from "@/lib/auth/permissions";

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? ROLE_HOME[actor.role] : "/login");
}
