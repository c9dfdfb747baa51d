import type { Admin } from 'kafkajs';
import type { ReadinessCheck } from './readiness-check.js';

export function kafkaReadinessCheck(admin: Admin, name = 'kafka'): ReadinessCheck {
  return {
    name,
    async check() {
      const { brokers } = await admin.describeCluster();
      if (brokers.length === 0) throw new Error('the cluster reports no brokers');
    },
  };
}
