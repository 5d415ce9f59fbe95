/** stdout writing that respects back-pressure and a closed pipe (`xxgk parse … | head`). */

/** Write to stdout, waiting for the drain when the buffer is full. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once("drain", resolve);
  });
}

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});
