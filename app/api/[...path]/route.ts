import { notFoundResponse } from "@/lib/http/download";

// Any /api path no route has answers exactly as a route that refuses (the plain 404), so a stranger
// cannot tell a hidden route (the planner's, a download's) from one that does not exist (issue 22).
// More specific routes, and pages/api/scan/[token]/autosave, take precedence over this catch-all.
const notThere = async () => notFoundResponse();

export const GET = notThere;
export const POST = notThere;
export const PUT = notThere;
export const PATCH = notThere;
export const DELETE = notThere;
export const OPTIONS = notThere;
