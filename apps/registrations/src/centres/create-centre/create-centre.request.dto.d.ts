export declare class ConsentTextRequest {
    purpose: string;
    version: string;
    language: 'nl' | 'en';
    text: string;
}
export declare class CreateCentreRequest {
    regionId: string;
    name: string;
    municipalities: string[];
    languages?: Array<'nl' | 'en'>;
    consentTexts?: ConsentTextRequest[];
    sharesVacancies?: boolean;
}
//# sourceMappingURL=create-centre.request.dto.d.ts.map