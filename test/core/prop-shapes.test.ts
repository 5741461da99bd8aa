import * as fs from 'fs';
import * as path from 'path';
import { generatePropShapes } from '../support/prop-shapes-gen';

const root = path.join(__dirname, '..', '..');
const file = path.join(root, 'lib', 'plan', 'prop-shapes.generated.ts');

describe('prop shapes', () => {
  test('lib/plan/prop-shapes.generated.ts is current with the jsii assembly (regenerate: npm run shapes)', () => {
    const fresh = generatePropShapes(root);
    if (process.env.UPDATE_SHAPES) fs.writeFileSync(file, fresh);
    expect(fs.readFileSync(file, 'utf8')).toBe(fresh);
  });
});
