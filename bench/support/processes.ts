// What the bench measures of a server from outside: CPU time and resident memory of a process
// and its children, read from /proc (Linux), so Byline's cluster and nginx's workers count alike.
import { readFileSync, readdirSync } from 'node:fs';

const ticksPerSecond = 100; // USER_HZ on Linux

function stat(pid: number): { ppid: number; cpuMs: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond };
  } catch {
    return undefined;
  }
}

/** The process and every descendant. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const info = stat(pid);
    if (info) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

/** CPU milliseconds used so far by the process tree under `root`. */
export function treeCpuMs(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + (stat(pid)?.cpuMs ?? 0), 0);
}

/** Resident memory now and at its peak, in MB, per process of the tree. */
export function treeMemory(root: number): { pid: number; rssMb: number; peakMb: number }[] {
  return processTree(root).flatMap((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return [{ pid, rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) }];
    } catch {
      return [];
    }
  });
}
