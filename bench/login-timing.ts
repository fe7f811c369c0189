// A wrong password costs the same for an existing and an unknown address: authenticate() does the same
// database work for both and one argon2id comparison, against the account's hash or a dummy with the
// same parameters. This prints the comparison times (the part that used to differ), and what an old
// bcrypt hash (verified until its owner's next login rehashes it) costs. Usage: npm run bench:login [-- runs]
import bcrypt from "bcryptjs";
import { DUMMY_HASH, checkLoginPassword } from "../lib/auth/login";
import { hashPassword, verifyPassword } from "../lib/auth/password";

const RUNS = Number(process.argv[2] ?? 20);
const OLD_PLACEHOLDER = "$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinvali"; // before the first fix

async function median(hash: string, check = verifyPassword) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await check("een-verkeerd-wachtwoord", hash).catch(() => false);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const real = await hashPassword("het-echte-wachtwoord-van-iemand");
const legacy = bcrypt.hashSync("het-echte-wachtwoord-van-iemand", 10);
console.log(`login-timing · ${RUNS} runs each · ${real.split("$").slice(1, 4).join(" ")}`);
console.log(`existing account (real hash):      median ${(await median(real)).toFixed(1)} ms`);
console.log(`unknown address (dummy hash):      median ${(await median(DUMMY_HASH)).toFixed(1)} ms`);
console.log(`old bcrypt account (cost 10):      median ${(await median(legacy)).toFixed(1)} ms  (alone: why login pairs the two)`);
console.log("what authenticate() does (checkLoginPassword: one argon2id and one bcrypt comparison, one against a dummy):");
console.log(`  argon2id account:                median ${(await median(real, checkLoginPassword)).toFixed(1)} ms`);
console.log(`  unknown address:                 median ${(await median(DUMMY_HASH, checkLoginPassword)).toFixed(1)} ms`);
console.log(`  bcrypt account (until its login): median ${(await median(legacy, checkLoginPassword)).toFixed(1)} ms`);
console.log(`unknown address, old placeholder:  median ${(await median(OLD_PLACEHOLDER)).toFixed(2)} ms  (before the first fix)`);
