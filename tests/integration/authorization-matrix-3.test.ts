import { defineMatrix } from "@/tests/support/authorization-matrix";

// Part 3 of the authorization matrix (tests/support/authorization-matrix.ts: what it proves and how).
defineMatrix(2, 3);
