// Build progress on stderr: a redrawn bar on a terminal; nothing elsewhere (logs, CI, pipes), where
// stderr keeps to the one summary line, or the one error line.

export interface ProgressSink {
  (stage: string, done: number, total: number): void;
  /** Clears the bar before the summary line. */
  end(): void;
}

const WIDTH = 28;

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  let lastStage = '';
  let lastDraw = 0;
  let drawn = false;
  const sink = (stage: string, done: number, total: number) => {
    if (!stream.isTTY) return;
    const now = Date.now();
    // Redraw at most 20 times a second, but always the first and last step of a stage.
    if (stage === lastStage && done !== total && now - lastDraw < 50) return;
    lastStage = stage;
    lastDraw = now;
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    const count = total > 0 ? ` ${done}/${total}` : '';
    stream.write(`\r\x1b[2K${bar} ${stage}${count}`);
    drawn = true;
  };
  return Object.assign(sink, {
    end() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  });
}
