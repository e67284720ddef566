/** Writes deploy/nginx.conf from src/lib/security-headers.ts (nginxConfig()). Usage: npm run write:nginx */
import { writeFileSync } from 'node:fs';
import { nginxConfig } from '../src/lib/security-headers.ts';

writeFileSync('deploy/nginx.conf', nginxConfig());
console.log('deploy/nginx.conf written');
