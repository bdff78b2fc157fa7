import { PGlite } from '@electric-sql/pglite';
const t0 = Date.now();
const db = new PGlite();
const r = await db.query<{v:string}>('select version() v');
console.log(r.rows[0].v, Date.now()-t0, 'ms');
const blob = await db.dumpDataDir('gzip');
console.log('dump', blob.size);
const t1=Date.now(); const db2 = new PGlite({loadDataDir: blob}); await db2.query('select 1'); console.log('load', Date.now()-t1);
