"""Shared by every test: Qt must run headless, and the platform is chosen before anything imports Qt."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
