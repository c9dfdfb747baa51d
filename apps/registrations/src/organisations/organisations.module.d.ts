export declare class OrganisationsModule {
}
//# sourceMappingURL=organisations.module.d.ts.map