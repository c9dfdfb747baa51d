// The matching service's event contracts.
export {};
