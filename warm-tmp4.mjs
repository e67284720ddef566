import { build } from 'astro';
const conc = Number(process.env.CONC ?? 1);
await build({ root: process.cwd(), outDir: '/tmp/warmdist', logLevel: 'silent', build: { concurrency: conc } });
const out = [];
for (let i = 0; i < 2; i++) {
const cpu0 = process.cpuUsage(); const s = performance.now();
await build({ root: process.cwd(), outDir: '/tmp/warmdist2', logLevel: 'silent', build: { concurrency: conc } });
const c = process.cpuUsage(cpu0);
out.push(`${((performance.now() - s) / 1000).toFixed(2)}s/${((c.user + c.system) / 1e6).toFixed(2)}cpu`);
}
console.log(process.env.LABEL, out.join(' '));
