import type { Metadata } from "next";
import { getActor } from "@/lib/auth/session";
import { trajectPageTitle } from "@/lib/trajecten/queries";

/** generateMetadata for the traject's pages: the employer's name, then the section. */
export const trajectMetadata =
  (section: string) =>
  async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => ({
    title: await trajectPageTitle({ actor: await getActor(), trajectId: (await params).id, section }),
  });
