"""The demo store: a deterministic, realistic 4S store for trying DealerDesk and for benchmarks."""
from dealerdesk.services.demo.build import DEMO_PASSWORD, DemoOptions, DemoStats, generate_demo

__all__ = ["DEMO_PASSWORD", "DemoOptions", "DemoStats", "generate_demo"]
