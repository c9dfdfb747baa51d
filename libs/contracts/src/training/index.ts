// The training service's event contracts.
export {};
