// Public API of the scan scoring: pure functions, no database or framework code.
export * from "./types";
export * from "@/lib/format/rounding";
export * from "./scoring";
export * from "./aandachtspunten";
export * from "./bands";
export * from "./labels";
export * from "@/lib/questionnaires/schema";
