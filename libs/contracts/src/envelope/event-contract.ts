/**
 * Who may read a topic (DESIGN.md, Privacy classes). `never` data has no contract at all: it does
 * not leave its service.
 *  - public: integrators may subscribe; ids, statuses and non-personal attributes only.
 *  - restricted: contact data for the services that need it; compacted, keyed by person, erased
 *    by tombstone.
 */
export type PrivacyClass = 'public' | 'restricted';

export type PayloadClass<P extends object> = new () => P;

export interface EventContract<P extends object = object> {
  /** `<service>.<aggregate>.<past-tense-verb>` */
  readonly type: string;
  /** Major version; a breaking change defines a new contract beside this one. */
  readonly version: number;
  /** `<service>.<aggregate>.v<major>` */
  readonly topic: string;
  readonly privacy: PrivacyClass;
  /** class-validator decorated class: the contract's single source of truth for validation. */
  readonly payload: PayloadClass<P>;
  /** One realistic payload, validated by a test, shown to integrators. */
  readonly example: P;
  readonly description: string;
}

const EVENT_TYPE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const TOPIC = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9][0-9]*$/;

/** Names follow DESIGN.md; a contract that breaks the convention fails when its module loads. */
export function defineEvent<P extends object>(contract: EventContract<P>): EventContract<P> {
  if (!EVENT_TYPE.test(contract.type)) {
    throw new Error(`Event type "${contract.type}" must look like <service>.<aggregate>.<past-tense-verb>`);
  }
  if (!TOPIC.test(contract.topic)) {
    throw new Error(`Topic "${contract.topic}" of ${contract.type} must look like <service>.<aggregate>.v<major>`);
  }
  if (!Number.isInteger(contract.version) || contract.version < 1) {
    throw new Error(`Version of ${contract.type} must be a positive integer, got ${contract.version}`);
  }
  const [service, aggregate] = contract.type.split('.');
  if (contract.topic !== `${service}.${aggregate}.v${contract.version}`) {
    throw new Error(
      `Topic of ${contract.type} v${contract.version} must be ${service}.${aggregate}.v${contract.version}, got ${contract.topic}`,
    );
  }
  return Object.freeze(contract);
}

export function contractKey(type: string, version: number): string {
  return `${type}@v${version}`;
}
