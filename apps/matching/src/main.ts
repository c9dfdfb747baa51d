// Placeholder until the matching service is built (replaced by its bootstrap).
export {};
