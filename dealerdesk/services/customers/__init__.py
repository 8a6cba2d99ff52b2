"""Customers (客户): records, the list, duplicates and merging, the profile, the value classification.

Its use cases, listed once here in `__all__`; generic names (``listing.…``) stay behind their module.
"""
from dealerdesk.services.customers import listing
from dealerdesk.services.customers.classification import (
    recompute_customers,
)
from dealerdesk.services.customers.contacts import (
    ContactInput,
    delete_contact,
    list_contacts,
    save_contact,
)
from dealerdesk.services.customers.duplicates import (
    find_duplicates,
)
from dealerdesk.services.customers.history import (
    PurchaseInput,
    add_purchase,
    log_contact,
)
from dealerdesk.services.customers.merge import (
    merge_candidates,
    merge_customers,
    undo_merge,
)
from dealerdesk.services.customers.privacy import (
    erase_customer,
    export_customer_data,
)
from dealerdesk.services.customers.profile import (
    load_profile,
    save_basics,
)
from dealerdesk.services.customers.records import (
    CustomerInput,
    archive_customer,
    create_customer,
    delete_customer,
    get_customer,
    reveal_phone,
    update_customer,
)

__all__ = [
    "ContactInput",
    "CustomerInput",
    "PurchaseInput",
    "add_purchase",
    "archive_customer",
    "create_customer",
    "delete_contact",
    "delete_customer",
    "erase_customer",
    "export_customer_data",
    "find_duplicates",
    "get_customer",
    "list_contacts",
    "listing",
    "load_profile",
    "log_contact",
    "merge_candidates",
    "merge_customers",
    "recompute_customers",
    "reveal_phone",
    "save_basics",
    "save_contact",
    "undo_merge",
    "update_customer",
]
