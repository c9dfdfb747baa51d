// `npm run deploy:kafka`: rewrites k8s/base/kafka/topics.yaml and users.yaml from the contracts.
import fs from 'node:fs';
import path from 'node:path';
import { kafkaBaseDir, renderKafkaFiles } from './kafka-resources.js';

for (const [file, content] of Object.entries(renderKafkaFiles())) {
  fs.writeFileSync(path.join(kafkaBaseDir, file), content);
  console.log(`wrote ${path.relative(process.cwd(), path.join(kafkaBaseDir, file))}`);
}
