// Progress of a long job a person waits for (loading the demo, reindexing): a bar on stderr when
// a person is watching a terminal; otherwise a plain line every `every` items through `say`, or
// nothing when no `say` is given, so a log stays quiet unless asked.
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export async function createProgress(options: { label: string; unit: string; say?: (line: string) => void; every?: number }): Promise<Progress | undefined> {
  if (process.stderr.isTTY) {
    const { Presets, SingleBar } = await import('cli-progress');
    const bar = new SingleBar({ stream: process.stderr, format: `${options.label} |{bar}| {value}/{total} ${options.unit} | {eta_formatted} left`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, done);
        else bar.setTotal(total);
        started = true;
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  const { say, every = 10 } = options;
  if (!say) return undefined;
  return {
    update(done, total) {
      if (done % every === 0 || done === total) say(`${options.label}: ${done}/${total} ${options.unit}`);
    },
    stop() {},
  };
}
