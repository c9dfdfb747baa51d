export function volunteerViewOf(volunteer) {
    return {
        id: volunteer.id,
        centreId: volunteer.centreId,
        status: volunteer.status,
        pausedUntil: volunteer.pausedUntil,
        firstName: volunteer.firstName,
        lastName: volunteer.lastName,
        email: volunteer.email,
        phone: volunteer.phone,
        preferredLanguage: volunteer.preferredLanguage,
        dateOfBirth: volunteer.dateOfBirth,
        postcode: volunteer.postcode,
        travelRadiusKm: volunteer.travelRadiusKm,
        skills: volunteer.skills,
        interests: volunteer.interests,
        availability: volunteer.availability,
        hoursPerWeek: volunteer.hoursPerWeek,
        languages: volunteer.languages,
        dutchLevel: volunteer.dutchLevel,
        vog: { status: volunteer.vogStatus, validUntil: volunteer.vogValidUntil },
        isStudent: volunteer.isStudent,
        registeredBy: volunteer.registeredBy,
        createdAt: volunteer.createdAt.toISOString(),
        updatedAt: volunteer.updatedAt.toISOString(),
    };
}
export function volunteerReceiptOf(volunteer) {
    return {
        id: volunteer.id,
        centreId: volunteer.centreId,
        status: volunteer.status,
        ...(volunteer.pausedUntil === null ? {} : { pausedUntil: volunteer.pausedUntil }),
    };
}
//# sourceMappingURL=volunteer.view.js.map