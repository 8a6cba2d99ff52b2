"""Reports' data (报表): the monthly summary and the customer profile print, built from their parts.

Its use cases, listed once here in `__all__`.
"""
from dealerdesk.services.reporting.profile import (
    profile_data,
)
from dealerdesk.services.reporting.summary import (
    monthly_summary,
)

__all__ = [
    "monthly_summary",
    "profile_data",
]
