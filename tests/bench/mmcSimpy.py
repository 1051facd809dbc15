"""The M/M/c model of the benchmark in SimPy 3, for comparison.

Usage: python3 mmcSimpy.py SERVERS ARRIVAL_RATE SERVICE_RATE CUSTOMERS SEED
Prints one JSON line: customers, mean latency (s), wall seconds.
"""
import json
import random
import sys
import time

import simpy


def main():
    servers, lam, mu, customers, seed = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    rng = random.Random(seed)
    env = simpy.Environment()
    desk = simpy.Resource(env, capacity=servers)
    total = [0.0, 0]

    def customer(env):
        arrived = env.now
        with desk.request() as req:
            yield req
            yield env.timeout(rng.expovariate(mu))
        total[0] += env.now - arrived
        total[1] += 1

    def source(env):
        for _ in range(customers):
            yield env.timeout(rng.expovariate(lam))
            env.process(customer(env))

    env.process(source(env))
    started = time.perf_counter()
    env.run()
    wall = time.perf_counter() - started
    print(json.dumps({"customers": total[1], "meanLatency": total[0] / total[1], "wall": wall}))


main()
