// One measured run: load the library, build the examples app (every example stack) and synthesize it into a
// temporary directory. Prints one JSON line (see `child.ts`).
import { buildExamples } from '../examples/app';
import { runMeasured } from './child';

runMeasured('examples', (app) => buildExamples(app));
