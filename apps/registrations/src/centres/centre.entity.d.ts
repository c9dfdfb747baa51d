export interface ConsentText {
    purpose: string;
    version: string;
    language: string;
    text: string;
}
/** A volunteer centre: the tenant. Its own row is visible only within its own centre scope. */
export declare class Centre {
    id: string;
    regionId: string;
    name: string;
    /** CBS gemeentecodes (GM0344) of the municipalities the centre serves. */
    municipalities: string[];
    languages: string[];
    consentTexts: ConsentText[];
    /** Whether other centres of the consortium may offer this centre's vacancies. */
    sharesVacancies: boolean;
    createdAt: Date;
}
//# sourceMappingURL=centre.entity.d.ts.map