// The notifications service's event contracts.
export {};
