import type { EntityManager } from 'typeorm';
import { HoursEntry } from './hours-entry.entity.js';
import type { Placement } from './placement.entity.js';
import { placementViewOf, type PlacementView } from './placement.view.js';

export async function placementDetails(manager: EntityManager, placement: Placement): Promise<PlacementView> {
  const entries = await manager.find(HoursEntry, { where: { placementId: placement.id }, order: { workedOn: 'ASC', id: 'ASC' } });
  return placementViewOf(placement, entries);
}
