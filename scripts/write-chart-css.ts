/** Writes the results charts' height classes from src/lib/chart-layout.ts. Usage: npm run write:chart-css */
import { writeFileSync } from 'node:fs';
import { chartHeightsCss } from '../src/lib/chart-layout.ts';

writeFileSync('src/components/result-chart/chart-heights.css', chartHeightsCss());
console.log('src/components/result-chart/chart-heights.css written');
