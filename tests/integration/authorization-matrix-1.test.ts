import { defineMatrix } from "@/tests/support/authorization-matrix";

// Part 1 of the authorization matrix (tests/support/authorization-matrix.ts: what it proves and how).
defineMatrix(0, 3);
