/**
 * Mean time in an M/M/c system (seconds): Erlang C's probability of waiting,
 * Wq = P(wait) / (c·μ − λ), W = Wq + 1/μ (REFERENCE.md §5).
 */
export function erlangC(servers: number, arrivalRate: number, serviceRate: number): number {
  const a = arrivalRate / serviceRate;
  const rho = a / servers;
  if (rho >= 1) return Infinity;
  let term = 1;
  let sum = 0;
  for (let n = 0; n < servers; n++) {
    sum += term;
    term *= a / (n + 1);
  }
  // term is now a^c / c!
  const p0 = 1 / (sum + term / (1 - rho));
  const pWait = (term * p0) / (1 - rho);
  return pWait / (servers * serviceRate - arrivalRate) + 1 / serviceRate;
}
