export function organisationViewOf(organisation) {
    return {
        id: organisation.id,
        centreId: organisation.centreId,
        name: organisation.name,
        kvkNumber: organisation.kvkNumber,
        sector: organisation.sector,
        address: { street: organisation.street, postcode: organisation.postcode, city: organisation.city },
        coordinators: organisation.coordinators,
        status: organisation.status,
        verifiedAt: organisation.verifiedAt?.toISOString() ?? null,
        createdAt: organisation.createdAt.toISOString(),
    };
}
//# sourceMappingURL=organisation.view.js.map