// Public API of the scan scoring: pure functions, no database or framework code.
export * from "./types";
export * from "./rounding";
export * from "./scoring";
export * from "./aandachtspunten";
export * from "./bands";
export * from "./labels";
export * from "./questionnaire-schema";
