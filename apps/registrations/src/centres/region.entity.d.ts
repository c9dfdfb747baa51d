/** Consortium-wide reference data: a region groups centres; matching is deployed per region. */
export declare class Region {
    id: string;
    name: string;
    createdAt: Date;
}
//# sourceMappingURL=region.entity.d.ts.map