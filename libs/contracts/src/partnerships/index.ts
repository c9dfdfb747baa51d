// The partnerships service's event contracts.
export {};
