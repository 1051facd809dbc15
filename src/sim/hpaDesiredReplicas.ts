/** What one sync of the HorizontalPodAutoscaler knows. */
export interface HpaInput {
  /** Simulated time of the sync. */
  t: number;
  /** Replicas the workload has now (its spec). */
  current: number;
  /** Ready pods that report the metric. */
  ready: number;
  /** Pods not ready yet (starting): counted as 0% when scaling up. */
  unready: number;
  /** Average metric over the ready pods. */
  metric: number;
  /** Target metric per pod. */
  target: number;
  tolerance: number;
  min: number;
  max: number;
  scaleDownWindowMs: number;
}

export interface HpaDecision {
  /** Replicas after stabilisation, rate limits and bounds. */
  desired: number;
  /** The raw recommendation of this sync. */
  recommendation: number;
  /** metric / target, as used. */
  ratio: number;
  /** Recommendations still inside the scale-down window, this one included. */
  history: { t: number; replicas: number }[];
}

/**
 * The HorizontalPodAutoscaler's rule (Kubernetes docs):
 * desired = ceil(current × metric / target), no change while the ratio is
 * within the tolerance of 1; on scale-up, pods that are not ready yet count as
 * 0%; scale-down takes the highest recommendation of the window; scale-up adds
 * at most max(100%, 4 pods) per sync; the result stays within [min, max].
 */
export function hpaDesiredReplicas(
  input: HpaInput,
  history: { t: number; replicas: number }[],
): HpaDecision {
  const { current, ready, unready, metric, target, tolerance } = input;
  let recommendation = current;
  let ratio = 1;
  if (ready > 0 && target > 0) {
    ratio = metric / target;
    if (unready > 0 && ratio > 1) {
      const adjusted = (metric * ready) / (target * (ready + unready));
      if (Math.abs(1 - adjusted) > tolerance && adjusted > 1) {
        recommendation = Math.ceil(adjusted * (ready + unready));
      }
      ratio = adjusted;
    } else if (Math.abs(1 - ratio) > tolerance) {
      recommendation = Math.ceil(ratio * ready);
    }
  }
  const kept = history.filter((h) => h.t > input.t - input.scaleDownWindowMs);
  kept.push({ t: input.t, replicas: recommendation });
  let desired = recommendation;
  if (desired < current) {
    // Scale down only as far as the highest recommendation of the window.
    desired = Math.min(current, Math.max(...kept.map((h) => h.replicas)));
  }
  if (desired > current) desired = Math.min(desired, Math.max(current * 2, current + 4));
  desired = Math.max(input.min, Math.min(input.max, desired));
  return { desired, recommendation, ratio, history: kept };
}
