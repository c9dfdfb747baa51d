// Placeholder until the notifications service is built (replaced by its bootstrap).
export {};
