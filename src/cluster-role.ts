// The environment variable that tells a forked process which kind of child it is (cluster.ts):
// 'prepare' migrates and loads the demo, then exits; anything else serves.
export const roleVariable = 'BYLINE_CLUSTER_ROLE';
