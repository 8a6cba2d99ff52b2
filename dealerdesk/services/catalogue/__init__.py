"""The catalogue a store works from: car models (车型目录) and service items, parts and packages (维修项目价目),
kept by the manager and imported from a sheet. The use cases are listed once here in `__all__`, so callers
write ``from dealerdesk.services import catalogue``.
"""
from dealerdesk.services.catalogue.items import (
    DEFAULT_CATALOGUE,
    CatalogueRow,
    PackageLine,
    PackageRow,
    deactivate_item,
    deactivate_package,
    ensure_default_catalogue,
    get_package,
    list_catalogue,
    list_packages,
    save_catalogue_item,
    save_package,
)
from dealerdesk.services.catalogue.models import (
    ModelInput,
    ModelRow,
    deactivate_model,
    find_model,
    get_model,
    list_models,
    model_keys,
    save_model,
)
from dealerdesk.services.catalogue.sheet import CatalogueImport, import_catalogue

__all__ = [
    "DEFAULT_CATALOGUE",
    "CatalogueImport",
    "CatalogueRow",
    "ModelInput",
    "ModelRow",
    "PackageLine",
    "PackageRow",
    "deactivate_item",
    "deactivate_model",
    "deactivate_package",
    "ensure_default_catalogue",
    "find_model",
    "get_model",
    "get_package",
    "import_catalogue",
    "list_catalogue",
    "list_models",
    "list_packages",
    "model_keys",
    "save_catalogue_item",
    "save_model",
    "save_package",
]
