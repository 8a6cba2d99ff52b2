"""DealerDesk: offline-first CRM for small 4S car dealerships."""
__version__ = "0.1.0"
