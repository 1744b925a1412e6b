// The environment variable that tells a forked worker its part in a cluster's start (cluster.ts):
// 'prepare' migrates and loads the demo before serving, 'await' waits for that before opening the
// database, 'serve' (a worker forked later) serves at once.
export const roleVariable = 'BYLINE_CLUSTER_ROLE';

export type ClusterRole = 'prepare' | 'await' | 'serve';
