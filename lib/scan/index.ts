// Public API of the scan scoring: pure functions, no database or framework code.
export * from "./scoring";
