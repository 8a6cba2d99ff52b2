"""DealerDesk: offline-first CRM for small 4S car dealerships."""
import time as _time

__version__ = "0.1.0"
STARTED = _time.perf_counter()  # the first stamp of the process (ui/startup_probe.py falls back on it)
