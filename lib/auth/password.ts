import bcrypt from "bcryptjs";

// bcryptjs: pure JS (no native build), maintained; cost 10 ≈ 190 ms on this machine.
const COST = 10;
export const hashPassword = (plain: string) => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);
