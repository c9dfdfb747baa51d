var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { staffCentreOf } from '../volunteer-access.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerViewOf } from '../volunteer.view.js';
import { ListVolunteersRequest } from './list-volunteers.request.dto.js';
import { decodeVolunteerCursor, encodeVolunteerCursor } from './volunteer-cursor.js';
const DEFAULT_LIMIT = 20;
let ListVolunteersHttpController = class ListVolunteersHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** The centre's volunteers in registration order; erased people are gone from the list. */
    async listVolunteers(query, principal) {
        const centreId = staffCentreOf(principal);
        const limit = query.limit ?? DEFAULT_LIMIT;
        const after = query.cursor === undefined ? undefined : decodeVolunteerCursor(query.cursor);
        const rows = await runInTenant(this.dataSource, { centreId }, (manager) => {
            const select = manager
                .createQueryBuilder(Volunteer, 'volunteer')
                .where('volunteer.centre_id = :centreId', { centreId })
                .andWhere(query.status ? 'volunteer.status = :status' : "volunteer.status <> 'erased'", { status: query.status })
                .orderBy('volunteer.id', 'ASC')
                .limit(limit + 1);
            if (after)
                select.andWhere('volunteer.id > :after', { after });
            return select.getMany();
        });
        const page = rows.slice(0, limit);
        return {
            items: page.map(volunteerViewOf),
            nextCursor: rows.length > limit ? encodeVolunteerCursor(page.at(-1).id) : null,
        };
    }
};
__decorate([
    Get(),
    Roles('consultant', 'centre-admin'),
    Header('Cache-Control', 'no-store'),
    __param(0, Query()),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ListVolunteersRequest, Object]),
    __metadata("design:returntype", Promise)
], ListVolunteersHttpController.prototype, "listVolunteers", null);
ListVolunteersHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [DataSource])
], ListVolunteersHttpController);
export { ListVolunteersHttpController };
//# sourceMappingURL=list-volunteers.http.controller.js.map