/** Printed (to stderr) while another writer holds the bundle: by import and compact. */
export function lockWaitNotice(owner: number): string {
  return `osce-tui: waiting for another import (pid ${owner}) to finish writing this bundle…`;
}
