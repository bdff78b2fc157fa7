console.log('start');
await import('./src/reporting/reporting.test.ts');
console.log('imported');
