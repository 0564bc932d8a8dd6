// Waits until a condition holds, looking every 25 ms; after `ms` it fails and says what it waited for.
export async function until(check: () => boolean, ms = 8000, what = 'Bedingung'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise(r => setTimeout(r, 25));
  }
}
