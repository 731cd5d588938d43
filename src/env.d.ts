declare namespace App {
  interface Locals {
    /** Counts <Spoiler> passages while a page renders, for their ids. */
    spoilerCount?: number;
  }
}
