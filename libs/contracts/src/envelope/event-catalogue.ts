import { contractKey, type EventContract } from './event-contract.js';

/** Every contract a service publishes or consumes, looked up by type and major version. */
export class EventCatalogue {
  private readonly byKey = new Map<string, EventContract>();

  constructor(contracts: Iterable<EventContract> = []) {
    for (const contract of contracts) this.add(contract);
  }

  add(contract: EventContract): this {
    const key = contractKey(contract.type, contract.version);
    const existing = this.byKey.get(key);
    if (existing && existing !== contract) {
      throw new Error(`Two different contracts for ${key}`);
    }
    this.byKey.set(key, contract);
    return this;
  }

  find(type: string, version: number): EventContract | undefined {
    return this.byKey.get(contractKey(type, version));
  }

  knowsType(type: string): boolean {
    for (const contract of this.byKey.values()) if (contract.type === type) return true;
    return false;
  }

  all(): EventContract[] {
    return [...this.byKey.values()];
  }

  topics(): string[] {
    return [...new Set(this.all().map((c) => c.topic))].sort();
  }
}
