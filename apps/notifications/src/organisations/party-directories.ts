/**
 * Parties written to through their contact persons rather than as people of their own: an
 * organisation's coordinators (ADR 43; a school is an organisation) and a business's contacts
 * (ADR 46). Each has a directory fed only by its restricted, compacted topic, and a column on
 * `delivery` naming the party; the queue-once, split-per-address path (party-messages.ts) and the
 * erasure (party-contacts.ts) are the same for both.
 */
export type PartyKind = 'organisation' | 'business';

export interface PartyDirectory {
  /** The directory table, and its key column: the same name on `delivery`. */
  table: 'organisation_contact' | 'business_contact';
  idColumn: 'organisation_id' | 'business_id';
  nameColumn: 'organisation_name' | 'business_name';
  contactsColumn: 'coordinators' | 'contacts';
  /** The templates' variables for the party's name and the addressed contact's name. */
  nameVariable: 'organisationName' | 'businessName';
  contactNameVariable: 'coordinatorName' | 'contactName';
  /** Why a message is given up, or skipped, in the delivery log. */
  noContactData: string;
  noLongerAContact: string;
}

export const PARTY_DIRECTORIES: Record<PartyKind, PartyDirectory> = {
  organisation: {
    table: 'organisation_contact',
    idColumn: 'organisation_id',
    nameColumn: 'organisation_name',
    contactsColumn: 'coordinators',
    nameVariable: 'organisationName',
    contactNameVariable: 'coordinatorName',
    noContactData: 'no contact data for this organisation',
    noLongerAContact: 'no longer a coordinator of this organisation',
  },
  business: {
    table: 'business_contact',
    idColumn: 'business_id',
    nameColumn: 'business_name',
    contactsColumn: 'contacts',
    nameVariable: 'businessName',
    contactNameVariable: 'contactName',
    noContactData: 'no contact data for this business',
    noLongerAContact: 'no longer the contact of this business',
  },
};

export const PARTY_KINDS = Object.keys(PARTY_DIRECTORIES) as PartyKind[];

export function isPartyKind(kind: string): kind is PartyKind {
  return kind in PARTY_DIRECTORIES;
}

/** A contact person as the directories keep them. */
export interface PartyContact {
  name: string;
  email: string;
  phone?: string;
}
