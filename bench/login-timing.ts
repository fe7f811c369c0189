// A wrong password costs the same for an existing and an unknown address: authenticate() does the same
// database work for both and one bcrypt comparison, against the account's hash or a dummy of the same
// cost. This prints the comparison times (the part that used to differ). Usage: npm run bench:login [-- runs]
import bcrypt from "bcryptjs";
import { DUMMY_HASH } from "../lib/auth/login";
import { hashPassword, verifyPassword } from "../lib/auth/password";

const RUNS = Number(process.argv[2] ?? 20);
const OLD_PLACEHOLDER = "$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinvali"; // before the fix

async function median(hash: string) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await verifyPassword("een-verkeerd-wachtwoord", hash).catch(() => false);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const real = await hashPassword("het-echte-wachtwoord-van-iemand");
console.log(`login-timing · ${RUNS} runs each · bcrypt cost ${bcrypt.getRounds(real)}`);
console.log(`existing account (real hash):      median ${(await median(real)).toFixed(1)} ms`);
console.log(`unknown address (dummy hash):      median ${(await median(DUMMY_HASH)).toFixed(1)} ms`);
console.log(`unknown address, old placeholder:  median ${(await median(OLD_PLACEHOLDER)).toFixed(2)} ms  (before the fix)`);
