// Progress while the demo loads (20–30 s on a small machine, mostly drawing pictures): a bar on
// stderr when a person is watching a terminal, otherwise a plain line every ten articles, so a
// first start or a log never sits silent.
export interface DemoProgress {
  update(done: number, total: number): void;
  stop(): void;
}

export async function demoProgress(say: (line: string) => void = (line) => console.log(line)): Promise<DemoProgress> {
  if (process.stderr.isTTY) {
    const { Presets, SingleBar } = await import('cli-progress');
    const bar = new SingleBar({ stream: process.stderr, format: 'Loading the demo |{bar}| {value}/{total} articles | {eta_formatted} left', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, done);
        started = true;
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  return {
    update(done, total) {
      if (done % 10 === 0 || done === total) say(`Loading the demo: ${done}/${total} articles`);
    },
    stop() {},
  };
}
