/** Prints one drill figure on its own line, the same shape as `npm run bench`. */
export function figure(name: string, value: string | number): void {
  process.stdout.write(`DRILL ${name.padEnd(64)} ${value}\n`);
}
