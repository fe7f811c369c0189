import { LINK_TOKEN_PATTERN } from "@/lib/link-token-pattern";

/** Where a respondent goes when their link or connection is over a load limit; the link comes along to return to. */
export function busyPagePath(token: string): string {
  return LINK_TOKEN_PATTERN.test(token) ? `/scan/drukte?link=${token}` : "/scan/drukte";
}
