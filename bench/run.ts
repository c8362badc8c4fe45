/** `npm run bench`: every benchmark, printing its figures. */
import { benchApi } from './api.js';
import { benchCore } from './core.js';
import { benchDbWrites } from './db-writes.js';
import { benchPlans } from './plan.js';
import { benchWeb } from './web.js';

benchCore();
benchPlans();
await benchDbWrites();
await benchApi();
await benchWeb();
