// Where `npm start` keeps the per-checkout NEXTAUTH_SECRET when none is set, so that other
// commands of this checkout (`npm run reminders`) find the same one.
import path from "node:path";

export const localSecretFile = (root) => path.join(root, ".data", "nextauth-secret");
