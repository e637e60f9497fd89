// Placeholder for scripts that later work fills: fail loudly rather than pass silently.
console.error(`npm run ${process.argv[2] ?? 'this script'}: not built yet`);
process.exit(1);
