// Placeholder until the partnerships service is built (replaced by its bootstrap).
export {};
