"""Run a Python module or script and print its peak resident memory (MiB) to stderr at exit."""

import atexit
import os
import resource
import runpy
import sys


def _report():
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(f"PEAK_RSS_MIB={peak_kib / 1024:.1f}\n")


atexit.register(_report)
script, *args = sys.argv[1:]
sys.argv = [script, *args]
sys.path[0] = os.path.dirname(os.path.abspath(script))  # as if the script were run directly
runpy.run_path(script, run_name="__main__")
