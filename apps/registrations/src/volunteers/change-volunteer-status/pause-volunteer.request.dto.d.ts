/** No reason: why someone pauses is theirs. */
export declare class PauseVolunteerRequest {
    pausedUntil?: string;
}
//# sourceMappingURL=pause-volunteer.request.dto.d.ts.map