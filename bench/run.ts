/** `npm run bench`: every benchmark, printing its figures. */
import { benchApi } from './api.js';
import { benchCore } from './core.js';
import { benchDbWrites } from './db-writes.js';
import { benchPlans } from './plan.js';
import { benchSignInFlood } from './sign-in-flood.js';
import { benchWeb } from './web.js';

benchCore();
benchPlans();
await benchDbWrites();
await benchApi();
await benchSignInFlood();
await benchWeb();
