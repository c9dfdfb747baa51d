// Placeholder until the training service is built (replaced by its bootstrap).
export {};
