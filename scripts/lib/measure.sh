# Sourced by scripts/benchmark.sh and scripts/hostile.sh: one memory and time sampler for both.
#
# measure_run [NAME=value ...] COMMAND
#   Runs COMMAND with bash under /usr/bin/time -v (with the environment assignments before it)
#   and prints "exit seconds summed-peak-MiB largest-process-MiB cpu-seconds": the summed peak
#   is the resident memory of the command and all its child processes (PDF workers included),
#   sampled every 50 ms; cpu-seconds is user + system time of the whole tree, which stays
#   meaningful on a machine that other work also loads.
measure_run() {
  local command="${*: -1}"
  local assignments=("${@:1:$#-1}")
  env "${assignments[@]}" python3 - "$command" <<'PY'
import re, subprocess, sys, time
def tree_rss(pid):
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as f:
                stack += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return total
start = time.time()
proc = subprocess.Popen(["/usr/bin/time", "-v", "bash", "-c", sys.argv[1]], stdout=subprocess.DEVNULL,
                        stderr=subprocess.PIPE, text=True)
peak = 0
while proc.poll() is None:
    peak = max(peak, tree_rss(proc.pid))
    time.sleep(0.05)
err = proc.stderr.read()
def field(name):
    found = re.search(name + r": ([\d.]+)", err)
    return float(found.group(1)) if found else 0.0
status = re.search(r"Exit status: (\d+)", err)
cpu = field(r"User time \(seconds\)") + field(r"System time \(seconds\)")
largest = int(field(r"Maximum resident set size \(kbytes\)")) // 1024
code = status.group(1) if status else proc.returncode
print(f"{code} {time.time() - start:.2f} {peak / 1024:.0f} {largest} {cpu:.2f}")
PY
}
