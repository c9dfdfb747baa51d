export declare class CreateRegionRequest {
    name: string;
}
//# sourceMappingURL=create-region.request.dto.d.ts.map