/** `npm run bench`: every benchmark, printing its figures. */
import { benchCore } from './core.js';
import { benchPlans } from './plan.js';

benchCore();
benchPlans();
